package plugin

import (
	"path/filepath"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"
)

// golangci-lint hands the plugin the YAML "settings" mapping as decoded by
// viper: map[string]any with lower-case keys.
func TestDecodeSettings(t *testing.T) {
	raw := map[string]any{
		"catalog":       []any{"docs/errors.md", "more.json"},
		"status-funcs":  []any{"example.com/x/errs.NotFound=404"},
		"checks":        []any{"unknown-code", "status-mismatch"},
		"constants-pkg": "example.com/x/codes",
		"prose":         true,
	}
	p, err := New(raw)
	require.NoError(t, err)
	cfg := p.(*Plugin).settings.Config()
	assert.Equal(t, []string{"docs/errors.md", "more.json"}, cfg.Catalogs)
	assert.Equal(t, []string{"example.com/x/errs.NotFound=404"}, cfg.StatusFuncs)
	assert.Equal(t, []string{"unknown-code", "status-mismatch"}, cfg.Checks)
	assert.Equal(t, "example.com/x/codes", cfg.ConstantsPkg)
	assert.True(t, cfg.Prose)
	// Every key given overrides the project's .errcodelint.yml.
	assert.Equal(t, []string{"catalog", "status-funcs", "checks", "constants-pkg", "prose"}, cfg.Given)
	assert.Equal(t, register.LoadModeTypesInfo, p.GetLoadMode())

	as, err := p.BuildAnalyzers()
	require.NoError(t, err)
	require.Len(t, as, 1)
	a := as[0]
	assert.Equal(t, "errcodelint", a.Name)
	// The analyzer's own flags show the configuration it was built with.
	assert.Equal(t, "true", a.Flags.Lookup("prose").Value.String())
	assert.Equal(t, "example.com/x/codes", a.Flags.Lookup("constants-pkg").Value.String())
	assert.Contains(t, a.Flags.Lookup("catalog").Value.String(), "docs/errors.md")
}

func TestNoSettings(t *testing.T) {
	for _, raw := range []any{nil, map[string]any{}} {
		p, err := New(raw)
		require.NoError(t, err)
		assert.Equal(t, Settings{}, p.(*Plugin).settings)
		as, err := p.BuildAnalyzers()
		require.NoError(t, err)
		assert.Equal(t, "false", as[0].Flags.Lookup("prose").Value.String())
	}
}

func TestDecodeSettingsRejects(t *testing.T) {
	for name, tc := range map[string]struct {
		raw  map[string]any
		want string
	}{
		"misspelled key":         {map[string]any{"catalogs": []any{"x.md"}}, `catalogs: unknown key; did you mean catalog?`},
		"underscore key":         {map[string]any{"status_funcs": []any{"a.B=400"}}, `status_funcs: unknown key; did you mean status-funcs?`},
		"list given as a string": {map[string]any{"catalog": "x.md"}, `catalog: want a list of strings, like [a, b], got the string "x.md"`},
		"bool given as a string": {map[string]any{"prose": "yes"}, `prose: want true or false, got the string "yes"`},
		"number for a string":    {map[string]any{"constants-pkg": 3}, "constants-pkg: want a string, got the number 3"},
		"unknown check":          {map[string]any{"checks": []any{"unknown-codes"}}, `unknown check "unknown-codes"`},
		"bad status func":        {map[string]any{"status-funcs": []any{"example.com/x.F"}}, "status-funcs"},
	} {
		t.Run(name, func(t *testing.T) {
			p, err := New(tc.raw)
			require.Error(t, err)
			assert.Nil(t, p)
			assert.Contains(t, err.Error(), tc.want)
			assert.Contains(t, err.Error(), "errcodelint settings")
		})
	}
}

// A key given with its zero value still overrides the file's.
func TestGivenFalse(t *testing.T) {
	p, err := New(map[string]any{"prose": false})
	require.NoError(t, err)
	assert.Equal(t, []string{"prose"}, p.(*Plugin).settings.Config().Given)
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("errcodelint")
	require.NoError(t, err)
	p, err := newPlugin(map[string]any{"prose": true})
	require.NoError(t, err)
	assert.True(t, p.(*Plugin).settings.Prose)
}

func TestChecksAllAccepted(t *testing.T) {
	// "all" is accepted, as by the analyzer's -checks flag.
	p, err := New(map[string]any{"checks": []any{"all"}})
	require.NoError(t, err)
	analyzers, err := p.BuildAnalyzers()
	require.NoError(t, err)
	require.Len(t, analyzers, 1)
	assert.Equal(t, "all", analyzers[0].Flags.Lookup("checks").Value.String())
}

// The analyzer the plugin builds reads the module's .errcodelint.yml too;
// a key given in the golangci-lint settings overrides the file's.
func TestPluginReadsProjectFile(t *testing.T) {
	dir := filepath.Join("..", "analyzer", "testdata", "projconf")
	count := func(raw map[string]any) map[string]int {
		p, err := New(raw)
		require.NoError(t, err)
		as, err := p.BuildAnalyzers()
		require.NoError(t, err)
		got := map[string]int{}
		for _, r := range analysistest.Run(&quiet{t}, dir, as[0], "./notebook") {
			for _, d := range r.Diagnostics {
				got[d.Category]++
			}
		}
		return got
	}
	// The file: its page, its 404 helper, use-constant off.
	assert.Equal(t, map[string]int{"status-mismatch": 2, "unknown-code": 1}, count(nil))
	// The settings' checks replace the file's.
	assert.Equal(t, map[string]int{"use-constant": 3}, count(map[string]any{"checks": []any{"use-constant"}}))
}

// quiet ignores analysistest's complaints about the testdata's // want
// comments, which are written for another configuration.
type quiet struct{ *testing.T }

func (q *quiet) Errorf(string, ...any) {}
