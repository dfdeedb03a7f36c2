package integration

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// preCommit returns the pre-commit executable. The test installs nothing:
// .ci/run installs pre-commit; elsewhere a missing pre-commit skips the
// test, except under CI=true, where it fails.
func preCommit(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("pre-commit")
	if err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("pre-commit is not installed; .ci/run installs it (apt-get install -y pre-commit)")
	}
	t.Skip("pre-commit is not installed: skipping the pre-commit hook test (install it with apt-get install pre-commit or pip install pre-commit; under CI=true this fails)")
	return ""
}

// TestPreCommitHooks runs both hooks of .pre-commit-hooks.yaml with
// "pre-commit try-repo" against a clone of this repository's HEAD (so it
// exercises committed code), in a git repository holding a sample module.
// pre-commit's golang language builds the hooks with "go install ./..." in
// its own GOPATH; GOMODCACHE is kept so the module cache is reused.
func TestPreCommitHooks(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: builds both hooks with pre-commit")
	}
	pc := preCommit(t)
	r := run(t, repoRoot, nil, "go", "env", "GOMODCACHE")
	require.Equal(t, 0, r.code, "%s", r)
	env := []string{
		"PRE_COMMIT_HOME=" + t.TempDir(), // fresh hook environments (try-repo always uses a temporary one)
		"GOMODCACHE=" + strings.TrimSpace(r.stdout),
		"GOTOOLCHAIN=local",
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com",
	}

	clone := filepath.Join(t.TempDir(), "errcodelint")
	// safe.directory: CI checkouts may belong to another user.
	r = run(t, repoRoot, env, "git", "-c", "safe.directory=*", "clone", "--quiet", repoRoot, clone)
	require.Equal(t, 0, r.code, "%s", r)

	gitSample := func(name string) string {
		dir := sample(t, name)
		for _, args := range [][]string{{"init", "--quiet"}, {"add", "--all"}} {
			r := run(t, dir, env, "git", args...)
			require.Equal(t, 0, r.code, "%s", r)
		}
		return dir
	}
	findings := gitSample("findings")
	clean := gitSample("clean")

	for _, hook := range []string{"errcodelint", "errcodelint-vet"} {
		t.Run(hook, func(t *testing.T) {
			r := run(t, findings, env, pc, "try-repo", clone, hook, "--all-files")
			out := r.stdout + r.stderr
			assert.Equal(t, 1, r.code, "the hook must fail on findings: %s", r)
			assert.Contains(t, out, "Failed")
			assert.Regexp(t, `findings\.go:6:17: .*"modelarts\.0102"`, out)
			assert.Regexp(t, `findings\.go:11:17: .*"ModelArts\.9999"`, out)

			r = run(t, clean, env, pc, "try-repo", clone, hook, "--all-files")
			assert.Equal(t, 0, r.code, "the hook must pass on a clean module: %s", r)
			assert.Contains(t, r.stdout+r.stderr, "Passed")
		})
	}

	// The .pre-commit-config.yaml a user writes (README), with args
	// overriding the hook's default.
	t.Run("user config", func(t *testing.T) {
		r := run(t, clone, env, "git", "rev-parse", "HEAD")
		require.Equal(t, 0, r.code, "%s", r)
		config := "repos:\n" +
			"  - repo: " + clone + "\n" +
			"    rev: " + strings.TrimSpace(r.stdout) + "\n" +
			"    hooks:\n" +
			"      - id: errcodelint\n" +
			"        args: [-checks=unknown-code, ./...]\n"
		require.NoError(t, os.WriteFile(filepath.Join(findings, ".pre-commit-config.yaml"), []byte(config), 0o644))
		r = run(t, findings, env, "git", "add", ".pre-commit-config.yaml")
		require.Equal(t, 0, r.code, "%s", r)
		r = run(t, findings, env, pc, "run", "--all-files")
		out := r.stdout + r.stderr
		assert.Equal(t, 1, r.code, "%s", r)
		assert.Regexp(t, `findings\.go:11:17: .*"ModelArts\.9999"`, out)
		assert.NotContains(t, out, "modelarts.0102", "-checks=unknown-code from args applies")
	})
}
