package integration

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestToolDirective pins errcodelint in a user module with a tool
// directive (go get -tool) and runs it with go tool.
func TestToolDirective(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: builds errcodelint in a user module with go get -tool")
	}
	dir := sample(t, "findings")
	// GOPROXY=off: every module needed is this checkout (replaced) or
	// already in the module cache (go mod download of the main module).
	// Asking the proxy would also look up .../cmd/errcodelint as a module
	// path of an unpublished module, which the proxy may refuse (403).
	env := []string{"GOFLAGS=-mod=mod", "GOPROXY=off"}
	// Start from this checkout's go.sum so no checksum is fetched for
	// modules we already depend on.
	sum, err := os.ReadFile(filepath.Join(repoRoot, "go.sum"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644))

	r := run(t, dir, env, "go", "mod", "edit",
		"-require=github.com/errcodelint/errcodelint@v0.0.0",
		"-replace=github.com/errcodelint/errcodelint="+repoRoot)
	require.Equal(t, 0, r.code, "%s", r)
	r = run(t, dir, env, "go", "get", "-tool", "github.com/errcodelint/errcodelint/cmd/errcodelint")
	require.Equal(t, 0, r.code, "%s", r)
	assert.Contains(t, readFile(t, filepath.Join(dir, "go.mod")), "tool github.com/errcodelint/errcodelint/cmd/errcodelint")

	r = run(t, dir, env, "go", "tool", "errcodelint", "./...")
	assert.Equal(t, exitFindings, r.code, "%s", r)
	assert.Regexp(t, `findings\.go:11:17: .*"ModelArts\.9999"`, r.stderr)

	r = run(t, dir, env, "go", "tool", "errcodelint", "catalog", "show", "ModelArts.0102")
	assert.Equal(t, 0, r.code, "%s", r)
	assert.Contains(t, r.stdout, "The workspace does not exist.")
}
