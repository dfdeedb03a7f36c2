package analyzer_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// fixPackages are the testdata packages that type-check; every one of them
// gets every suggested fix applied by the real singlechecker -fix path.
var fixPackages = []string{
	"sites", "useconst", "useconstnames", "testconst", "constdef", "constuse", "statusfuncs", "suppress",
	"negative", "prose", "usercat", "generated", "otherpkg", "malformedfix",
}

// TestFixesCompile copies the testdata into a temporary module that
// requires this module (for the real codes package), runs the analyzer with
// -fix through the singlechecker driver (this test binary, see TestMain),
// and checks that the result builds and vets, that no fixable use-constant
// or malformed-code finding remains, and that a second -fix changes nothing.
func TestFixesCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a temporary module")
	}
	repo, err := filepath.Abs("..")
	require.NoError(t, err)
	tmp := t.TempDir()
	gomod := "module fixcheck\n\ngo 1.26\n\nrequire github.com/errcodelint/errcodelint v0.0.0\n\nreplace github.com/errcodelint/errcodelint => " + repo + "\n"
	require.NoError(t, os.WriteFile(filepath.Join(tmp, "go.mod"), []byte(gomod), 0o644))
	sum, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(tmp, "go.sum"), sum, 0o644))
	for _, pkg := range fixPackages {
		src := filepath.Join(repo, "testdata", "src", pkg)
		entries, err := os.ReadDir(src)
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(filepath.Join(tmp, pkg), 0o755))
		for _, e := range entries {
			if e.IsDir() || strings.HasSuffix(e.Name(), ".golden") {
				continue
			}
			data, err := os.ReadFile(filepath.Join(src, e.Name()))
			require.NoError(t, err)
			// GOPATH import paths become module paths.
			data = bytes.ReplaceAll(data, []byte(`"constdef"`), []byte(`"fixcheck/constdef"`))
			require.NoError(t, os.WriteFile(filepath.Join(tmp, pkg, e.Name()), data, 0o644))
		}
	}
	gocmd := func(args ...string) string {
		cmd := exec.Command("go", args...)
		cmd.Dir = tmp
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "go %s:\n%s", strings.Join(args, " "), out)
		return string(out)
	}
	lint := func(args ...string) string {
		cmd := exec.Command(os.Args[0], args...)
		cmd.Dir = tmp
		cmd.Env = append(os.Environ(), "ERRCODELINT_AS_MAIN=1", "GOFLAGS=-mod=mod", "GOWORK=off")
		out, _ := cmd.CombinedOutput() // exit status 3 means findings
		require.NotContains(t, string(out), "panic", "%s", out)
		require.NotContains(t, string(out), "internal error", "%s", out)
		return string(out)
	}
	gocmd("build", "./...") // the testdata compiles before fixing

	catalogFlag := "-catalog=" + filepath.Join(repo, "testdata", "src", "usercat", "acme.md")
	statusFlag := "-status-funcs=fixcheck/statusfuncs.ConvertExpected400ErrInto404Err=400"
	before := lint(catalogFlag, statusFlag, "./...")
	require.Contains(t, before, "use codes.ModelArts0101")

	lint(catalogFlag, statusFlag, "-fix", "./...")
	gocmd("build", "./...")
	gocmd("vet", "-bools=false", "./...") // the testdata repeats codes on purpose

	// Only findings without an automatic fix may remain.
	after := lint(catalogFlag, "-checks=use-constant,malformed-code", "./...")
	for _, line := range strings.Split(strings.TrimSpace(after), "\n") {
		if line == "" || !strings.Contains(line, ".go:") {
			continue
		}
		if strings.Contains(line, "no automatic fix") || strings.Contains(line, " in text: ") || strings.Contains(line, " in a regular expression: ") {
			continue
		}
		t.Errorf("fixable finding left after -fix: %s", line)
	}

	snapshot := func() map[string]string {
		m := map[string]string{}
		_ = filepath.WalkDir(tmp, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".go") {
				data, _ := os.ReadFile(p)
				m[p] = string(data)
			}
			return nil
		})
		return m
	}
	first := snapshot()
	lint(catalogFlag, statusFlag, "-fix", "./...")
	require.Equal(t, first, snapshot(), "a second -fix changed files")
}
