package noop

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// The floor reports each plain literal of a built-in family's shape, with
// errcodelint's use-constant message and one fix, and nothing else.
func TestFloorReportsCodeShapedLiterals(t *testing.T) {
	a := NewFloor()
	if err := analysis.Validate([]*analysis.Analyzer{a}); err != nil {
		t.Fatal(err)
	}
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "floor")
	if len(results) != 1 || results[0].Err != nil {
		t.Fatalf("results: %+v", results)
	}
	r := results[0]
	if got := r.Result.(int); got != 7 || len(r.Diagnostics) != 7 {
		t.Errorf("result %d and %d diagnostics, want 7", got, len(r.Diagnostics))
	}
	for _, d := range r.Diagnostics {
		if d.Category != "use-constant" || d.URL != "https://github.com/errcodelint/errcodelint#use-constant" ||
			len(d.SuggestedFixes) != 1 || len(d.SuggestedFixes[0].TextEdits) != 1 {
			t.Errorf("%+v", d)
		}
	}
	if len(a.FactTypes) != 0 {
		t.Error("the floor declares fact types")
	}
}

// runFloor runs a new floor on the files (name, source) and returns its
// diagnostics.
func runFloor(t *testing.T, files ...string) []analysis.Diagnostic {
	t.Helper()
	fset := token.NewFileSet()
	var parsed []*ast.File
	for i := 0; i < len(files); i += 2 {
		f, err := parser.ParseFile(fset, files[i], files[i+1], 0)
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, f)
	}
	var diags []analysis.Diagnostic
	pass := &analysis.Pass{
		Fset: fset, Files: parsed,
		ResultOf: map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New(parsed)},
		Report:   func(d analysis.Diagnostic) { diags = append(diags, d) },
	}
	if _, err := NewFloor().Run(pass); err != nil {
		t.Fatal(err)
	}
	return diags
}

// The texts of one value are computed once and shared by its findings.
func TestFloorSharesTextsPerValue(t *testing.T) {
	diags := runFloor(t, "p.go", "package p\n\nvar x, y, z = \"ModelArts.0204\", \"ModelArts.0204\", \"ModelArts.0205\"\n")
	if len(diags) != 3 {
		t.Fatalf("%d diagnostics, want 3", len(diags))
	}
	edit := func(i int) *byte { return &diags[i].SuggestedFixes[0].TextEdits[0].NewText[0] }
	if edit(0) != edit(1) || edit(0) == edit(2) {
		t.Error("the fix text is not shared per value")
	}
}

// In a test variant (test and non-test files) only the _test.go files are
// checked, as the errcodelint command checks them; a package of test files
// only, or of none, is checked whole.
func TestFloorChecksTestFilesOfTestVariants(t *testing.T) {
	const src, test = "package p\n\nvar X = \"ModelArts.0204\"\n", "package p\n\nvar Y = \"ModelArts.0205\"\n"
	for _, c := range []struct {
		files []string
		want  []string
	}{
		{[]string{"p.go", src, "p_test.go", test}, []string{"ModelArts.0205"}},
		{[]string{"p.go", src}, []string{"ModelArts.0204"}},
		{[]string{"p_test.go", test}, []string{"ModelArts.0205"}},
	} {
		var got []string
		for _, d := range runFloor(t, c.files...) {
			got = append(got, strings.Split(d.Message, `"`)[1])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: reported %q, want %q", c.files[0], got, c.want)
		}
	}
}
