package soundness

import (
	"fmt"
	"slices"
	"testing"

	"github.com/errcodelint/errcodelint/internal/repotest"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// load loads patterns in dir as the singlechecker driver does for
// analyzers without facts: syntax and types for the named packages, export
// data for their dependencies.
func load(t testing.TB, dir string, tests bool, patterns ...string) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode:  packages.LoadSyntax | packages.NeedModule,
		Dir:   dir,
		Tests: tests,
		Env:   repotest.GoEnv(),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d errors loading %v", n, patterns)
	}
	return pkgs
}

// finding is one diagnostic in a comparable form.
type finding struct {
	Analyzer, Pkg, Posn, Category, Message string
	Fixes                                  int
}

func (f finding) String() string {
	return fmt.Sprintf("%s: %s [%s] %s (%d fixes)", f.Posn, f.Analyzer, f.Category, f.Message, f.Fixes)
}

// analyze runs analyzers over pkgs with the checker package and returns
// the root findings, sorted. Analysis errors (and panics, which the checker
// turns into errors) fail the test. It may be called from any goroutine.
func analyze(t testing.TB, pkgs []*packages.Package, analyzers []*analysis.Analyzer, sequential bool) []finding {
	t.Helper()
	g, err := checker.Analyze(analyzers, pkgs, &checker.Options{Sequential: sequential})
	if err != nil {
		t.Error(err)
		return nil
	}
	var out []finding
	for act := range g.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
			continue
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			out = append(out, finding{
				Analyzer: act.Analyzer.Name,
				Pkg:      act.Package.ID,
				Posn:     act.Package.Fset.Position(d.Pos).String(),
				Category: d.Category,
				Message:  d.Message,
				Fixes:    len(d.SuggestedFixes),
			})
		}
	}
	slices.SortFunc(out, func(a, b finding) int {
		for _, c := range [][2]string{{a.Posn, b.Posn}, {a.Analyzer, b.Analyzer}, {a.Pkg, b.Pkg}, {a.Message, b.Message}} {
			if c[0] != c[1] {
				if c[0] < c[1] {
					return -1
				}
				return 1
			}
		}
		return 0
	})
	return out
}
