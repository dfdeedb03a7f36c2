package config

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	src := `# errcodelint settings for this module
catalog: [docs/undocumented.md, /abs/more.json]
status-funcs:
  - example.com/tf/common.ConvertExpected400ErrInto404Err=400
checks: [unknown-code, status-mismatch]
constants-pkg: example.com/tf/errcodes
prose: true
`
	name := filepath.Join("/src/tf", ".errcodelint.yml")
	s, err := Parse(name, []byte(src))
	require.NoError(t, err)
	assert.Equal(t, []string{"docs/undocumented.md", "/abs/more.json"}, s.Catalog)
	assert.Equal(t, []string{"/src/tf/docs/undocumented.md", "/abs/more.json"}, s.CatalogPaths())
	assert.Equal(t, []string{"example.com/tf/common.ConvertExpected400ErrInto404Err=400"}, s.StatusFuncs)
	assert.Equal(t, []string{"unknown-code", "status-mismatch"}, s.Checks)
	assert.Equal(t, "example.com/tf/errcodes", s.ConstantsPkg)
	assert.True(t, s.Prose)
	assert.Equal(t, Keys, s.Present())
	assert.Equal(t, "/src/tf/.errcodelint.yml:3: status-funcs", s.Pos(KeyStatusFuncs))
	assert.EqualError(t, s.Errorf(KeyChecks, "bad"), "/src/tf/.errcodelint.yml:5: checks: bad")
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "# nothing yet\n", "---\n", "~\n"} {
		s, err := Parse("/m/.errcodelint.yml", []byte(src))
		require.NoError(t, err, "%q", src)
		assert.Empty(t, s.Present())
		assert.Equal(t, "/m", s.Dir)
	}
}

func TestParseRejects(t *testing.T) {
	for name, tc := range map[string]struct{ src, want string }{
		"bad yaml":        {"catalog: [a.md\nchecks: x\n", ".errcodelint.yml:1: did not find expected ',' or ']'"},
		"unknown key":     {"prose: true\nstatus_funcs: [a.F=400]\n", ".errcodelint.yml:2: status_funcs: unknown key; did you mean status-funcs?"},
		"plural key":      {"catalogs: [a.md]\n", ".errcodelint.yml:1: catalogs: unknown key; did you mean catalog?"},
		"unrelated key":   {"severity: high\n", ".errcodelint.yml:1: severity: unknown key (known: catalog, status-funcs, checks, constants-pkg, prose)"},
		"string for list": {"checks: unknown-code,use-constant\n", ".errcodelint.yml:1: checks: want a list of strings, like [a, b], got the string \"unknown-code,use-constant\""},
		"number in list":  {"catalog:\n  - a.md\n  - 3\n", ".errcodelint.yml:3: catalog: want a string, got the number 3"},
		"string for bool": {"prose: yes please\n", ".errcodelint.yml:1: prose: want true or false, got the string \"yes please\""},
		"list for string": {"constants-pkg: [a, b]\n", ".errcodelint.yml:1: constants-pkg: want a string, got a list"},
		"not a mapping":   {"- catalog\n", ".errcodelint.yml:1: the settings must be a mapping"},
		"twice":           {"prose: true\nprose: false\n", ".errcodelint.yml:2: prose: "},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Parse(".errcodelint.yml", []byte(tc.src))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// The plugin's settings go through the same decoder: golangci-lint hands
// them over as decoded by viper.
func TestDecode(t *testing.T) {
	s, err := Decode(map[string]any{
		"catalog":       []any{"docs/errors.md"},
		"constants-pkg": "example.com/x/codes",
		"prose":         false,
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"docs/errors.md"}, s.CatalogPaths())
	assert.Equal(t, []string{KeyCatalog, KeyConstantsPkg, KeyProse}, s.Present())
	assert.False(t, s.Has(KeyChecks))
	assert.Equal(t, "prose", s.Pos(KeyProse))

	_, err = Decode(map[string]any{"checks": "unknown-code"})
	require.EqualError(t, err, `checks: want a list of strings, like [a, b], got the string "unknown-code"`)
	_, err = Decode(map[string]any{"catalogs": []any{"x"}})
	require.ErrorContains(t, err, "catalogs: unknown key; did you mean catalog?")

	s, err = Decode(nil)
	require.NoError(t, err)
	assert.Empty(t, s.Present())
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	assert.Empty(t, Find(dir))
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".errcodelint.yaml"), nil, 0o666))
	assert.Equal(t, filepath.Join(dir, ".errcodelint.yaml"), Find(dir))
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".errcodelint.yml"), nil, 0o666))
	assert.Equal(t, filepath.Join(dir, ".errcodelint.yml"), Find(dir))

	s, err := Load(filepath.Join(dir, ".errcodelint.yml"))
	require.NoError(t, err)
	assert.Equal(t, dir, s.Dir)
	_, err = Load(filepath.Join(dir, "missing.yml"))
	assert.Error(t, err)
}
