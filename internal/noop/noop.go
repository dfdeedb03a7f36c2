// Package noop defines an analyzer that does the least work an analyzer
// built like errcodelint can do: it requires inspect.Analyzer, visits every
// node of every file through the inspector, reports nothing and declares no
// fact types. Run by the same singlechecker driver as errcodelint, it
// measures the floor of loading, parsing and type-checking that every
// go/analysis tool pays; errcodelint's cost is judged against it (see
// docs/performance.md).
package noop

import (
	"go/ast"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer walks the whole syntax tree and reports nothing. Its result is
// the number of nodes visited, so that the walk cannot be optimised away
// and tests can check that it happened.
var Analyzer = &analysis.Analyzer{
	Name:             "noop",
	Doc:              "walk every syntax node and report nothing (the performance floor for errcodelint)",
	Requires:         []*analysis.Analyzer{inspect.Analyzer},
	Run:              run,
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[int](),
}

func run(pass *analysis.Pass) (any, error) {
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	nodes := 0
	in.Preorder(nil, func(ast.Node) { nodes++ })
	return nodes, nil
}
