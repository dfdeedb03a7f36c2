package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodelint/errcodelint/analyzer"
)

// TestUseConstantBlankImport: a file that imports the constants package
// blank gets a fix naming that import, under the name the file leaves
// free (package useconstblank).
func TestUseConstantBlankImport(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{analyzer.CatUseConstant}})
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "useconstblank")
}
