package catalog

import (
	"bytes"
	"cmp"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runGenerator runs gen.go on copies of the pages of source/, with edit
// applied to modelarts.md, writing to a temporary directory. It returns
// the generator's error output, whether it succeeded, the entries of the
// edited pages and the files the generator wrote.
func runGenerator(t *testing.T, edit func(string) string) (stderr string, ok bool, entries []Entry, written []string) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the generator with go run")
	}
	root := t.TempDir()
	src := filepath.Join(root, "catalog", "source")
	require.NoError(t, os.MkdirAll(src, 0o755))
	pagesIn, err := filepath.Glob("source/*")
	require.NoError(t, err)
	// The built-in catalog's order starts with modelarts.md (see gen.go's
	// manifest), which is all that matters for the messages tested here.
	slices.SortStableFunc(pagesIn, func(a, b string) int {
		return cmp.Compare(btoi(filepath.Base(b) == "modelarts.md"), btoi(filepath.Base(a) == "modelarts.md"))
	})
	for _, p := range pagesIn {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		text := string(data)
		if filepath.Base(p) == "modelarts.md" {
			text = edit(text)
		}
		require.NoError(t, os.WriteFile(filepath.Join(src, filepath.Base(p)), []byte(text), 0o644))
		page, err := ParsePage(filepath.Join(src, filepath.Base(p)), []byte(text))
		require.NoError(t, err)
		entries = append(entries, page.Entries...)
	}
	cmd := exec.Command("go", "run", "gen.go", "-source", src, "-out", filepath.Join(root, "catalog"))
	var errBuf bytes.Buffer
	cmd.Stderr = &errBuf
	err = cmd.Run()
	if err != nil {
		var ee *exec.ExitError
		require.ErrorAs(t, err, &ee, "go run gen.go: %s", errBuf.String())
	}
	require.NoError(t, filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Dir(path) != src {
			rel, _ := filepath.Rel(root, path)
			written = append(written, filepath.ToSlash(rel))
		}
		return err
	}))
	return errBuf.String(), err == nil, entries, written
}

// The generator rejects what catalog.New rejects at run time, with the same
// reason, and writes nothing: a family spelled two ways ("ModelArts.0101",
// "modelarts_0102") used to pass generation and make Default panic.
func TestGeneratorRejectsWhatNewRejects(t *testing.T) {
	stderr, ok, entries, written := runGenerator(t, func(s string) string {
		return strings.Replace(s, "| ModelArts.0102 |", "| modelarts_0102 |", 1)
	})
	_, err := New(entries)
	require.EqualError(t, err, `modelarts.md:26: code "modelarts_0102" does not follow its family's spelling ModelArts.NNNN`)
	assert.False(t, ok, "the generator succeeded on a catalog New rejects")
	assert.Contains(t, stderr, filepath.FromSlash("/source/")+err.Error()+"\n")
	assert.Empty(t, written)
}

// A render that fails late (two codes with one constant name, found when
// the constants are rendered) leaves every output unwritten, the entries
// file included.
func TestGeneratorWritesNothingOnFailure(t *testing.T) {
	stderr, ok, entries, written := runGenerator(t, func(s string) string {
		return strings.Replace(s, "| ModelArts.0102 |", "| ModelArts-0101 |", 1)
	})
	_, err := New(entries)
	require.NoError(t, err, "New accepts the catalog; only its constants clash")
	assert.False(t, ok)
	assert.Contains(t, stderr, `modelarts.md:26: constant name ModelArts0101 of "ModelArts-0101" collides with that of "ModelArts.0101"`)
	assert.Empty(t, written)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
