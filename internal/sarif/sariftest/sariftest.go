// Package sariftest compiles the SARIF 2.1.0 schema subset that tests
// validate errcodelint's SARIF output against.
package sariftest

import (
	"os"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/require"
)

// CompileSchema reads and compiles the JSON schema at path (the repository's
// internal/sarif/testdata/sarif-2.1.0-subset.schema.json), with format
// assertions on.
func CompileSchema(t testing.TB, path string) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	require.NoError(t, c.AddResource("sarif.schema.json", doc))
	s, err := c.Compile("sarif.schema.json")
	require.NoError(t, err)
	return s
}
