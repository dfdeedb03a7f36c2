package analyzer

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

// The built-in catalog and its table of codes are built only when a
// package holds a string of a known family's shape: a package without
// one, however many look-alike strings it has, costs go vet's process
// nothing catalog-sized.
func TestCatalogBuiltOnlyForCodeShapes(t *testing.T) {
	dir := t.TempDir()
	write := func(pkg, src string) {
		path := filepath.Join(dir, "src", pkg, pkg+".go")
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
	}
	write("plain", `package plain

var lookalikes = []string{"modelarts.vm.cpu.2u", "v1.2.3", "ModelArts.", "AIS.x", "APIGW", "OptVerse", " padded ", "application/json"}

const Version = "ModelArts.v2"

func IsKind(s string) bool { return s == "ModelArts" || s == "JOB_MANAGER" }
`)
	write("codes", `package codes

func Gone(code string) bool { return code == "ModelArts.4352" } // want "written as a raw string"
`)
	s := &state{builtin: newBuiltinIndex()} // not the process's, which other tests built
	a := &analysis.Analyzer{Name: "errcodelint", Doc: "test", Requires: []*analysis.Analyzer{inspect.Analyzer}, Run: s.run, RunDespiteErrors: true}
	analysistest.Run(t, dir, a, "plain")
	ix, err := s.index(nil)
	require.NoError(t, err)
	assert.Nil(t, ix.cat, "a package without code-shaped strings built the catalog")
	assert.Nil(t, ix.codes)

	analysistest.Run(t, dir, a, "codes")
	assert.NotNil(t, ix.cat)
	assert.NotNil(t, ix.codes["ModelArts.4352"])
}

// Every analyzer instance of a process (the batching driver makes one per
// batch) shares the built-in catalog's index, its table of codes and its
// texts; an instance with extra catalog pages has its own.
func TestBuiltinIndexShared(t *testing.T) {
	a, b := &state{}, &state{}
	ia, err := a.index(nil)
	require.NoError(t, err)
	ib, err := b.index(nil)
	require.NoError(t, err)
	assert.Same(t, ia, ib)
	assert.Same(t, ia.codeInfo("ModelArts.0204"), ib.codeInfo("ModelArts.0204"))

	page := filepath.Join(t.TempDir(), "extra.md")
	require.NoError(t, os.WriteFile(page, []byte("| Status Code | Error Code | Error Message |\n|---|---|---|\n| 400 | ModelArts.9999 | extra |\n"), 0o644))
	ic, err := (&state{}).index([]string{page})
	require.NoError(t, err)
	assert.NotSame(t, ia, ic)
	assert.NotNil(t, ic.codeInfo("ModelArts.9999"))
	assert.Nil(t, ia.codeInfo("ModelArts.9999"))
}
