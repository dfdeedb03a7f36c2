package analyzer

// Benchmarks of the pass's hot paths and of the whole analyzer against the
// no-op floor (docs/performance.md). Run them with
//
//	go test -run='^$' -bench=. -benchmem ./analyzer

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"

	"github.com/errcodelint/errcodelint/bench/synth"
	"github.com/errcodelint/errcodelint/catalog"
	"github.com/errcodelint/errcodelint/internal/noop"
)

// perfSource is ordinary client code: every string literal in it is not an
// error code, several are look-alikes that pass the first-byte prefilter.
const perfSource = `package p

import (
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strings"
)

type Resource struct {
	Name   string ` + "`json:\"name\"`" + `
	Flavor string ` + "`json:\"flavor,omitempty\"`" + `
}

var nameRE = regexp.MustCompile(` + "`^[a-z][a-z0-9-]{0,63}$`" + `)

var lookalikes = []string{"modelarts.vm.cpu.2u", "v1.2.3", "tags.1234", "DBS.280005", "APIGW.0101",
	"ModelArts.", "Model", "AIS", "OptVerse", "JOB_MANAGER", "ModelArts.vm", "AIS.x", "Mode.1", "  x", "(a|b)"}

func headers(token string) http.Header {
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	h.Set("X-Auth-Token", token)
	h.Set("Accept-Language", "en-us")
	return h
}

func (r *Resource) validate() error {
	if r.Name == "" {
		return errors.New("the name is required")
	}
	if !nameRE.MatchString(r.Name) {
		return fmt.Errorf("invalid name %q: use lower-case letters, digits and hyphens", r.Name)
	}
	if !strings.HasPrefix(r.Flavor, "modelarts.") && r.Flavor != "" {
		return fmt.Errorf("flavor %s is not a ModelArts flavor", r.Flavor)
	}
	switch r.Flavor {
	case "RUNNING", "STOPPED", "abc":
	}
	return fmt.Errorf("[DEBUG] waiting for %s (%d): %w", r.Name, http.StatusAccepted, errors.ErrUnsupported)
}

func url(endpoint, project, id string) string {
	return strings.Join([]string{endpoint, "v2", project, "services", id}, "/") + "?limit=10&offset=0"
}
`

// perfPass type-checks src and returns a pass state for it (as run does,
// without reporting anywhere), the inspector, and the string literals.
func perfPass(tb testing.TB, src string, cfg Config) (*passState, []inspector.Cursor) {
	tb.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		tb.Fatal(err)
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Implicits:  map[ast.Node]types.Object{},
		Scopes:     map[ast.Node]*types.Scope{},
	}
	conf := types.Config{Importer: importer.Default(), Error: func(error) {}}
	pkg, _ := conf.Check("p", fset, []*ast.File{f}, info)
	st := &state{cfg: cfg}
	if err := st.compile(); err != nil {
		tb.Fatal(err)
	}
	c, err := st.conf("")
	if err != nil {
		tb.Fatal(err)
	}
	pass := &analysis.Pass{
		Fset: fset, Files: []*ast.File{f}, Pkg: pkg, TypesInfo: info,
		Report: func(analysis.Diagnostic) {},
	}
	insp := inspector.New([]*ast.File{f})
	ps := &passState{s: st, c: c, pass: pass, ix: c.ix, file: &fileState{f: f, tf: fset.File(f.Pos())}}
	var lits []inspector.Cursor
	for c := range insp.Root().Preorder((*ast.BasicLit)(nil)) {
		if c.Node().(*ast.BasicLit).Kind == token.STRING {
			lits = append(lits, c)
		}
	}
	return ps, lits
}

// TestNonCodeLiteralsDoNotAllocate runs the pass's whole per-literal path
// (prefilter, context checks, family test, regexp check) over ordinary
// literals: none may allocate.
func TestNonCodeLiteralsDoNotAllocate(t *testing.T) {
	ps, lits := perfPass(t, perfSource, Config{})
	if len(lits) < 40 {
		t.Fatalf("only %d literals in the sample", len(lits))
	}
	var got []analysis.Diagnostic
	ps.pass.Report = func(d analysis.Diagnostic) { got = append(got, d) }
	allocs := testing.AllocsPerRun(50, func() {
		for _, c := range lits {
			ps.lit(c, c.Node().(*ast.BasicLit))
		}
	})
	if len(got) != 0 {
		t.Fatalf("ordinary literals were reported, first: %s", got[0].Message)
	}
	if allocs != 0 {
		// Find the culprits to make the failure actionable.
		for _, c := range lits {
			n := c.Node().(*ast.BasicLit)
			if a := testing.AllocsPerRun(10, func() { ps.lit(c, n) }); a != 0 {
				t.Errorf("literal %s allocates %.0f times", n.Value, a)
			}
		}
		t.Errorf("%.0f allocations per pass over %d non-code literals, want 0", allocs, len(lits))
	}
}

// BenchmarkPrefilter measures the first test every string literal meets.
func BenchmarkPrefilter(b *testing.B) {
	ix := indexOf(catalog.Default())
	vals := []string{`"name"`, `"application/json"`, `"modelarts.vm.cpu.2u"`, `"v1.2.3"`, "`^[a-z]+$`",
		`"the name is required"`, `"ModelArts.0204"`, `"X-Auth-Token"`, `"%s: %w"`, `"OptVerse_10000001"`}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, v := range vals {
			if ix.candidate(v) {
				n++
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(vals)), "ns/literal")
	_ = n
}

// BenchmarkFamilyOf measures the shape test on strings that passed the
// prefilter: codes, near misses and look-alikes.
func BenchmarkFamilyOf(b *testing.B) {
	ix := indexOf(catalog.Default())
	vals := []string{"ModelArts.0204", "modelarts.vm.cpu.2u", "JOB_MANAGER.12000001", " AIS.0101", "APIGW.0101", "ModelArts.", "OptVerse_1212080002", "Model"}
	b.ReportAllocs()
	for b.Loop() {
		for _, v := range vals {
			ix.familyOf(v)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(vals)), "ns/string")
}

// BenchmarkLiteralNonCode runs the pass's per-literal path over the
// ordinary literals of perfSource (0 allocs/op required, see
// TestNonCodeLiteralsDoNotAllocate).
func BenchmarkLiteralNonCode(b *testing.B) {
	ps, lits := perfPass(b, perfSource, Config{})
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range lits {
			ps.lit(c, c.Node().(*ast.BasicLit))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(lits)), "ns/literal")
}

const codeSource = `package p

import "net/http"

type E struct {
	StatusCode int
	ErrorCode  string
}

func f(se *E) bool {
	if se.StatusCode == http.StatusBadRequest && se.ErrorCode == "ModelArts.0204" {
		return true
	}
	switch se.ErrorCode {
	case "AIS.0101", "OptVerse_10000001":
		return true
	}
	return se.ErrorCode == "ModelArts.0116" || se.ErrorCode == "JOB_MANAGER_12000001"
}

func g(se *E) bool {
	return se.ErrorCode == "modelarts.0116" || se.ErrorCode == "ModelArts.9999"
}
`

// benchLiterals runs the per-literal path over the string literals of
// codeSource inside function name.
func benchLiterals(b *testing.B, fn string) {
	ps, all := perfPass(b, codeSource, Config{})
	var lits []inspector.Cursor
	for _, c := range all {
		for fd := range c.Enclosing((*ast.FuncDecl)(nil)) {
			if fd.Node().(*ast.FuncDecl).Name.Name == fn {
				lits = append(lits, c)
			}
			break
		}
	}
	reports := 0
	ps.pass.Report = func(analysis.Diagnostic) { reports++ }
	b.ReportAllocs()
	for b.Loop() {
		clear(ps.seen)
		for _, c := range lits {
			ps.lit(c, c.Node().(*ast.BasicLit))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(lits)), "ns/literal")
	if reports == 0 {
		b.Fatal("no diagnostics for code literals")
	}
}

// BenchmarkLiteralCode runs the path for literals that are documented
// codes: site classification, status ties, catalog checks, diagnostics and
// the use-constant fix.
func BenchmarkLiteralCode(b *testing.B) { benchLiterals(b, "f") }

// BenchmarkLiteralNearMiss runs the path for a malformed and an unknown
// code (the nearest-code search), which real code rarely contains.
func BenchmarkLiteralNearMiss(b *testing.B) { benchLiterals(b, "g") }

// synthPackages writes a synthetic module of files files into a temporary
// directory and loads it as the singlechecker driver does for an analyzer
// without facts (syntax for the root packages, export data for the rest).
func synthPackages(tb testing.TB, files int) []*packages.Package {
	return synthPackagesOf(tb, files, 0)
}

// synthPackagesOf is synthPackages with about perFile code literals in
// every source file (0: the default density).
func synthPackagesOf(tb testing.TB, files, perFile int) []*packages.Package {
	tb.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		tb.Fatal(err)
	}
	dir := tb.TempDir()
	opt := synth.DefaultOptions(files, root)
	opt.CodesPerFile = perFile
	if _, err := synth.Write(dir, opt); err != nil {
		tb.Fatal(err)
	}
	cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Dir: dir, Tests: true,
		Env: append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		tb.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		tb.Fatalf("%d errors loading the synthetic module", n)
	}
	return pkgs
}

// BenchmarkSynthetic runs errcodelint and the no-op analyzer over the same
// loaded 200-file synthetic module: the difference is the pass's own cost,
// without loading and type-checking (which bench/run.sh includes).
func BenchmarkSynthetic(b *testing.B) { benchSynthetic(b, 0) }

// BenchmarkSyntheticDense is BenchmarkSynthetic on the code-dense module:
// about 24 code literals in every source file, each a finding (see
// docs/performance.md, "Code-dense packages").
func BenchmarkSyntheticDense(b *testing.B) { benchSynthetic(b, 24) }

func benchSynthetic(b *testing.B, perFile int) {
	if testing.Short() {
		b.Skip("loads a module")
	}
	pkgs := synthPackagesOf(b, 200, perFile)
	files := 0
	for _, p := range pkgs {
		files += len(p.Syntax)
	}
	for _, tc := range []struct {
		name string
		a    *analysis.Analyzer
	}{
		// As the standalone command runs it, and as go vet does (every
		// file of a test variant too).
		{"errcodelint", New(Config{SkipNonTestFilesInTestVariants: true})},
		{"errcodelint-vet", New(Config{})},
		{"noop", noop.Analyzer},
		{"inspect", inspect.Analyzer},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			diags := 0
			for b.Loop() {
				g, err := checker.Analyze([]*analysis.Analyzer{tc.a}, pkgs, &checker.Options{Sequential: true})
				if err != nil {
					b.Fatal(err)
				}
				diags = 0
				for act := range g.All() {
					if act.Err != nil {
						b.Fatal(act.Err)
					}
					if act.IsRoot {
						diags += len(act.Diagnostics)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*files)/1e3, "µs/file")
			b.ReportMetric(float64(diags), "diags")
		})
	}
	runtime.KeepAlive(pkgs)
}

// BenchmarkSyntheticPass runs only errcodelint's pass over the packages of
// the 200-file synthetic module, with each package's inspector built once
// outside the timed loop: the pass's own cost, without the inspector
// construction and driver work that BenchmarkSynthetic includes. One
// analyzer instance serves every iteration, as one serves every package of
// a process.
func BenchmarkSyntheticPass(b *testing.B) { benchSyntheticPass(b, 0, Config{}) }

// BenchmarkSyntheticDensePass is BenchmarkSyntheticPass on the code-dense
// module (about 24 code literals in every source file, each a finding):
// the pass's own cost per finding. Its analyzer is configured as the
// standalone command's: the non-test files of a test variant are skipped.
func BenchmarkSyntheticDensePass(b *testing.B) {
	benchSyntheticPass(b, 24, Config{SkipNonTestFilesInTestVariants: true})
}

func benchSyntheticPass(b *testing.B, perFile int, cfg Config) {
	if testing.Short() {
		b.Skip("loads a module")
	}
	pkgs := synthPackagesOf(b, 200, perFile)
	a := New(cfg)
	diags := 0
	var passes []*analysis.Pass
	files := 0
	for _, p := range pkgs {
		files += len(p.Syntax)
		passes = append(passes, &analysis.Pass{
			Analyzer:  a,
			Fset:      p.Fset,
			Files:     p.Syntax,
			Pkg:       p.Types,
			TypesInfo: p.TypesInfo,
			ResultOf:  map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New(p.Syntax)},
			Report:    func(analysis.Diagnostic) { diags++ },
			ReadFile:  os.ReadFile,
		})
	}
	b.ReportAllocs()
	for b.Loop() {
		diags = 0
		for _, pass := range passes {
			if _, err := a.Run(pass); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*files)/1e3, "µs/file")
	b.ReportMetric(float64(diags), "diags")
	runtime.KeepAlive(pkgs)
}
