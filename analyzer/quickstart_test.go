package analyzer_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcodelint/errcodelint/analyzer"
)

// TestQuickstartShowsEveryCheck runs the command the README starts with
// (through this test binary acting as the singlechecker, see TestMain) and
// checks that the sample reports every category.
func TestQuickstartShowsEveryCheck(t *testing.T) {
	repo, err := filepath.Abs("..")
	require.NoError(t, err)
	cmd := exec.Command(os.Args[0], "-json", "./examples/quickstart")
	cmd.Dir = repo
	cmd.Env = append(os.Environ(), "ERRCODELINT_AS_MAIN=1")
	out, err := cmd.Output()
	require.NoError(t, err, "%s", out)
	var res map[string]map[string][]struct {
		Category string `json:"category"`
		Message  string `json:"message"`
	}
	require.NoError(t, json.Unmarshal(out, &res), "%s", out)
	diags := res["github.com/errcodelint/errcodelint/examples/quickstart"]["errcodelint"]
	seen := map[string]bool{}
	for _, d := range diags {
		seen[d.Category] = true
	}
	for _, c := range analyzer.Checks {
		assert.True(t, seen[c], "quickstart has no %s finding", c)
	}
}
