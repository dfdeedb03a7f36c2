// Package sariftest compiles the official SARIF 2.1.0 JSON schema (OASIS,
// errata01) that tests validate errcodelint's SARIF output against.
package sariftest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/require"
)

// SchemaFile is the path of the official schema, a byte-identical copy of
// sarif-schema-2.1.0.json as OASIS publishes it.
func SchemaFile() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "testdata", "sarif-schema-2.1.0.json")
}

// CompileSchema reads and compiles the official schema, with format
// assertions on (so that, for example, helpUri must be a URI).
func CompileSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	s, err := Compile()
	require.NoError(t, err)
	return s
}

// Compile is CompileSchema for callers without a testing.TB.
func Compile() (*jsonschema.Schema, error) {
	f, err := os.Open(SchemaFile())
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		return nil, err
	}
	return c.Compile("sarif-schema-2.1.0.json")
}
