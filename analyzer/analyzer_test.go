package analyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodelint/errcodelint/analyzer"
)

func testdata() string { return analysistest.TestData() }

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

// TestChecks runs each check's own testdata package, named after the check
// (testdata/src/<check>). use-constant reports every raw literal of a
// documented code, so it runs alone on its package; the other checks run
// together, without it, on theirs.
func TestChecks(t *testing.T) {
	for _, c := range analyzer.AllChecks() {
		t.Run(c.Name, func(t *testing.T) {
			checks := allBut(analyzer.CatUseConstant)
			if c.Name == analyzer.CatUseConstant {
				checks = []string{c.Name}
			}
			a := analyzer.New(analyzer.Config{Checks: checks})
			results := analysistest.RunWithSuggestedFixes(t, testdata(), a, c.Name)
			n := 0
			for _, r := range results {
				for _, d := range r.Diagnostics {
					if d.Category == c.Name {
						n++
					}
					if d.URL != "https://github.com/errcodelint/errcodelint#"+d.Category {
						t.Errorf("%s: diagnostic %q has URL %q", d.Category, d.Message, d.URL)
					}
				}
			}
			if n == 0 {
				t.Errorf("no %s diagnostics in testdata/src/%s", c.Name, c.Name)
			}
		})
	}
}

func TestUseConstant(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{analyzer.CatUseConstant}})
	analysistest.RunWithSuggestedFixes(t, testdata(), a, "useconstnames", "testconst")
}

func TestConstantsAcrossPackages(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: allBut(analyzer.CatUseConstant)})
	analysistest.Run(t, testdata(), a, "constdef", "constuse")
}

func TestStatusFuncs(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: allBut(analyzer.CatUseConstant)})
	if err := a.Flags.Set("status-funcs", "statusfuncs.ConvertExpected400ErrInto404Err=400, statusfuncs.(*Checker).Expect404=404, statusfuncs.CheckForbidden=403"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata(), a, "statusfuncs")
}

func TestSuppression(t *testing.T) {
	analysistest.Run(t, testdata(), analyzer.New(analyzer.Config{Checks: allBut(analyzer.CatUseConstant)}), "suppress")
}

func TestGeneratedFilesSkipped(t *testing.T) {
	analysistest.Run(t, testdata(), analyzer.New(analyzer.Config{}), "generated")
}

func TestTypeErrors(t *testing.T) {
	analysistest.Run(t, testdata(), analyzer.New(analyzer.Config{Checks: allBut(analyzer.CatUseConstant)}), "typeerrors")
}

func TestProse(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: allBut(analyzer.CatUseConstant)})
	if err := a.Flags.Set("prose", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata(), a, "prose")
}

func TestNegative(t *testing.T) {
	analysistest.Run(t, testdata(), analyzer.New(analyzer.Config{}), "negative")
}

func TestUserCatalog(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: allBut(analyzer.CatUseConstant)})
	if err := a.Flags.Set("catalog", "analyzer/testdata/src/usercat/acme.md"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata(), a, "usercat")
}

func TestConstantsPkgNotADependency(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{analyzer.CatUseConstant}})
	if err := a.Flags.Set("constants-pkg", "example.com/errconsts"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata(), a, "otherpkg")
}

// A constants package that the package reaches only through another import
// is a dependency already: the fix imports it.
func TestConstantsPkgTransitiveDependency(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{analyzer.CatUseConstant}})
	if err := a.Flags.Set("constants-pkg", "example.com/errconsts"); err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata(), a, "transdep", "otherpkg")
}

func TestMalformedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(), analyzer.New(analyzer.Config{}), "malformedfix")
}

func TestModuleWithoutDependency(t *testing.T) {
	dir := filepath.Join(testdata(), "src", "nodepmod")
	analysistest.Run(t, dir, analyzer.New(analyzer.Config{Checks: []string{analyzer.CatUseConstant}}), "./...")
}
