package batch

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

func TestMain(m *testing.M) {
	// Run loads each batch through this test binary (Serve).
	if Serve() {
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// word returns an analyzer that reports each string literal whose value
// is its -word flag, and counts in *made the instances returned.
func word(made *int) func() *analysis.Analyzer {
	return func() *analysis.Analyzer {
		*made++
		a := &analysis.Analyzer{Name: "word", Doc: "report string literals equal to -word"}
		w := a.Flags.String("word", "x", "the literal to report")
		a.Run = func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				ast.Inspect(f, func(n ast.Node) bool {
					if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && lit.Value == strconv.Quote(*w) {
						pass.Reportf(lit.Pos(), "literal %s", lit.Value)
					}
					return true
				})
			}
			return nil, nil
		}
		return a
	}
}

// writeModule writes module example.com/m (go 1.22) of the given files,
// by slash-separated path, into a temporary directory and returns it.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/m\n\ngo 1.22\n"
	for name, src := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
	}
	return dir
}

// run runs the driver with the word analyzer on ./... of dir with args,
// and returns the exit code, standard output and error, the number of
// analyzers made and the batches seen by Driver.Batch.
func run(t *testing.T, dir string, args ...string) (code int, stdout, stderr string, made int, batches [][]string) {
	t.Helper()
	t.Chdir(dir)
	newA := word(&made)
	var o Options
	fs := FlagSet(newA(), &o)
	require.NoError(t, fs.Parse(append(args, "./...")))
	d := &Driver{NewAnalyzer: newA, Batch: func(pkgs []*packages.Package, g *checker.Graph) {
		var ids []string
		for _, p := range pkgs {
			ids = append(ids, p.ID)
		}
		batches = append(batches, ids)
	}}
	var out, errOut bytes.Buffer
	code = d.Run(fs, o, &out, &errOut)
	return code, out.String(), errOut.String(), made, batches
}

// Any analyzer without facts runs in batches, loaded through the test
// binary's own Serve: each batch gets a fresh analyzer with the command
// line's analyzer flags, every package (test files included) is analysed,
// and the -json output is that of one load of everything (-batch=0).
func TestRunInBatches(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"a/a.go":      "package a\n\nvar A = \"hit\"\n",
		"b/b.go":      "package b\n\nimport \"example.com/m/a\"\n\nvar B = a.A + \"miss\"\n",
		"b/b_test.go": "package b\n\nimport \"testing\"\n\nfunc TestB(t *testing.T) { _ = \"hit\" }\n",
		"c/c.go":      "package c\n\nvar C = \"miss\"\n",
	})

	code, stdout, stderr, made, batches := run(t, dir, "-batch=1", "-word=hit")
	assert.Equal(t, 3, code, stderr)
	assert.Empty(t, stdout)
	assert.Equal(t, 1, strings.Count(stderr, "a.go:3:9: literal \"hit\""), stderr)
	assert.Equal(t, 1, strings.Count(stderr, "b_test.go:5:32: literal \"hit\""), stderr)
	assert.NotContains(t, stderr, "miss")
	assert.Equal(t, [][]string{
		{"example.com/m/a"},
		{"example.com/m/b", "example.com/m/b [example.com/m/b.test]", "example.com/m/b.test"},
		{"example.com/m/c"},
	}, batches)
	assert.Equal(t, 1+len(batches), made, "a fresh analyzer per batch")

	code, _, stderr, _, _ = run(t, dir, "-batch=1", "-word=nothing")
	assert.Equal(t, 0, code, stderr)
	assert.Empty(t, stderr)

	code, batched, stderr, _, _ := run(t, dir, "-batch=1", "-word=hit", "-json")
	assert.Equal(t, 0, code, stderr)
	code, whole, stderr, _, batches := run(t, dir, "-batch=0", "-word=hit", "-json", "-test=true")
	assert.Equal(t, 0, code, stderr)
	assert.Len(t, batches, 1)
	assert.Equal(t, whole, batched)
	var tree map[string]map[string][]struct{ Posn, Message string }
	require.NoError(t, json.Unmarshal([]byte(batched), &tree), batched)
	assert.Len(t, tree["example.com/m/a"]["word"], 1)
	assert.Len(t, tree["example.com/m/b [example.com/m/b.test]"]["word"], 1)

	// A package that does not type-check: its errors, exit 1.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "c", "c.go"), []byte("package c\n\nvar C int = \"hit\"\n"), 0o644))
	code, _, stderr, _, _ = run(t, dir, "-batch=1", "-word=hit")
	assert.Equal(t, 1, code, stderr)
	assert.Contains(t, stderr, "c.go:3:13: cannot use \"hit\"")
	assert.Contains(t, stderr, "a.go:3:9: literal \"hit\"")
}

// A dependency that imports a root package of its batch lies on a path
// between two roots: go/packages type-checks it from source too, or the
// root's types from source would differ from the ones its export data
// names. The listing must then keep its files: without them, go/packages
// reported "sources missing" for it, and the root importing it saw two
// types a.T.
func TestDependencyBetweenRoots(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"a/a.go": "package a\n\ntype T struct{ S string }\n\nvar A = T{\"hit\"}\n",
		"b/b.go": "package b\n\nimport \"example.com/m/a\"\n\nfunc F() a.T { return a.A }\n",
		"c/c.go": "package c\n\nimport (\n\t\"example.com/m/a\"\n\t\"example.com/m/b\"\n)\n\nvar C a.T = b.F()\n\nvar D = \"hit\"\n",
	})
	t.Chdir(dir)
	drive := func(args ...string) (code int, stdout, stderr string, batches int) {
		var made int
		newA := word(&made)
		var o Options
		fs := FlagSet(newA(), &o)
		require.NoError(t, fs.Parse(append(args, "-word=hit", "./a", "./c")))
		d := &Driver{NewAnalyzer: newA, Batch: func([]*packages.Package, *checker.Graph) { batches++ }}
		var out, errOut bytes.Buffer
		code = d.Run(fs, o, &out, &errOut)
		return code, out.String(), errOut.String(), batches
	}
	code, _, stderr, batches := drive()
	assert.Equal(t, 1, batches)
	assert.Equal(t, 3, code, stderr)
	assert.NotContains(t, stderr, "sources missing")
	assert.NotContains(t, stderr, "cannot use")
	assert.Equal(t, 1, strings.Count(stderr, "a.go:5:11: literal \"hit\""), stderr)
	assert.Equal(t, 1, strings.Count(stderr, "c.go:10:9: literal \"hit\""), stderr)
	assert.NotContains(t, stderr, "b.go", "b is not a root: it is loaded, not analysed")

	_, batched, _, _ := drive("-json")
	_, whole, _, _ := drive("-json", "-batch=0")
	assert.Equal(t, whole, batched)
	assert.NotContains(t, batched, "typecheck")

	// A dependency that does not compile has no export data: go/packages
	// type-checks it from source, even when it imports no root.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b", "b.go"),
		[]byte("package b\n\nvar Broken int = \"x\"\n\nfunc F() int { return 1 }\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "c", "c.go"),
		[]byte("package c\n\nimport \"example.com/m/b\"\n\nvar C = b.F() + 1\n\nvar D = \"hit\"\n"), 0o644))
	code, _, stderr, _ = drive()
	assert.Equal(t, 1, code, stderr)
	assert.Contains(t, stderr, "b.go:3:18: cannot use \"x\"")
	assert.NotContains(t, stderr, "sources missing")
	_, batched, _, _ = drive("-json")
	_, whole, _, _ = drive("-json", "-batch=0")
	assert.Equal(t, whole, batched)
}

func TestSelected(t *testing.T) {
	var o Options
	fs := FlagSet(word(new(int))(), &o)
	for _, args := range [][]string{
		{"./..."},
		{"-json", "./..."},
		{"-c", "2", "-test=false", "./..."},
		{"-word", "x", "./..."},
		{"-batch=10", "--", "-x"},
	} {
		assert.True(t, Selected(fs, args), "%q", args)
	}
	for _, args := range [][]string{
		{"-fix", "./..."},
		{"-V=full"},
		{"-flags"},
		{"-help"},
		{"-no-such-flag", "./..."},
		{"-word=x", "/tmp/go-build1/b001/vet.cfg"},
	} {
		assert.False(t, Selected(fs, args), "%q", args)
	}
	t.Setenv(DriverEnv, "singlechecker")
	assert.False(t, Selected(fs, []string{"./..."}))
}

// A package and its test variants are in one batch, so that each non-test
// file is checked once; batches hold about maxFiles files and one module
// go version.
func TestBatches(t *testing.T) {
	mod := &packages.Module{Path: "m", GoVersion: "1.22"}
	mod2 := &packages.Module{Path: "n", GoVersion: "1.24"}
	files := func(n int) []string { return make([]string, n) }
	l := &lister{roots: []*packages.Package{
		{ID: "m/a", Name: "a", CompiledGoFiles: files(3), Module: mod},
		{ID: "m/a [m/a.test]", Name: "a", ForTest: "m/a", CompiledGoFiles: files(4), Module: mod},
		{ID: "m/a_test [m/a.test]", Name: "a_test", ForTest: "m/a", CompiledGoFiles: files(1), Module: mod},
		{ID: "m/a.test", Name: "main", CompiledGoFiles: files(1), Module: mod},
		{ID: "m/b", Name: "b", CompiledGoFiles: files(2), Module: mod},
		{ID: "m/c", Name: "c", CompiledGoFiles: files(2), Module: mod},
		{ID: "n/d", Name: "d", CompiledGoFiles: files(1), Module: mod2},
	}}
	ids := func(batches [][]*packages.Package) (out [][]string) {
		for _, b := range batches {
			var s []string
			for _, p := range b {
				s = append(s, p.ID)
			}
			out = append(out, s)
		}
		return out
	}
	assert.Equal(t, [][]string{
		{"m/a", "m/a [m/a.test]", "m/a_test [m/a.test]", "m/a.test"},
		{"m/b", "m/c"},
		{"n/d"},
	}, ids(l.batches(4)))
	assert.Equal(t, [][]string{
		{"m/a", "m/a [m/a.test]", "m/a_test [m/a.test]", "m/a.test"},
		{"m/b"},
		{"m/c"},
		{"n/d"},
	}, ids(l.batches(1)))
	assert.Equal(t, [][]string{
		{"m/a", "m/a [m/a.test]", "m/a_test [m/a.test]", "m/a.test", "m/b", "m/c"},
		{"n/d"},
	}, ids(l.batches(100)))
}

// Batches follow the listing's order, which is go list -deps's: a
// package's dependencies among the roots come in its batch or an earlier
// one, so that no dependency of a batch imports one of its roots, which
// go/packages would type-check from source in that batch and again as a
// root in its own. In the order of import paths (a, b, m), a and b would
// share a batch, and m, between them, would be loaded from source with
// them.
func TestBatchesInDependencyOrder(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"a/a.go": "package a\n\nimport \"example.com/m/m\"\n\nvar A = m.M + \"hit\"\n",
		"b/b.go": "package b\n\nvar B = \"hit\"\n",
		"m/m.go": "package m\n\nimport \"example.com/m/b\"\n\nvar M = b.B\n",
	})
	t.Chdir(dir)
	var made int
	newA := word(&made)
	var o Options
	fs := FlagSet(newA(), &o)
	require.NoError(t, fs.Parse([]string{"-word=hit", "-batch=2", "./..."}))
	var batches [][]string
	var fromSource []string
	d := &Driver{NewAnalyzer: newA, Batch: func(pkgs []*packages.Package, _ *checker.Graph) {
		var ids []string
		root := make(map[*packages.Package]bool)
		for _, p := range pkgs {
			ids = append(ids, p.ID)
			root[p] = true
		}
		batches = append(batches, ids)
		for p := range packages.Postorder(pkgs) {
			if !root[p] && p.Syntax != nil {
				fromSource = append(fromSource, p.ID)
			}
		}
	}}
	var out, errOut bytes.Buffer
	assert.Equal(t, 3, d.Run(fs, o, &out, &errOut), errOut.String())
	assert.Equal(t, [][]string{{"example.com/m/b", "example.com/m/m"}, {"example.com/m/a"}}, batches)
	assert.Empty(t, fromSource, "dependencies type-checked from source")
	assert.Equal(t, 2, strings.Count(errOut.String(), "literal \"hit\""), errOut.String())
}

func TestMinorVersion(t *testing.T) {
	for v, want := range map[string]int{"1.26": 26, "1.26.0": 26, "1.21rc1": 21, "1": 0, "": 0, "devel": 0, "2.0": 0} {
		assert.Equal(t, want, minorVersion(v), v)
	}
}

// In text mode, whose printer shows neither a diagnostic's category, its
// URL nor its fixes, the driver runs a copy of the analyzer that reports
// its diagnostics without them, so that checker resolves no URL and
// validates no fix; the text is the same. -json and Driver.Batch get the
// diagnostics as reported.
func TestTextOnly(t *testing.T) {
	a := &analysis.Analyzer{Name: "cat", Doc: "report one finding", URL: "https://example.com/cat"}
	a.Run = func(pass *analysis.Pass) (any, error) {
		pass.Report(analysis.Diagnostic{Pos: 1, Category: "one", URL: "https://example.com/one", Message: "m",
			SuggestedFixes: []analysis.SuggestedFix{{Message: "Fix it", TextEdits: []analysis.TextEdit{{Pos: 1, End: 2}}}}})
		return "result", nil
	}
	c := textOnly(a)
	assert.Equal(t, "cat", c.Name)
	assert.Empty(t, c.URL)
	assert.Equal(t, "https://example.com/cat", a.URL, "the analyzer itself is unchanged")
	var got []analysis.Diagnostic
	res, err := c.Run(&analysis.Pass{Report: func(d analysis.Diagnostic) { got = append(got, d) }})
	require.NoError(t, err)
	assert.Equal(t, "result", res)
	assert.Equal(t, []analysis.Diagnostic{{Pos: 1, Message: "m"}}, got)

	dir := writeModule(t, map[string]string{"a.go": "package a\n\nvar A = \"hit\"\n"})
	t.Chdir(dir)
	var made int
	newA := func() *analysis.Analyzer {
		a := word(&made)()
		a.URL = "https://example.com/word"
		run := a.Run
		a.Run = func(pass *analysis.Pass) (any, error) {
			report := pass.Report
			pass.Report = func(d analysis.Diagnostic) {
				d.Category = "hit"
				d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Drop it", TextEdits: []analysis.TextEdit{{Pos: d.Pos, End: d.Pos + 5}}}}
				report(d)
			}
			return run(pass)
		}
		return a
	}
	drive := func(batch bool, args ...string) (stdout, stderr string, diags []analysis.Diagnostic) {
		var o Options
		fs := FlagSet(newA(), &o)
		require.NoError(t, fs.Parse(append(args, "-word=hit", "./...")))
		d := &Driver{NewAnalyzer: newA}
		if batch {
			d.Batch = func(_ []*packages.Package, g *checker.Graph) {
				for act := range g.All() {
					if act.IsRoot {
						diags = append(diags, act.Diagnostics...)
					}
				}
			}
		}
		var out, errOut bytes.Buffer
		d.Run(fs, o, &out, &errOut)
		return out.String(), errOut.String(), diags
	}
	_, text, _ := drive(false)
	assert.Equal(t, "a.go:3:9: literal \"hit\"\n", strings.TrimPrefix(text, dir+string(filepath.Separator)))
	_, textBatch, diags := drive(true)
	assert.Equal(t, text, textBatch)
	require.Len(t, diags, 1)
	assert.Equal(t, "hit", diags[0].Category)
	assert.Equal(t, "https://example.com/word#hit", diags[0].URL)
	assert.Len(t, diags[0].SuggestedFixes, 1)
	js, _, _ := drive(false, "-json")
	assert.Contains(t, js, `"category": "hit"`)
	assert.Contains(t, js, `"message": "Drop it"`)
}
