package analyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodelint/errcodelint/analyzer"
)

func testdata() string {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}

// allBut returns every check except the given ones.
func allBut(except ...string) []string {
	var out []string
outer:
	for _, c := range analyzer.Checks {
		for _, e := range except {
			if c == e {
				continue outer
			}
		}
		out = append(out, c)
	}
	return out
}

func TestSites(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: allBut(analyzer.CatUseConstant)})
	analysistest.RunWithSuggestedFixes(t, testdata(), a, "sites")
}

func TestUseConstant(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{analyzer.CatUseConstant}})
	analysistest.RunWithSuggestedFixes(t, testdata(), a, "useconst")
}
