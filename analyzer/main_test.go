package analyzer_test

import (
	"os"
	"testing"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/errcodelint/errcodelint/analyzer"
)

// TestMain lets the test binary act as the errcodelint command (the
// singlechecker driver with the default analyzer) when re-executed with
// ERRCODELINT_AS_MAIN=1, so that tests can run the real -fix path.
func TestMain(m *testing.M) {
	if os.Getenv("ERRCODELINT_AS_MAIN") == "1" {
		singlechecker.Main(analyzer.Analyzer)
		return
	}
	os.Exit(m.Run())
}
