package analyzer

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// fuzzImports are the packages a fuzzed source may import; others fail to
// import (a type error the pass must survive) without running the go
// command.
var fuzzImports = map[string]bool{
	"errors": true, "fmt": true, "net/http": true, "regexp": true, "slices": true,
	"strconv": true, "strings": true, "github.com/errcodelint/errcodelint/codes": true,
}

type fuzzImporter struct {
	mu    sync.Mutex
	gc    types.Importer
	cache map[string]*types.Package
}

func (imp *fuzzImporter) Import(path string) (*types.Package, error) {
	if !fuzzImports[path] {
		return nil, fmt.Errorf("fuzz: import %q not available", path)
	}
	imp.mu.Lock()
	defer imp.mu.Unlock()
	if p, ok := imp.cache[path]; ok {
		return p, nil
	}
	if path == "github.com/errcodelint/errcodelint/codes" {
		// A stand-in with two of the real constants: export data for
		// this module's packages is not at hand without the go command.
		p := types.NewPackage(path, "codes")
		for name, val := range map[string]string{"ModelArts0204": "ModelArts.0204", "AIS0101": "AIS.0101"} {
			p.Scope().Insert(types.NewConst(token.NoPos, p, name, types.Typ[types.UntypedString], constant.MakeString(val)))
		}
		p.MarkComplete()
		imp.cache[path] = p
		return p, nil
	}
	p, err := imp.gc.Import(path)
	if err == nil {
		imp.cache[path] = p
	}
	return p, err
}

var theFuzzImporter = &fuzzImporter{gc: importer.Default(), cache: map[string]*types.Package{}}

// runAnalyzerOn parses src as one file, type-checks it ignoring errors, and
// applies the analyzer's run function through a constructed pass. It fails
// on a panic (by not recovering), on an analysis error, and on a
// diagnostic or fix whose positions are outside the file, whose edits
// overlap, or (for a source go/parser accepts) whose application gives a
// file go/parser rejects. A source with syntax errors is analysed in the
// partial tree the parser returns, as the drivers do.
func runAnalyzerOn(t testing.TB, a *analysis.Analyzer, src []byte) []analysis.Diagnostic {
	return runAnalyzerMutated(t, a, src, nil)
}

// runAnalyzerMutated is runAnalyzerOn with mutate, if not nil, applied to
// the parsed file before type checking.
func runAnalyzerMutated(t testing.TB, a *analysis.Analyzer, src []byte, mutate func(*ast.File)) []analysis.Diagnostic {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "fuzz.go", src, parser.ParseComments|parser.SkipObjectResolution|parser.AllErrors)
	if f == nil || f.Name == nil || f.Name.Name == "_" || f.Name.Name == "" {
		return nil // no package clause: the drivers do not get that far
	}
	parsed := err == nil
	if mutate != nil {
		mutate(f)
	}
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		Instances:    map[*ast.Ident]types.Instance{},
		FileVersions: map[*ast.File]string{},
	}
	var typeErrors []types.Error
	conf := types.Config{
		Importer: theFuzzImporter,
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				typeErrors = append(typeErrors, te)
			}
		},
	}
	files := []*ast.File{f}
	pkg, _ := conf.Check("fuzz", fset, files, info)
	var diags []analysis.Diagnostic
	pass := &analysis.Pass{
		Analyzer:   a,
		Fset:       fset,
		Files:      files,
		Pkg:        pkg,
		TypesInfo:  info,
		TypesSizes: types.SizesFor("gc", "amd64"),
		TypeErrors: typeErrors,
		ResultOf:   map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New(files)},
		Report:     func(d analysis.Diagnostic) { diags = append(diags, d) },
		ReadFile: func(name string) ([]byte, error) {
			if name == "fuzz.go" {
				return src, nil
			}
			return nil, fmt.Errorf("fuzz: no file access to %s", name)
		},
	}
	if _, err := a.Run(pass); err != nil {
		t.Fatalf("analysis error: %v", err)
	}
	tf := fset.File(f.Pos())
	inFile := func(p token.Pos) bool { return p >= token.Pos(tf.Base()) && p <= token.Pos(tf.Base()+tf.Size()) }
	for _, d := range diags {
		if !inFile(d.Pos) || d.End.IsValid() && (!inFile(d.End) || d.End < d.Pos) {
			t.Fatalf("diagnostic %q has positions %d..%d outside the file [%d, %d]", d.Message, d.Pos, d.End, tf.Base(), tf.Base()+tf.Size())
		}
		if d.Category == "" || d.Message == "" {
			t.Fatalf("diagnostic without category or message: %+v", d)
		}
		for _, fix := range d.SuggestedFixes {
			out, err := applyEdits(tf, src, fix.TextEdits)
			if err != nil {
				t.Fatalf("fix %q of %q: %v", fix.Message, d.Message, err)
			}
			if !parsed {
				continue
			}
			if _, err := parser.ParseFile(token.NewFileSet(), "fixed.go", out, parser.ParseComments); err != nil {
				t.Fatalf("fix %q of %q gives a file that does not parse: %v\n%s", fix.Message, d.Message, err, out)
			}
		}
	}
	return diags
}

// applyEdits applies edits (in one file) to src, after checking that they
// lie in the file and do not overlap. Identical edits count once, as the
// drivers merge them.
func applyEdits(tf *token.File, src []byte, edits []analysis.TextEdit) ([]byte, error) {
	type span struct {
		start, end int
		text       string
	}
	var spans []span
	for _, e := range edits {
		if !e.Pos.IsValid() || e.End < e.Pos || int(e.Pos) < tf.Base() || int(e.End) > tf.Base()+tf.Size() {
			return nil, fmt.Errorf("edit %d..%d outside the file", e.Pos, e.End)
		}
		s := span{tf.Offset(e.Pos), tf.Offset(e.End), string(e.NewText)}
		if !slices.Contains(spans, s) {
			spans = append(spans, s)
		}
	}
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	var out bytes.Buffer
	last := 0
	for _, s := range spans {
		if s.start < last {
			return nil, fmt.Errorf("overlapping edits at offset %d", s.start)
		}
		out.Write(src[last:s.start])
		out.WriteString(s.text)
		last = s.end
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}

// FuzzAnalyzer mutates Go sources (seeds in testdata/fuzz/FuzzAnalyzer and
// below): the pass must never panic or fail on any source, whatever its
// syntax or type errors, and every fix must keep a source that parses
// parseable. Byte mutations mostly break the syntax; so that type errors
// are exercised as much, each source is also analysed in variants whose
// tree breaks type checking while staying one the parser could produce
// (see typeMutations).
func FuzzAnalyzer(f *testing.F) {
	for _, s := range []string{
		"package p\n\nvar _ = \"ModelArts.0204\"\n",
		"package p\n\nimport ()\n\nfunc f(s string) bool { return s == \"ModelArts.0204\" }\n",
		"package p\n\nimport \"strings\"\n\nfunc f(s string) bool { return strings.EqualFold(s, \"modelarts.0204\") || s == ` AIS.0101` }\n",
		"package p\n\nfunc f(x any) { switch x.(string) { case \"JOB_MANAGER.12000001\", \"OptVerse_10000001\": } }\n",
		"package p\n\nimport \"regexp\"\n\nvar re = regexp.MustCompile(`^(ModelArts\\.0204|AIS\\.0101)$`)\n",
		"package p\n\nimport codes \"fmt\"\n\nvar m = map[string]bool{\"ModelArts.0204\": true, \"ModelArts.0204 \": codes.Sprint() == \"\"}\n",
		"package p\n\nconst c = \"ModelArts.0204\"\n\nvar _ = []string{c, c, \"APIG.0301\"}\n",
		"package p\n\ntype E struct{ StatusCode int; ErrorCode string }\n\nvar _ = E{StatusCode: 404, ErrorCode: \"ModelArts.0204\"}\n",
		"package p\n\nfunc f(codes []string, e struct{ ErrorCode string; Status int }) bool {\n\treturn e.Status == 401 && e.ErrorCode == \"ModelArts.0204\" && len(codes) > 0\n}\n",
		"// Code generated by x. DO NOT EDIT.\n\npackage p\n\nvar _ = \"ModelArts.0204\"\n",
		"package p\n\nvar _ = undefined(\"ModelArts.0204\") // errcodelint:ignore use-constant reason\n",
		// Every function the analyzer gives a meaning, for the mutations
		// to give wrong arguments.
		"package p\n\nimport (\n\t\"regexp\"\n\t\"slices\"\n\t\"strings\"\n)\n\nfunc f(s string, l []string) {\n\t_ = strings.HasPrefix(s, \"ModelArts.02\") || strings.HasSuffix(s, \"AIS.0101\") || strings.Contains(s, \"modelarts.0204\")\n\t_, _ = strings.CutPrefix(s, \"ModelArts.0204\")\n\t_ = slices.Contains([]string{\"ModelArts.0204\", \"AIS.0101\"}, s) || slices.Index(l, \"APIG.0301\") > 0\n\t_, _ = regexp.MatchString(`ModelArts\\.0204`, s)\n}\n",
		"package p\n\nimport \"net/http\"\n\ntype E struct{ StatusCode int; ErrorCode string }\n\nfunc newErr(status int, code string) error { return nil }\n\nfunc f(e E) error {\n\tif e.StatusCode != http.StatusBadRequest {\n\t\treturn nil\n\t}\n\tswitch e.StatusCode {\n\tcase 401:\n\t\tif e.ErrorCode == \"ModelArts.0204\" {\n\t\t\treturn newErr(404, \"ModelArts.0204\")\n\t\t}\n\t}\n\treturn newErr(http.StatusNotFound, \"modelarts_0204\")\n}\n",
		"package p\n\nimport \"github.com/errcodelint/errcodelint/codes\"\n\nconst mine = \"AIS.0101\"\n\nfunc f(s string) bool {\n\tconst local = \"ModelArts.0204\"\n\treturn s == \"ModelArts.0204\" || s == \"AIS.0101\" || s == codes.AIS0101\n}\n",
	} {
		f.Add([]byte(s))
	}
	def := New(Config{})
	prose := New(Config{Prose: true, StatusFuncs: []string{"fmt.Sprint=400"}})
	f.Fuzz(func(t *testing.T, src []byte) {
		runAnalyzerOn(t, def, src)
		runAnalyzerOn(t, prose, src)
		for m := range typeMutations(src) {
			runAnalyzerMutated(t, def, src, m)
			runAnalyzerMutated(t, prose, src, m)
		}
	})
}

// TestFuzzHarnessSeesFindings keeps the fuzz harness honest: on a source
// with known problems it must see the analyzer's diagnostics and fixes.
func TestFuzzHarnessSeesFindings(t *testing.T) {
	src := []byte("package p\n\nimport \"net/http\"\n\ntype E struct{ StatusCode int; ErrorCode string }\n\nfunc f(e E) bool {\n\treturn e.StatusCode == http.StatusNotFound && e.ErrorCode == \"ModelArts.0204\" || e.ErrorCode == \"modelarts.0116\"\n}\n")
	diags := runAnalyzerOn(t, New(Config{}), src)
	cats := map[string]int{}
	fixes := 0
	for _, d := range diags {
		cats[d.Category]++
		fixes += len(d.SuggestedFixes)
	}
	if cats[CatMismatch] == 0 || cats[CatMalformed] == 0 || fixes == 0 {
		t.Errorf("got categories %v and %d fixes; want status-mismatch, malformed-code and fixes", cats, fixes)
	}
}
