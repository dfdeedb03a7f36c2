package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcodelint/errcodelint/internal/batch"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A module whose go.mod needs "go mod tidy": go list fails before it lists
// any package, and every mode prints go's reason, not only that the
// patterns matched no packages (go/packages drops go list's error when it
// asks for export data).
func TestLoadErrorIsShown(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		path := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
	// example.com/x needs example.com/y, which go.mod does not require.
	write("go.mod", "module example.com/m\n\ngo 1.26\n\nrequire example.com/x v1.0.0\n\n"+
		"replace example.com/x => ./x\n\nreplace example.com/y => ./y\n")
	write("a.go", "package m\n\nimport _ \"example.com/x\"\n")
	write("x/go.mod", "module example.com/x\n\ngo 1.26\n\nrequire example.com/y v1.0.0\n")
	write("x/x.go", "package x\n\nimport _ \"example.com/y\"\n")
	write("y/go.mod", "module example.com/y\n\ngo 1.26\n")
	write("y/y.go", "package y\n")
	const cause = "go: updates to go.mod needed; to update it:\n\tgo mod tidy"

	for _, c := range []struct {
		env  []string
		args []string
	}{
		{nil, []string{"./..."}},
		{nil, []string{"-batch=0", "./..."}},
		{nil, []string{"-json", "./..."}},
		{nil, []string{"-sarif=-", "./..."}},
		{nil, []string{"-fix", "./..."}},
		{nil, []string{"-fix", "-diff", "./..."}},
		{useSinglechecker, []string{"./..."}},
	} {
		r := command(t, dir, append(c.env, "GOFLAGS=", "GOWORK=off"), c.args...)
		assert.Equal(t, 1, r.code, "%q %+v", c.args, r)
		assert.Contains(t, r.stderr, cause, "%q", c.args)
		assert.NotContains(t, r.stderr, "matched no packages", "%q", c.args)
		if c.args[0] == "-sarif=-" {
			assert.Contains(t, r.stdout, `go: updates to go.mod needed; to update it:\n\tgo mod tidy`,
				"the SARIF log's notification names the cause")
		}
	}
}

// A malformed .errcodelint.yml or -catalog page fails the analysis of
// every package alike: the standalone driver, -sarif, -fix and -fix -diff
// (where x/tools ignores analysis errors) print the error once, not once
// per package, and exit 1; the SARIF log has one notification.
func TestAnalysisErrorPrintedOnce(t *testing.T) {
	files := map[string]string{".errcodelint.yml": "catalogs: [x.md]\n"}
	for _, p := range []string{"a", "b", "c"} {
		files[p+"/"+p+".go"] = "package " + p + "\n\nfunc F(c string) bool { return c == \"ModelArts.9999\" }\n"
		files[p+"/"+p+"_test.go"] = "package " + p + "\n\nimport \"testing\"\n\nfunc TestF(t *testing.T) {}\n"
	}
	dir := writeModule(t, files)
	const yml = ".errcodelint.yml:1: catalogs: unknown key"
	sarifFile := filepath.Join(t.TempDir(), "out.sarif")
	for _, args := range [][]string{
		{"./..."},
		{"-batch=1", "./..."},
		{"-sarif=" + sarifFile, "-batch=1", "./..."},
		{"-fix", "./..."},
		{"-fix", "-diff", "./..."},
	} {
		r := command(t, dir, nil, args...)
		assert.Equal(t, 1, r.code, "%q %+v", args, r)
		assert.Equal(t, 1, strings.Count(r.stderr, yml), "%q: %s", args, r.stderr)
	}
	log, err := os.ReadFile(sarifFile)
	require.NoError(t, err)
	assert.Equal(t, 1, strings.Count(string(log), yml), "one SARIF notification")

	require.NoError(t, os.Remove(filepath.Join(dir, ".errcodelint.yml")))
	r := command(t, dir, nil, "-catalog=missing.md", "./...")
	assert.Equal(t, 1, r.code, "%+v", r)
	assert.Equal(t, 1, strings.Count(r.stderr, "missing.md: cannot read catalog file"), r.stderr)
}

// A package that does not type-check: go list -export's compiler output
// repeats the type errors that go/packages reports with their positions;
// each is printed once, and the -json "typecheck" entry holds it once.
func TestTypeErrorsPrintedOnce(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"a/a.go": "package a\n\nfunc Bad() int { return \"x\" }\n\nfunc Worse() string { return 1 }\n",
	})
	for _, args := range [][]string{{"./..."}, {"-batch=0", "./..."}, {"-json", "./..."}, {"-fix", "./..."}, {"-fix", "-diff", "./..."}} {
		r := command(t, dir, nil, args...)
		assert.Equal(t, 1, r.code, "%q %+v", args, r)
		out := r.stderr
		if args[0] == "-json" {
			var tree map[string]map[string]struct{ Error string }
			require.NoError(t, json.Unmarshal([]byte(r.stdout), &tree), r.stdout)
			out = tree["example.com/m/a"][batch.TypecheckName].Error
		}
		assert.Equal(t, 1, strings.Count(out, `cannot use "x" (untyped string constant) as int value`), "%q: %s", args, out)
		assert.Equal(t, 1, strings.Count(out, `cannot use 1 (untyped int constant) as string value`), "%q: %s", args, out)
		assert.NotContains(t, out, "# example.com/m/a", "%q", args)
	}
}

// A bad flag value under go vet: go vet runs the tool for every package,
// its dependencies (the standard library's too) included; the error is
// one line for each package checked, without x/tools' usage text, and the
// dependencies' runs say nothing.
func TestVetBadFlagIsOneLine(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet")
	}
	dir := writeModule(t, map[string]string{
		"a/a.go": "package a\n\nimport \"net/http\"\n\nvar _ = http.StatusOK\n",
	})
	r := command(t, dir, nil, "vet", "-checks=typo", "./...")
	assert.NotEqual(t, 0, r.code, "%+v", r)
	assert.Equal(t, 1, strings.Count(r.stderr, `unknown check "typo"`), r.stderr)
	assert.NotContains(t, r.stderr, "Usage:")
	assert.NotContains(t, r.stderr, "# net/http")
}
