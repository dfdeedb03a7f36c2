package soundness

import (
	"slices"
	"sync"
	"testing"

	"github.com/errcodelint/errcodelint/internal/repotest"

	"golang.org/x/tools/go/analysis"

	"github.com/errcodelint/errcodelint/analyzer"
	"github.com/errcodelint/errcodelint/bench/synth"
)

// TestParallelEqualsSequential analyzes a generated module (several
// packages importing each other, with and without tests) with two
// differently configured analyzer instances at once: the checker runs the
// packages in parallel, and two such runs go on concurrently, sharing the
// instances' lazily built state. Under -race this must be clean, and every
// run must report exactly what a sequential run reports.
func TestParallelEqualsSequential(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and loads a module")
	}
	dir := t.TempDir()
	opt := synth.DefaultOptions(100, repotest.RootT(t))
	opt.Dense = true
	if _, err := synth.Write(dir, opt); err != nil {
		t.Fatal(err)
	}
	pkgs := load(t, dir, true, "./...")
	if len(pkgs) < 8 {
		t.Fatalf("loaded %d packages, want at least 8", len(pkgs))
	}

	// Fresh instances for each run, so that the sequential reference does
	// not warm the state the parallel runs share.
	instances := func() []*analysis.Analyzer {
		prose := analyzer.New(analyzer.Config{Prose: true, StatusFuncs: []string{"example.com/synth/sdk/sdkerr.ConvertExpected400ErrInto404Err=400"}})
		return []*analysis.Analyzer{analyzer.New(analyzer.Config{}), prose}
	}
	want := analyze(t, pkgs, instances(), true)
	cats := map[string]int{}
	for _, f := range want {
		cats[f.Category]++
	}
	for _, c := range []string{analyzer.CatUseConstant, analyzer.CatAmbiguous, analyzer.CatMalformed} {
		if cats[c] == 0 {
			t.Errorf("the sequential run found no %s; the module should exercise every check (found %v)", c, cats)
		}
	}

	shared := instances()
	var wg sync.WaitGroup
	results := make([][]finding, 3)
	for i := range results {
		wg.Go(func() { results[i] = analyze(t, pkgs, shared, false) })
	}
	wg.Wait()
	for i, got := range results {
		if !slices.Equal(got, want) {
			t.Errorf("parallel run %d: %d findings, sequential: %d", i, len(got), len(want))
			for _, f := range got {
				if !slices.Contains(want, f) {
					t.Errorf("  only in the parallel run: %s", f)
				}
			}
			for _, f := range want {
				if !slices.Contains(got, f) {
					t.Errorf("  only in the sequential run: %s", f)
				}
			}
		}
	}
}
