package catalog

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

func TestGeneratedConstants(t *testing.T) {
	want := map[string]string{}
	for _, code := range Default().Codes() {
		want[ConstName(code)] = code
	}
	assert.Equal(t, want, constValues(t, "zcodes.go"))
	assert.Equal(t, want, constValues(t, "../codes/zcodes.go"))

	// The generated files are what GoConstants renders from Default.
	for _, tc := range []struct{ path, pkg, typ string }{{"zcodes.go", "catalog", "Code"}, {"../codes/zcodes.go", "codes", ""}} {
		src, err := GoConstants("gen.go from catalog/source/*.md", tc.pkg, tc.typ, Default().Entries())
		require.NoError(t, err)
		file, err := os.ReadFile(tc.path)
		require.NoError(t, err)
		assert.Equal(t, string(file), string(src), tc.path)
	}
}

func TestTypedConstants(t *testing.T) {
	assert.Equal(t, Code("ModelArts.0204"), ModelArts0204)
	assert.Equal(t, Code("JOB_MANAGER_12000001"), JobManager12000001)
	assert.Equal(t, Code("OptVerse_1212080002"), OptVerse1212080002)
	assert.True(t, Default().Known(string(APIG0301)))
}

func TestGoConstantsErrors(t *testing.T) {
	_, err := GoConstants("x", "1bad", "", Default().Entries())
	assert.ErrorContains(t, err, `"1bad" is not a valid Go package name`)
	_, err = GoConstants("x", "p", "a.B", Default().Entries())
	assert.ErrorContains(t, err, `"a.B" is not a Go type name`)
	_, err = GoConstants("x", "p", "", []Entry{{Code: "A.1", Source: "a.md", Line: 1}, {Code: "a.1", Source: "a.md", Line: 2}})
	assert.ErrorContains(t, err, `a.md:2: constant name A1 of "a.1" collides with that of "A.1"`)
}
