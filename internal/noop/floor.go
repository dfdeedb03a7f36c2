package noop

import (
	"fmt"
	"go/ast"
	"go/token"
	"reflect"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/errcodelint/errcodelint/catalog"
	"github.com/errcodelint/errcodelint/internal/codeshape"
)

// NewFloor returns the reporting floor: an analyzer that reports what
// errcodelint reports on code-dense code at the least cost an analyzer
// can. At every plain string literal (no escapes) whose value has the
// shape of a code of a built-in family (catalog.DefaultFamilies: the
// family's prefix and separator, then as many digits as its codes have) it
// reports one diagnostic, with a message of the form and length of
// errcodelint's use-constant finding ("error code %q is written as a raw
// string; use codes.X"), its category and documentation URL, and one
// suggested fix with one edit, the texts computed once per value and
// shared. It checks no catalog, type or context, and declares no fact
// types. Like the errcodelint command, it checks only the _test.go files
// of a test variant (so it is no yardstick under go vet, which analyzes
// only test variants).
//
// Run by the same driver as errcodelint on a module where errcodelint
// reports at nearly every code literal, it measures what the driver
// charges per finding (validating the fix, resolving the URL, keeping the
// diagnostic, printing it, collecting the garbage), so that errcodelint's
// cost over the floor is the pass's own. Its fixes name a package the
// file does not import: never run it with -fix.
//
// Each call returns a new instance with its own cache of texts, which is
// safe for concurrent use by the passes of one run. Its result is the
// number of diagnostics it reported.
func NewFloor() *analysis.Analyzer {
	f := newFloor()
	return &analysis.Analyzer{
		Name:             "floor",
		Doc:              "report every string literal shaped like an error code of a built-in family, as errcodelint's use-constant check would (the reporting floor for errcodelint)",
		URL:              floorURL + "checks",
		Requires:         []*analysis.Analyzer{inspect.Analyzer},
		Run:              f.run,
		RunDespiteErrors: true,
		ResultType:       reflect.TypeFor[int](),
	}
}

// floorURL is errcodelint's documentation: as errcodelint's, the floor's
// diagnostics leave their URL empty, and the driver resolves it per
// finding from the category and the analyzer's URL (#use-constant).
const floorURL = "https://github.com/errcodelint/errcodelint#"

// floorCategory is the category of the floor's diagnostics: errcodelint's
// use-constant check.
const floorCategory = "use-constant"

// digitRange is the number of digits the codes of a family have.
type digitRange struct{ min, max int }

// floor is the state of one instance: the families, and the texts of the
// values reported.
type floor struct {
	first    [256]bool             // first bytes of the families' prefixes
	minLen   int                   // shortest value of a family's shape
	maxLen   int                   // longest
	families map[string]digitRange // prefix + separator -> digits
	mu       sync.Mutex
	texts    map[string]*floorText // value -> texts
}

// floorText is what the floor reports for one value.
type floorText struct {
	msg, fixMsg string
	newText     []byte
}

// constName turns a code into the name of its constant, roughly as
// errcodelint's constants package names them ("ModelArts.0204" ->
// "ModelArts0204").
var constName = strings.NewReplacer(".", "", "_", "", "-", "")

func newFloor() *floor {
	f := &floor{
		minLen:   1 << 30,
		families: make(map[string]digitRange),
		texts:    make(map[string]*floorText),
	}
	for _, fam := range catalog.DefaultFamilies() {
		f.first[fam.Prefix[0]] = true
		f.families[fam.Prefix+string(fam.Sep)] = digitRange{fam.MinDigits, fam.MaxDigits}
		f.minLen = min(f.minLen, len(fam.Prefix)+1+fam.MinDigits)
		f.maxLen = max(f.maxLen, len(fam.Prefix)+1+fam.MaxDigits)
	}
	return f
}

func (f *floor) run(pass *analysis.Pass) (any, error) {
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	// As the errcodelint command does (analyzer.Config.
	// SkipNonTestFilesInTestVariants), a test variant's pass checks only
	// its _test.go files: the driver checks the others in the package
	// without its tests, and the findings are computed once.
	tests := 0
	for _, file := range pass.Files {
		if isTestFile(pass.Fset, file) {
			tests++
		}
	}
	testsOnly := tests > 0 && tests < len(pass.Files)
	n := 0
	for file := range in.Root().Children() {
		if testsOnly && !isTestFile(pass.Fset, file.Node().(*ast.File)) {
			continue
		}
		for c := range file.Preorder((*ast.BasicLit)(nil)) {
			lit := c.Node().(*ast.BasicLit)
			if lit.Kind != token.STRING {
				continue
			}
			t := f.text(lit.Value)
			if t == nil {
				continue
			}
			pass.Report(analysis.Diagnostic{
				Pos:      lit.Pos(),
				End:      lit.End(),
				Category: floorCategory,
				Message:  t.msg,
				SuggestedFixes: []analysis.SuggestedFix{{
					Message:   t.fixMsg,
					TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: t.newText}},
				}},
			})
			n++
		}
	}
	return n, nil
}

func isTestFile(fset *token.FileSet, f *ast.File) bool {
	tf := fset.File(f.Pos())
	return tf != nil && strings.HasSuffix(tf.Name(), "_test.go")
}

// text returns the texts for the string literal lit (as written, with its
// quotes), or nil when its value is not a code of a family's shape.
func (f *floor) text(lit string) *floorText {
	// The prefilter: length and first byte.
	if len(lit) < f.minLen+2 || len(lit) > f.maxLen+2 || !f.first[lit[1]] {
		return nil
	}
	// The value as written: a literal with an escape cannot match, since
	// no family's prefix holds a backslash.
	value := lit[1 : len(lit)-1]
	prefix, _, digits, ok := codeshape.Split(value)
	if !ok {
		return nil
	}
	r, ok := f.families[value[:len(prefix)+1]]
	if !ok || len(digits) < r.min || len(digits) > r.max {
		return nil
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	t := f.texts[value]
	if t == nil {
		expr := "codes." + constName.Replace(value)
		t = &floorText{
			msg:     fmt.Sprintf("error code %q is written as a raw string; use %s", value, expr),
			fixMsg:  "Use " + expr,
			newText: []byte(expr),
		}
		f.texts[value] = t
	}
	return t
}
