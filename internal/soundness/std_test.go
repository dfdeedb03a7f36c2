package soundness

import (
	"testing"

	"github.com/errcodelint/errcodelint/internal/repotest"

	"golang.org/x/tools/go/analysis"

	"github.com/errcodelint/errcodelint/analyzer"
)

// stdSlice is a part of the standard library with many strings, calls and
// switches, none of which is a Huawei Cloud error code. All of std and
// golang.org/x/tools are checked by scripts/stdcheck.sh.
var stdSlice = []string{"strings", "strconv", "errors", "net/url", "encoding/json", "net/http", "regexp", "go/ast"}

// TestStandardLibraryIsClean runs the default analyzer, and one with
// -prose, over stdSlice including its tests: no diagnostic, no panic, no
// analysis error.
func TestStandardLibraryIsClean(t *testing.T) {
	if testing.Short() {
		t.Skip("loads and type-checks part of the standard library")
	}
	pkgs := load(t, repotest.RootT(t), true, stdSlice...)
	if len(pkgs) < len(stdSlice) {
		t.Fatalf("loaded %d packages, want at least %d", len(pkgs), len(stdSlice))
	}
	prose := analyzer.New(analyzer.Config{Prose: true})
	for _, f := range analyze(t, pkgs, []*analysis.Analyzer{analyzer.Analyzer, prose}, false) {
		t.Errorf("false positive in the standard library: %s", f)
	}
}
