package catalog

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcodelint/errcodelint/codes"
)

// constValues reads the constants a Go file declares.
func constValues(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ParseComments)
	require.NoError(t, err)
	out := map[string]string{}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, sp := range gd.Specs {
			vs := sp.(*ast.ValueSpec)
			require.NotNil(t, vs.Doc, "%s has a doc comment", vs.Names[0].Name)
			v, err := strconv.Unquote(vs.Values[0].(*ast.BasicLit).Value)
			require.NoError(t, err)
			out[vs.Names[0].Name] = v
		}
	}
	return out
}

// The constants of package codes are the codes of the vendor's pages, read
// by the run-time parser from source/ (not from the generated rows), one
// per distinct code; and each code is written verbatim in its page's text.
func TestGeneratedConstants(t *testing.T) {
	files, err := filepath.Glob("source/*.md")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	want := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		p, err := ParsePage(f, data)
		require.NoError(t, err)
		for _, e := range p.Entries {
			want[ConstName(string(e.Code))] = string(e.Code)
			assert.Contains(t, string(data), string(e.Code), "%s: code %s is not in the page's text", f, e.Code)
		}
	}
	assert.Equal(t, want, constValues(t, "../codes/zcodes.go"))

	// The generated file is what GoConstants (errcodelint catalog
	// constants) renders from Default.
	src, err := GoConstants("gen.go from catalog/source/*.md", "codes", "", Default().Entries())
	require.NoError(t, err)
	file, err := os.ReadFile("../codes/zcodes.go")
	require.NoError(t, err)
	assert.Equal(t, string(file), string(src))
}

// The untyped constants fit a Code as they fit a string: no typed copy is
// needed.
func TestConstantsFitCode(t *testing.T) {
	var c Code = codes.ModelArts0204
	rows := Default().Lookup(codes.ModelArts0204)
	require.NotEmpty(t, rows)
	assert.Equal(t, c, rows[0].Code)
}

func TestGoConstantsErrors(t *testing.T) {
	_, err := GoConstants("x", "1bad", "", Default().Entries())
	require.ErrorContains(t, err, `"1bad" is not a valid Go package name`)
	_, err = GoConstants("x", "p", "a.B", Default().Entries())
	require.ErrorContains(t, err, `"a.B" is not a Go type name`)
	_, err = GoConstants("x", "p", "", []Entry{{Code: "A.1", Source: "a.md", Line: 1}, {Code: "a.1", Source: "a.md", Line: 2}})
	assert.ErrorContains(t, err, `a.md:2: constant name A1 of "a.1" collides with that of "A.1"`)
}
