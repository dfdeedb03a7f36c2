package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodelint/errcodelint/analyzer"
)

// TestLineDirectives: suppression comments in a file with //line
// directives are matched by physical lines, and a //line directive between
// an ignore comment and the code does not separate them.
func TestLineDirectives(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: allBut(analyzer.CatUseConstant)})
	analysistest.Run(t, analysistest.TestData(), a, "linedirective")
}

// TestStatusTies: which statuses tie a code (package ties).
func TestStatusTies(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: allBut(analyzer.CatUseConstant)})
	analysistest.Run(t, analysistest.TestData(), a, "ties")
}
