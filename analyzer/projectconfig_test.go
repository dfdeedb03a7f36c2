package analyzer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodelint/errcodelint/analyzer"
)

// The module's .errcodelint.yml configures the analyzer without a flag: an
// undocumented-codes page, a status helper and the checks.
func TestProjectConfigFile(t *testing.T) {
	dir := filepath.Join(testdata(), "projconf")
	analysistest.Run(t, dir, analyzer.New(analyzer.Config{}), "./...")
}

// A flag overrides the file's key; the other keys still come from the file.
func TestProjectConfigFlagOverrides(t *testing.T) {
	dir := filepath.Join(testdata(), "projconf")
	a := analyzer.New(analyzer.Config{})
	require.NoError(t, a.Flags.Set("checks", "unknown-code"))
	res := analysistest.Run(&quiet{T: t}, dir, a, "./notebook")
	var got []string
	for _, r := range res {
		for _, d := range r.Diagnostics {
			got = append(got, d.Category+": "+d.Message)
		}
	}
	require.Len(t, got, 1, "%q", got)
	assert.True(t, strings.HasPrefix(got[0], `unknown-code: unknown error code "ModelArts.6405"`), got[0])

	// A golangci-lint setting given with its zero value overrides too.
	a = analyzer.New(analyzer.Config{Checks: []string{"use-constant"}, Given: []string{"status-funcs"}})
	res = analysistest.Run(&quiet{T: t}, dir, a, "./notebook")
	got = got[:0]
	for _, r := range res {
		for _, d := range r.Diagnostics {
			got = append(got, d.Category)
		}
	}
	assert.Equal(t, []string{"use-constant", "use-constant", "use-constant"}, got)
}

// quiet is a testing.T on which analysistest's unexpected-diagnostic
// errors are ignored: the test inspects the results itself.
type quiet struct{ *testing.T }

func (q *quiet) Errorf(string, ...any) {}

// A malformed file stops the run with the file, line and key.
func TestProjectConfigErrors(t *testing.T) {
	for name, tc := range map[string]struct{ file, want string }{
		"bad yaml":     {"checks: [unknown-code\n", ".errcodelint.yml:1: did not find expected ',' or ']'"},
		"unknown key":  {"prose: true\nstatus_funcs: [a.F=400]\n", ".errcodelint.yml:2: status_funcs: unknown key; did you mean status-funcs?"},
		"wrong type":   {"catalog: docs/a.md\n", `.errcodelint.yml:1: catalog: want a list of strings, like [a, b], got the string "docs/a.md"`},
		"missing page": {"\ncatalog: [docs/missing.md]\n", ".errcodelint.yml:2: catalog: page docs/missing.md: no such file"},
		"bad check":    {"checks: [unknown-codes]\n", `.errcodelint.yml:1: checks: unknown check "unknown-codes" (known: unknown-code,`},
		"bad helper":   {"status-funcs: [nodot=400]\n", `.errcodelint.yml:1: status-funcs: bad entry "nodot=400": missing importpath`},
		"bad page":     {"catalog: [bad.md]\n", "bad.md:"},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			write := func(name, content string) {
				require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o666))
			}
			write("go.mod", "module example.com/m\n\ngo 1.26\n")
			write("m.go", "package m\n\nvar Code = \"ModelArts.0204\"\n")
			write("bad.md", "| 状态码 | 错误码 | 错误信息 | 描述 | 处理措施 |\n|---|---|---|---|---|\n| 400 | ModelArts.0204 | a |\n")
			write(".errcodelint.yml", tc.file)
			res := analysistest.Run(&quiet{T: t}, dir, analyzer.New(analyzer.Config{}), ".")
			require.Len(t, res, 1)
			require.Error(t, res[0].Err)
			assert.Contains(t, res[0].Err.Error(), tc.want)
			assert.Contains(t, res[0].Err.Error(), filepath.Join(dir, tc.want[:strings.IndexByte(tc.want, ':')]))
		})
	}
}

// A module modelled on the huaweicloud Terraform provider: codes in slices
// spread into its status helpers, single-code variables, and the SDK's
// ErrDefaultNNN error types, configured by its .errcodelint.yml.
func TestProviderIdioms(t *testing.T) {
	analysistest.Run(t, filepath.Join(testdata(), "tfprov"), analyzer.New(analyzer.Config{}), "./...")
}

// -constants-pkg naming a package generated into the module: the fix
// imports it where that makes no cycle, without its being a dependency
// yet, and names a blank import of it instead of importing it twice.
func TestLocalConstantsPackage(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, filepath.Join(testdata(), "tfconst"), analyzer.New(analyzer.Config{}), "./...")
}
