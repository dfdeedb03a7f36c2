package integration

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// vetArgs are the analyzer flags the vet tests pass: a catalog relative to
// the module root (go vet runs the tool in each package's directory, so the
// analyzer must resolve it from the module root), a status helper, and the
// checks whose findings the sample is built around.
var vetArgs = []string{
	"-catalog=docs/shop-errors.md",
	"-status-funcs=example.com/vetmod/errs.IsNotFound=404",
	"-checks=unknown-code,malformed-code,status-mismatch",
	"./...",
}

// assertVetFindings checks the findings of vetmod under vetArgs. go vet
// prints positions relative to the working directory.
func assertVetFindings(t *testing.T, out string) {
	t.Helper()
	want := []string{
		// From the user catalog: Shop.1009 is unknown in a family only the
		// user's page defines...
		`client/client\.go:13:17: .*unknown.*"Shop\.1009".*Shop\.1001`,
		// ...the helper configured with 404 mismatches a 400-only code...
		`server/server\.go:9:30: .*"ModelArts\.0102".*404.*400`,
		// ...and a code in the wrong case is malformed.
		`server/server\.go:14:17: .*malformed.*"MODELARTS\.0101".*"ModelArts\.0101"`,
	}
	for _, re := range want {
		assert.Regexp(t, re, out)
	}
	// Shop.1002 is documented (404) by the user's page and passed to the
	// 404 helper: no finding on that line.
	assert.NotRegexp(t, `client/client\.go:8:`, out)
	assert.Len(t, regexp.MustCompile(`(?m)^\S+\.go:\d+:\d+: `).FindAllString(out, -1), len(want), "exactly the expected findings:\n%s", out)
}

func TestGoVet(t *testing.T) {
	dir := sample(t, "vetmod")
	r := run(t, dir, nil, "go", append([]string{"vet", "-vettool=" + errcodelintBin}, vetArgs...)...)
	assert.Equal(t, 1, r.code, "go vet exits 1 when the tool reports findings: %s", r)
	assertVetFindings(t, r.stderr)

	// Without the user catalog the Shop family is unknown, so nothing about
	// it is reported: the relative -catalog above really was loaded.
	r = run(t, dir, nil, "go", "vet", "-vettool="+errcodelintBin, "-checks=unknown-code", "./...")
	assert.Equal(t, 0, r.code, "%s", r)
	assert.NotContains(t, r.stderr, "Shop.")

	// A package without findings passes.
	r = run(t, dir, nil, "go", "vet", "-vettool="+errcodelintBin, "./errs")
	assert.Equal(t, 0, r.code, "%s", r)
	assert.Empty(t, strings.TrimSpace(r.stderr))

	// A bad analyzer flag is refused before any package is vetted.
	r = run(t, dir, nil, "go", "vet", "-vettool="+errcodelintBin, "-checks=nope", "./...")
	assert.NotEqual(t, 0, r.code, "%s", r)
	assert.Contains(t, r.stderr, "nope")
}

// The standalone driver loads package server both with and without its
// internal test; errcodelint checks server.go once, in the package without
// the test (the JSON output lists each package's findings), and reports the
// same findings as go vet, which checks it in the test variant. The driver
// also loads the generated test main from the build cache, which must not
// make the relative -catalog resolve from there.
func TestStandaloneChecksNonTestFilesOnce(t *testing.T) {
	dir := sample(t, "vetmod")
	r := run(t, dir, nil, errcodelintBin, vetArgs...)
	assert.Equal(t, exitFindings, r.code, "%s", r)
	assertVetFindings(t, r.stderr)

	r = run(t, dir, nil, errcodelintBin, append([]string{"-json"}, vetArgs...)...)
	require.Equal(t, exitClean, r.code, "%s", r)
	var out map[string]map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &out), r.stdout)
	var withServer []string
	for id, byAnalyzer := range out {
		if strings.Contains(string(byAnalyzer["errcodelint"]), "server.go") {
			withServer = append(withServer, id)
		}
	}
	assert.Equal(t, []string{"example.com/vetmod/server"}, withServer)
}

// "errcodelint vet" runs go vet with itself as the vet tool (used by the
// errcodelint-vet pre-commit hook).
func TestVetSubcommand(t *testing.T) {
	dir := sample(t, "vetmod")
	r := run(t, dir, nil, errcodelintBin, append([]string{"vet"}, vetArgs...)...)
	assert.Equal(t, 1, r.code, "%s", r)
	assertVetFindings(t, r.stderr)

	r = run(t, dir, nil, errcodelintBin, "vet", "./errs")
	require.Equal(t, 0, r.code, "%s", r)
}

// go vet caches the tool's results keyed by the tool binary (its -V=full
// hash: the built-in catalog is safe), the flags and the package's files,
// but not the contents of -catalog files. TestGoVetCatalogCache documents
// that caveat and shows that "errcodelint vet" (which adds a digest of the
// catalog files as -catalog-sum) does not suffer from it.
func TestGoVetCatalogCache(t *testing.T) {
	dir := sample(t, "vetmod")
	cat := filepath.Join(dir, "docs", "shop-errors.md")
	original := readFile(t, cat)
	args := []string{"-catalog=docs/shop-errors.md", "-checks=unknown-code", "./client"}
	vet := func() result {
		return run(t, dir, nil, "go", append([]string{"vet", "-vettool=" + errcodelintBin}, args...)...)
	}

	// Shop.1009 documented: clean.
	require.NoError(t, os.WriteFile(cat, []byte(original+"| 409 | Shop.1009 | The cart is locked. | 购物车已锁定 | 请稍后重试 |\n"), 0o644))
	r := vet()
	require.Equal(t, 0, r.code, "%s", r)
	r = run(t, dir, nil, errcodelintBin, append([]string{"vet"}, args...)...)
	require.Equal(t, 0, r.code, "%s", r)

	// The row is removed, but plain go vet replays its cached result.
	require.NoError(t, os.WriteFile(cat, []byte(original), 0o644))
	r = vet()
	assert.Equal(t, 0, r.code, "go vet no longer caches across -catalog file changes; update the README caveat: %s", r)

	// errcodelint vet notices the change.
	r = run(t, dir, nil, errcodelintBin, append([]string{"vet"}, args...)...)
	assert.Equal(t, 1, r.code, "%s", r)
	assert.Regexp(t, `client/client\.go:13:17: .*"Shop\.1009"`, r.stderr)

	// So does the standalone driver, which has no cache.
	r = run(t, dir, nil, errcodelintBin, args...)
	assert.Equal(t, exitFindings, r.code, "%s", r)
}

// The module's .errcodelint.yml, with the settings of vetArgs, configures
// every driver the same way: go vet -vettool, errcodelint vet (whose
// digest follows the pages the file names), the standalone command and
// -sarif.
func TestConfigFileEveryDriver(t *testing.T) {
	dir := sample(t, "vetmod")
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".errcodelint.yml"), []byte(
		"catalog: [docs/shop-errors.md]\n"+
			"status-funcs: [example.com/vetmod/errs.IsNotFound=404]\n"+
			"checks: [unknown-code, malformed-code, status-mismatch]\n"), 0o644))

	r := run(t, dir, nil, "go", "vet", "-vettool="+errcodelintBin, "./...")
	assert.Equal(t, 1, r.code, "%s", r)
	assertVetFindings(t, r.stderr)

	r = run(t, dir, nil, errcodelintBin, "vet", "./...")
	assert.Equal(t, 1, r.code, "%s", r)
	assertVetFindings(t, r.stderr)

	r = run(t, dir, nil, errcodelintBin, "./...")
	assert.Equal(t, exitFindings, r.code, "%s", r)
	assert.Len(t, regexp.MustCompile(`(?m)^\S+\.go:\d+:\d+: `).FindAllString(r.stderr, -1), 3, "%s", r)

	r = run(t, dir, nil, errcodelintBin, "-sarif", "-", "./...")
	assert.Equal(t, exitFindings, r.code, "%s", r)
	assert.Contains(t, r.stdout, "Shop.1009")

	// A flag overrides the file's key.
	r = run(t, dir, nil, errcodelintBin, "-checks=malformed-code", "./...")
	assert.Equal(t, exitFindings, r.code, "%s", r)
	assert.Len(t, regexp.MustCompile(`(?m)^\S+\.go:\d+:\d+: `).FindAllString(r.stderr, -1), 1, "%s", r)

	// errcodelint vet notices a change of a page the file names.
	cat := filepath.Join(dir, "docs", "shop-errors.md")
	original := readFile(t, cat)
	require.NoError(t, os.WriteFile(cat, []byte(original+"| 409 | Shop.1009 | The cart is locked. | 购物车已锁定 | 请稍后重试 |\n"), 0o644))
	r = run(t, dir, nil, errcodelintBin, "vet", "./client")
	assert.Equal(t, 0, r.code, "%s", r)
	require.NoError(t, os.WriteFile(cat, []byte(original), 0o644))
	r = run(t, dir, nil, errcodelintBin, "vet", "./client")
	assert.Equal(t, 1, r.code, "%s", r)

	// A malformed file stops every driver with the file, line and key.
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".errcodelint.yml"), []byte("checks: [unknown-code]\nstatus_funcs: []\n"), 0o644))
	for _, args := range [][]string{{"./..."}, {"-sarif", "-", "./..."}, {"vet", "./..."}} {
		r = run(t, dir, nil, errcodelintBin, args...)
		assert.Equal(t, 1, r.code, "%v: %s", args, r)
		assert.Contains(t, r.stderr, ".errcodelint.yml:2: status_funcs: unknown key; did you mean status-funcs?", "%v", args)
	}
}

// An error of the analysis under go vet (here a malformed .errcodelint.yml)
// fails every run, not only the first: go vet caches a package's result
// before it reads an error reported in the tool's JSON, so the next run
// replayed an empty result and exited 0, also after the file was fixed.
func TestGoVetErrorIsNotCached(t *testing.T) {
	dir := sample(t, "vetmod")
	cfg := filepath.Join(dir, ".errcodelint.yml")
	require.NoError(t, os.WriteFile(cfg, []byte("checkz: [unknown-code]\n"), 0o644))
	vet := func() result {
		// -catalog-sum, ignored by the analyzer, keeps this test's cache
		// entries apart from the other tests'.
		return run(t, dir, nil, "go", "vet", "-vettool="+errcodelintBin, "-catalog-sum="+t.Name(), "./client")
	}
	for i := range 2 {
		r := vet()
		assert.Equal(t, 1, r.code, "run %d: %s", i+1, r)
		assert.Contains(t, r.stderr, ".errcodelint.yml:1: checkz: unknown key", "run %d", i+1)
	}
	r := run(t, dir, nil, errcodelintBin, "vet", "./client")
	assert.Equal(t, 1, r.code, "%s", r)
	assert.Contains(t, r.stderr, "checkz: unknown key")

	// With the file fixed, the findings are back.
	require.NoError(t, os.WriteFile(cfg, []byte("catalog: [docs/shop-errors.md]\n"), 0o644))
	r = vet()
	assert.Equal(t, 1, r.code, "%s", r)
	assert.Regexp(t, `client/client\.go:13:17: .*"Shop\.1009"`, r.stderr)
}
