package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcodelint/errcodelint/analyzer"
)

func TestSarifFlag(t *testing.T) {
	for _, args := range [][]string{
		{"-sarif", "out.sarif", "./..."},
		{"--sarif", "out.sarif", "./..."},
		{"-sarif=out.sarif", "./..."},
		{"-checks=unknown-code", "--sarif=-", "./..."},
		{"-sarif"},
	} {
		assert.True(t, sarifFlag(args), "%q", args)
	}
	for _, args := range [][]string{
		nil,
		{"./..."},
		{"-json", "./..."},
		{"-sarifx", "./..."},
		{"--", "-sarif", "x"},
		{"sarif"},
	} {
		assert.False(t, sarifFlag(args), "%q", args)
	}
}

// Every diagnostic category has a SARIF rule, in the analyzer's order.
func TestRulesAreTheChecks(t *testing.T) {
	var ids []string
	for _, r := range rules {
		ids = append(ids, r.ID)
		assert.NotEmpty(t, r.Description, r.ID)
	}
	assert.Equal(t, analyzer.Checks, ids)
}

func TestCatalogSum(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.md")
	require.NoError(t, os.WriteFile(a, []byte("one"), 0o644))

	assert.Empty(t, catalogSum([]string{"./..."}))
	assert.Empty(t, catalogSum([]string{"--", "-catalog=" + a}))
	s1 := catalogSum([]string{"-catalog=" + a, "./..."})
	assert.Len(t, s1, 16)
	assert.Equal(t, s1, catalogSum([]string{"-catalog", a, "./..."}), "separate value")
	assert.Equal(t, s1, catalogSum([]string{"--catalog=" + a}))

	require.NoError(t, os.WriteFile(a, []byte("two"), 0o644))
	s2 := catalogSum([]string{"-catalog=" + a})
	assert.NotEqual(t, s1, s2, "the digest follows the file's contents")

	b := filepath.Join(dir, "b.md")
	require.NoError(t, os.WriteFile(b, []byte("three"), 0o644))
	assert.NotEqual(t, s2, catalogSum([]string{"-catalog=" + a + "," + b}))
	assert.NotEqual(t, s2, catalogSum([]string{"-catalog=" + filepath.Join(dir, "missing.md")}))
}

func TestVetTool(t *testing.T) {
	assert.True(t, vetTool([]string{"-checks=use-constant", "/tmp/go-build1/b001/vet.cfg"}))
	assert.False(t, vetTool([]string{"./..."}))
	assert.False(t, vetTool([]string{"-V=full"}))
	assert.False(t, vetTool([]string{"-flags"}))
	assert.False(t, vetTool(nil))
}
