package integration

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcodelint/errcodelint/internal/repotest"
)

// golangciVersion is the golangci-lint release the plugin is tested with.
const golangciVersion = "v2.15.0"

// wrapperGoMod is the go.mod of the custom golangci-lint: golangci-lint's
// own main package (copied from its module zip) plus a blank import of our
// plugin, which is what "golangci-lint custom" generates after cloning
// golangci-lint with git. Git is not available here; the module proxy is.
const wrapperGoMod = `module errcodelint.test/custom-gcl

go 1.26.0

require (
	github.com/errcodelint/errcodelint v0.0.0
	github.com/golangci/golangci-lint/v2 %s
)

replace github.com/errcodelint/errcodelint => %s
`

const wrapperPlugins = `package main

// Module plugins, as "golangci-lint custom" declares them.
import _ "github.com/errcodelint/errcodelint/plugin"
`

var (
	customGCLOnce sync.Once
	customGCLPath string
	customGCLErr  error
)

// customGolangci returns a golangci-lint binary with the errcodelint plugin,
// built once per test binary run and cached across runs under the user
// cache directory, keyed by a hash of every input: the golangci-lint
// version, the Go version, the wrapper, and the source of every package of
// this module the plugin links (catalog data included).
func customGolangci(t *testing.T) string {
	t.Helper()
	customGCLOnce.Do(func() { customGCLPath, customGCLErr = buildCustomGolangci(t) })
	require.NoError(t, customGCLErr)
	return customGCLPath
}

func buildCustomGolangci(t *testing.T) (string, error) {
	// Locate golangci-lint's module source (downloads it from the proxy
	// when missing).
	r := run(t, repoRoot, nil, "go", "mod", "download", "-json", "github.com/golangci/golangci-lint/v2@"+golangciVersion)
	if r.code != 0 {
		return "", fmt.Errorf("go mod download: %s", r)
	}
	var mod struct{ Dir string }
	if err := json.Unmarshal([]byte(r.stdout), &mod); err != nil || mod.Dir == "" {
		return "", fmt.Errorf("go mod download: no module directory in %q (%v)", r.stdout, err)
	}
	mainSrc, err := os.ReadFile(filepath.Join(mod.Dir, "cmd", "golangci-lint", "main.go"))
	if err != nil {
		return "", err
	}
	goMod := fmt.Sprintf(wrapperGoMod, golangciVersion, repoRoot)

	key, err := pluginInputsHash(t, runtime.Version(), golangciVersion, goMod, wrapperPlugins, string(mainSrc))
	if err != nil {
		return "", err
	}
	cacheRoot, err := os.UserCacheDir()
	if err != nil {
		cacheRoot = os.TempDir()
	}
	cacheDir := filepath.Join(cacheRoot, "errcodelint-integration")
	bin := filepath.Join(cacheDir, "custom-gcl-"+key[:20])
	if _, err := os.Stat(bin); err == nil {
		t.Logf("reusing cached custom golangci-lint %s", bin)
		return bin, nil
	}

	start := time.Now()
	dir := t.TempDir()
	for name, content := range map[string]string{"go.mod": goMod, "main.go": string(mainSrc), "plugins.go": wrapperPlugins} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			return "", err
		}
	}
	env := []string{"GOFLAGS=-mod=mod"}
	if r := run(t, dir, env, "go", "mod", "tidy"); r.code != 0 {
		return "", fmt.Errorf("go mod tidy of the custom golangci-lint: %s", r)
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return "", err
	}
	tmp := fmt.Sprintf("%s.%d.tmp", bin, os.Getpid())
	version := strings.TrimPrefix(golangciVersion, "v") + "-errcodelint"
	r = run(t, dir, env, "go", "build", "-ldflags", "-s -w -X main.version="+version, "-o", tmp, ".")
	if r.code != 0 {
		return "", fmt.Errorf("building the custom golangci-lint: %s", r)
	}
	if err := os.Rename(tmp, bin); err != nil {
		return "", err
	}
	t.Logf("built custom golangci-lint %s in %v", bin, time.Since(start).Round(time.Second))
	return bin, nil
}

// pluginInputsHash hashes extra plus the Go files, embedded files, go.mod
// and go.sum of every package of this module that the plugin depends on.
func pluginInputsHash(t *testing.T, extra ...string) (string, error) {
	h := sha256.New()
	for _, s := range extra {
		fmt.Fprintf(h, "%d:%s\n", len(s), s)
	}
	r := run(t, repoRoot, nil, "go", "list", "-deps",
		"-f", `{{if not .Standard}}{{.Dir}}{{range .GoFiles}}{{"\t"}}{{.}}{{end}}{{range .EmbedFiles}}{{"\t"}}{{.}}{{end}}{{end}}`,
		"./plugin")
	if r.code != 0 {
		return "", fmt.Errorf("go list: %s", r)
	}
	files := []string{filepath.Join(repoRoot, "go.mod"), filepath.Join(repoRoot, "go.sum")}
	for _, line := range strings.Split(r.stdout, "\n") {
		fields := strings.Split(line, "\t")
		dir := fields[0]
		if dir == "" || (dir != repoRoot && !strings.HasPrefix(dir, repoRoot+string(filepath.Separator))) {
			continue // other modules are pinned by go.sum
		}
		for _, f := range fields[1:] {
			files = append(files, filepath.Join(dir, f))
		}
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s\n", strings.TrimPrefix(f, repoRoot))
		_, err = io.Copy(h, fh)
		fh.Close()
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func TestGolangciLintPlugin(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: builds a custom golangci-lint (minutes on an empty build cache)")
	}
	gcl := customGolangci(t)
	dir := sample(t, "golangci")
	file := filepath.Join(dir, "gci.go")
	env := []string{"GOLANGCI_LINT_CACHE=" + t.TempDir()}

	r := run(t, dir, env, gcl, "linters")
	require.Equal(t, 0, r.code, "%s", r)
	assert.Contains(t, r.stdout, "errcodelint", "the plugin is registered and enabled")

	r = run(t, dir, env, gcl, "run", "--output.text.print-issued-lines=false", "./...")
	assert.Equal(t, 1, r.code, "golangci-lint exits 1 when there are issues: %s", r)
	out := r.stdout
	for _, re := range []string{
		`gci\.go:31:17: .*malformed.*"modelarts\.0102".*"ModelArts\.0102".* \(errcodelint\)`,
		`gci\.go:36:17: .*unknown.*"ModelArts\.9999".* \(errcodelint\)`,
		// status-funcs setting: the helper ties the code to 404.
		`gci\.go:46:25: .*"ModelArts\.0101".*404.*400.* \(errcodelint\)`,
		// catalog setting: the Shop family comes from the user's page.
		`gci\.go:51:17: .*unknown.*"Shop\.1009".* \(errcodelint\)`,
	} {
		assert.Regexp(t, re, out)
	}
	// //nolint:errcodelint is honoured.
	assert.NotContains(t, out, "ModelArts.9998")
	assert.NotContains(t, out, `"Shop.1001"`, "documented by the user's page")
	// checks setting: use-constant is off.
	assert.NotContains(t, out, "named constant")
	assert.Contains(t, out, "4 issues")

	// --fix applies the malformed-code fix and leaves the rest.
	r = run(t, dir, env, gcl, "run", "--fix", "./...")
	assert.Equal(t, 1, r.code, "unfixable issues remain: %s", r)
	src := readFile(t, file)
	assert.Contains(t, src, `return code == "ModelArts.0102"`)
	assert.NotContains(t, src, "modelarts.0102")
	assert.Contains(t, src, `return code == "ModelArts.9999"`, "unknown codes have no automatic fix")
	r = run(t, dir, env, gcl, "run", "./...")
	assert.NotContains(t, r.stdout, "malformed")
	assert.Contains(t, r.stdout, "3 issues")

	// Settings are decoded strictly: a misspelled key stops golangci-lint.
	cfg := filepath.Join(dir, ".golangci.yml")
	yml := readFile(t, cfg)
	require.NoError(t, os.WriteFile(cfg, []byte(strings.Replace(yml, "status-funcs:", "status-func:", 1)), 0o644))
	r = run(t, dir, env, gcl, "run", "./...")
	assert.NotEqual(t, 0, r.code, "%s", r)
	assert.NotEqual(t, 1, r.code, "a configuration error is not an issue report: %s", r)
	assert.Contains(t, r.stdout+r.stderr, `status-func: unknown key; did you mean status-funcs?`)
}

// TestGolangciLintDefaults runs the plugin with golangci-lint's default
// settings and errcodelint's (every check): one issue per literal, of its
// most important problem, so that uniq-by-line (one issue per line) keeps
// the right one; one fix per issue, so that --fix (which applies every fix
// it is given) rewrites each literal to its constant once, and the result
// builds; a second --fix changes nothing.
func TestGolangciLintDefaults(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: builds a custom golangci-lint (minutes on an empty build cache)")
	}
	gcl := customGolangci(t)
	dir := sample(t, "golangcidefault")
	repotest.WriteModule(t, dir, "example.com/dflt", repoRoot)
	file := filepath.Join(dir, "dflt.go")
	env := []string{"GOLANGCI_LINT_CACHE=" + t.TempDir(), "GOFLAGS=-mod=mod", "GOWORK=off"}

	r := run(t, dir, env, gcl, "run", "--output.text.print-issued-lines=false", "./...")
	assert.Equal(t, 1, r.code, "%s", r)
	out := r.stdout
	for _, re := range []string{
		`dflt\.go:14:24: ambiguous error code "ModelArts\.0204".*; also error code "ModelArts\.0204" is written as a raw string; use codes\.ModelArts0204 \(errcodelint\)`,
		`dflt\.go:19:24: malformed error code "modelarts\.0204".*; also ambiguous error code "ModelArts\.0204".* \(errcodelint\)`,
		`dflt\.go:24:47: error code "ModelArts\.0101" is tied to status 404 here.*; also error code "ModelArts\.0101" is written as a raw string.* \(errcodelint\)`,
		`dflt\.go:29:24: error code "ModelArts\.4352" is written as a raw string; use codes\.ModelArts4352 \(errcodelint\)`,
		`dflt\.go:34:24: unknown error code "ModelArts\.9999".* \(errcodelint\)`,
	} {
		assert.Regexp(t, re, out)
	}
	assert.Contains(t, out, "5 issues")

	r = run(t, dir, env, gcl, "run", "--fix", "./...")
	assert.Equal(t, 1, r.code, "unfixable issues remain: %s", r)
	assert.NotContains(t, r.stdout+r.stderr, "conflict", "one fix per issue: no conflicting edits")
	src := readFile(t, file)
	for _, want := range []string{
		`import "github.com/errcodelint/errcodelint/codes"`,
		`return e.ErrorCode == codes.ModelArts0204`,
		`return e.StatusCode == 404 && e.ErrorCode == codes.ModelArts0101`,
		`return e.ErrorCode == codes.ModelArts4352`,
		`return e.ErrorCode == "ModelArts.9999"`,
	} {
		assert.Contains(t, src, want)
	}
	assert.NotContains(t, src, `"modelarts.0204"`)
	r = run(t, "", env, "go", "-C", dir, "build", "./...")
	assert.Equal(t, 0, r.code, "the fixed module builds: %s", r)

	r = run(t, dir, env, gcl, "run", "--output.text.print-issued-lines=false", "./...")
	assert.Contains(t, r.stdout, "4 issues", "ambiguous (twice), mismatch and unknown remain, without fixes: %s", r)
	assert.NotContains(t, r.stdout, "raw string")
	r = run(t, dir, env, gcl, "run", "--fix", "./...")
	assert.Equal(t, src, readFile(t, file), "a second --fix changes nothing")
}
