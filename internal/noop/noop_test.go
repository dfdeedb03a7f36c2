package noop

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// TestWalksEverythingReportsNothing: the floor must do the full walk (its
// result is the node count) and never report or declare facts.
func TestWalksEverythingReportsNothing(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", "package p\n\nvar x = \"ModelArts.0204\"\n\nfunc f() int { return len(x) }\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	ast.Inspect(f, func(n ast.Node) bool {
		if n != nil {
			want++
		}
		return true
	})
	reports := 0
	pass := &analysis.Pass{
		Fset: fset, Files: []*ast.File{f},
		ResultOf: map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New([]*ast.File{f})},
		Report:   func(analysis.Diagnostic) { reports++ },
	}
	got, err := Analyzer.Run(pass)
	if err != nil {
		t.Fatal(err)
	}
	if got != want || reports != 0 || len(Analyzer.FactTypes) != 0 {
		t.Errorf("visited %v nodes (want %d), %d reports, %d fact types", got, want, reports, len(Analyzer.FactTypes))
	}
	if err := analysis.Validate([]*analysis.Analyzer{Analyzer}); err != nil {
		t.Error(err)
	}
}
