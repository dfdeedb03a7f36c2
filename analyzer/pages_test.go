package analyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodelint/errcodelint/analyzer"
)

// servicePages are other services' error-code pages as a team saves them,
// one of each form (see catalog/testdata/pages).
func servicePages(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, p := range []string{"apig-error-codes.html", "image-recognition.md", "moderation.md", "imagesearch.md", "cce.tsv"} {
		abs, err := filepath.Abs(filepath.Join("..", "catalog", "testdata", "pages", p))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, abs)
	}
	return out
}

// A client of five more services, with their pages loaded: every check
// reports on their codes.
func TestServicePages(t *testing.T) {
	a := analyzer.New(analyzer.Config{Catalogs: servicePages(t), Checks: allBut(analyzer.CatUseConstant)})
	analysistest.Run(t, testdata(), a, "servicepages")
	a = analyzer.New(analyzer.Config{Catalogs: servicePages(t), Checks: []string{analyzer.CatUseConstant}})
	analysistest.Run(t, testdata(), a, "servicepagesconst")
}

// unknown-code only where the catalog can know: families whose own page is
// loaded.
func TestUnknownOnlyInOwnedFamilies(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: allBut(analyzer.CatUseConstant)})
	analysistest.Run(t, testdata(), a, "ownership")
}

func TestUndocumentedCodesPage(t *testing.T) {
	page, err := filepath.Abs(filepath.Join(testdata(), "src", "ownershipundoc", "undocumented.md"))
	if err != nil {
		t.Fatal(err)
	}
	a := analyzer.New(analyzer.Config{Catalogs: []string{page}, Checks: allBut(analyzer.CatUseConstant)})
	analysistest.Run(t, testdata(), a, "ownershipundoc")
}
