package analyzer

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
)

// TestSkipNonTestFilesInTestVariants runs the analyzer with and without
// Config.SkipNonTestFilesInTestVariants over a synthetic module loaded with
// its tests, as the standalone driver does: the findings, deduplicated by
// position and message as the driver prints them, must be the same, and
// with the option no test variant reports in a non-test file, so each
// finding is computed once.
func TestSkipNonTestFilesInTestVariants(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a module")
	}
	pkgs := synthPackages(t, 60)
	run := func(skip bool) (printed []string, inTestVariantNonTest, total int) {
		a := New(Config{SkipNonTestFilesInTestVariants: skip})
		g, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
		require.NoError(t, err)
		seen := map[string]bool{}
		for act := range g.All() {
			require.NoError(t, act.Err)
			if !act.IsRoot || act.Analyzer != a {
				continue
			}
			tests, files := 0, 0
			for _, f := range act.Package.CompiledGoFiles {
				files++
				if strings.HasSuffix(f, "_test.go") {
					tests++
				}
			}
			testVariant := tests > 0 && tests < files
			for _, d := range act.Diagnostics {
				total++
				posn := act.Package.Fset.Position(d.Pos)
				if testVariant && !strings.HasSuffix(posn.Filename, "_test.go") {
					inTestVariantNonTest++
				}
				var fixes []string
				for _, sf := range d.SuggestedFixes {
					fixes = append(fixes, sf.Message)
				}
				k := fmt.Sprintf("%s: %s: %s %v", posn, d.Category, d.Message, fixes)
				if !seen[k] {
					seen[k] = true
					printed = append(printed, k)
				}
			}
		}
		slices.Sort(printed)
		return printed, inTestVariantNonTest, total
	}
	all, dupAll, totalAll := run(false)
	skipped, dupSkipped, totalSkipped := run(true)
	require.NotEmpty(t, all)
	assert.Equal(t, all, skipped, "the printed findings must not change")
	assert.Positive(t, dupAll, "without the option, test variants report in non-test files")
	assert.Zero(t, dupSkipped, "with the option, test variants report only in their tests")
	assert.Less(t, totalSkipped, totalAll)
	t.Logf("findings computed: %d without the option, %d with it (%d printed)", totalAll, totalSkipped, len(all))
}
