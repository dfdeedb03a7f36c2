// Package noop defines the benchmark's yardsticks for errcodelint (see
// bench/ and docs/performance.md), each run by the same driver as
// errcodelint (the batching driver of internal/batch, or singlechecker):
//
//   - Analyzer does the least work an analyzer built like errcodelint can
//     do: it requires inspect.Analyzer, visits every node of every file
//     through the inspector, reports nothing and declares no fact types.
//     It measures the floor of loading, parsing and type-checking that
//     every go/analysis tool pays.
//   - NewFloor reports what errcodelint reports on code-dense code at the
//     least cost: it measures what the driver charges per finding.
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
