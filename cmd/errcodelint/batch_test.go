package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"

	"github.com/errcodelint/errcodelint/bench/synth"
	"github.com/errcodelint/errcodelint/internal/batch"
)

// mainEnv makes the test binary run the command's main function, so that
// tests run the command (both drivers) without building it; the batching
// driver also runs it as its go/packages driver (batch.Serve).
const mainEnv = "ERRCODELINT_TEST_MAIN"

func TestMain(m *testing.M) {
	if batch.Serve() {
		os.Exit(0)
	}
	if os.Getenv(mainEnv) == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

type result struct {
	code           int
	stdout, stderr string
}

// command runs this test binary as errcodelint in dir with args, and env
// added to the environment.
func command(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	self, err := os.Executable()
	require.NoError(t, err)
	cmd := exec.Command(self, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), mainEnv+"=1"), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	return result{cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()}
}

var useSinglechecker = []string{driverEnv + "=singlechecker"}

// writeModule writes a module of the given files into a temporary directory.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/m\n\ngo 1.22\n"
	for name, src := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
	}
	return dir
}

// The batching driver's findings are singlechecker's: the same -json
// output, byte for byte, and the same text lines, on the synthetic module
// (packages with internal and external tests, cross-package imports, the
// constants package), loaded in many batches.
func TestDriversAgreeOnSynth(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a 200-file module with both drivers")
	}
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	dir := filepath.Join(t.TempDir(), "synth")
	opt := synth.DefaultOptions(200, root)
	opt.PerPackage = 10
	_, err = synth.Write(dir, opt)
	require.NoError(t, err)

	want := command(t, dir, useSinglechecker, "-json", "./...")
	require.Equal(t, 0, want.code, "%s", want.stderr)
	got := command(t, dir, nil, "-json", "-batch=25", "./...")
	require.Equal(t, 0, got.code, "%s", got.stderr)
	var tree map[string]map[string][]any
	require.NoError(t, json.Unmarshal([]byte(want.stdout), &tree))
	require.Greater(t, len(tree), 10, "the synthetic module has findings in most packages")
	assert.Equal(t, want.stdout, got.stdout)

	want = command(t, dir, useSinglechecker, "-c=1", "./...")
	got = command(t, dir, nil, "-c=1", "-batch=25", "./...")
	assert.Equal(t, 3, want.code, "%s", want.stderr)
	assert.Equal(t, 3, got.code, "%s", got.stderr)
	sorted := func(s string) []string { l := strings.Split(s, "\n"); slices.Sort(l); return l }
	assert.Equal(t, sorted(want.stderr), sorted(got.stderr))
}

// A package that fails to type-check: its errors are printed, the other
// packages are analysed, and the command exits 1 even though there are
// findings; with -json the package's entry carries the errors.
func TestTypeErrorsExitOneWithFindings(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"a/a.go":    "package a\n\nfunc Bad() int { return \"x\" }\n\nfunc Code(c string) bool { return c == \"ModelArts.9999\" }\n",
		"ok/ok.go":  "package ok\n\nfunc Code(c string) bool { return c == \"ModelArts.9998\" }\n",
		"ok/go2.go": "package ok\n",
	})
	for _, size := range []string{"-batch=1", "-batch=0", "-batch=400"} {
		r := command(t, dir, nil, size, "./...")
		assert.Equal(t, 1, r.code, "%s: %s", size, r.stderr)
		assert.Contains(t, r.stderr, "a.go:3:", size)
		assert.Contains(t, r.stderr, `"ModelArts.9999"`, size)
		assert.Contains(t, r.stderr, `"ModelArts.9998"`, size)

		r = command(t, dir, nil, size, "-json", "./...")
		assert.Equal(t, 1, r.code, "%s: %s", size, r.stderr)
		var tree map[string]map[string]json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(r.stdout), &tree), r.stdout)
		var typeErr struct{ Error string }
		require.NoError(t, json.Unmarshal(tree["example.com/m/a"][batch.TypecheckName], &typeErr), r.stdout)
		assert.Contains(t, typeErr.Error, "a.go:3:")
		assert.Contains(t, string(tree["example.com/m/a"]["errcodelint"]), "ModelArts.9999")
		assert.Contains(t, string(tree["example.com/m/ok"]["errcodelint"]), "ModelArts.9998")
		assert.NotContains(t, tree["example.com/m/ok"], batch.TypecheckName)
	}
}

// A panic in the analyzer is reported as an error for its package, not as
// a crash: exit 1, the other packages' findings printed, the stack only on
// request.
func TestPanicIsAnErrorOfItsPackage(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"boom/boom.go": "package boom\n\nconst X = 1\n",
		"ok/ok.go":     "package ok\n\nfunc Code(c string) bool { return c == \"ModelArts.9998\" }\n",
	})
	newA := func() *analysis.Analyzer {
		a := newAnalyzer(false)
		run := a.Run
		a.Run = func(pass *analysis.Pass) (any, error) {
			if pass.Pkg.Name() == "boom" {
				_ = pass.Files[len(pass.Files)] // a runtime panic
			}
			return run(pass)
		}
		recoverRun(a)
		return a
	}
	t.Chdir(dir)
	for _, stack := range []bool{false, true} {
		if stack {
			t.Setenv("ERRCODELINT_STACK", "1")
		}
		var stdout, stderr bytes.Buffer
		code := standaloneMain(newA, []string{"-batch=1", "./..."}, &stdout, &stderr)
		assert.Equal(t, 1, code, stderr.String())
		assert.Contains(t, stderr.String(), "errcodelint: internal error analysing package example.com/m/boom: runtime error: index out of range")
		assert.Contains(t, stderr.String(), `"ModelArts.9998"`)
		assert.Equal(t, stack, strings.Contains(stderr.String(), "goroutine "), stderr.String())
	}
}

func TestBatchDriverArgs(t *testing.T) {
	for _, args := range [][]string{
		{"./..."},
		{"-json", "./..."},
		{"-c", "2", "-test=false", "./..."},
		{"-checks", "unknown-code", "-prose", "./..."},
		{"-batch=10", "--", "-x"},
		{"-sarif", "out.sarif", "-fix", "./..."}, // -sarif mode rejects -fix itself
	} {
		assert.True(t, batchDriver(args), "%q", args)
	}
	for _, args := range [][]string{
		{"-fix", "./..."},
		{"-checks=use-constant", "-diff", "./..."},
		{"-V=full"},
		{"-flags"},
		{"-help"},
		{"-debug=t", "./..."},
		{"-no-such-flag", "./..."},
		{"-checks=unknown-code", "/tmp/go-build1/b001/vet.cfg"},
	} {
		assert.False(t, batchDriver(args), "%q", args)
	}
	t.Setenv(driverEnv, "singlechecker")
	assert.False(t, batchDriver([]string{"./..."}))
}
