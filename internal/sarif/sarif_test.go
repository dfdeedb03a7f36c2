package sarif

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/errcodelint/errcodelint/internal/sarif/sariftest"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const schemaFile = "testdata/sarif-2.1.0-subset.schema.json"

func validate(t *testing.T, s *jsonschema.Schema, data []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	require.NoError(t, err)
	return s.Validate(inst)
}

func TestBuilderOutputIsValidSARIF(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "pkg", "a.go")
	require.NoError(t, os.MkdirAll(filepath.Dir(src), 0o755))
	// Line 3 has a two-byte rune before the literal, so byte and code-point
	// columns differ by one.
	require.NoError(t, os.WriteFile(src, []byte("package pkg\n\nvar é, x = 1, \"ModelArts.9999\"\n"), 0o644))
	outside := filepath.Join(t.TempDir(), "b.go")

	b := &Builder{Tool: "errcodelint", Version: "v1.2.3", InformationURI: "https://example.com/errcodelint",
		BaseDir: dir, Rules: []Rule{{ID: "unknown-code", Description: "unknown", HelpURI: "https://example.com/#unknown-code"}}}
	lit := Finding{
		Rule: "unknown-code", Message: "unknown error code ModelArts.9999",
		Start: Pos{src, 3, 17}, End: Pos{src, 3, 33},
		Fixes: []SuggestedFix{{Message: "Replace with ModelArts.0204", Edits: []Edit{
			{Start: Pos{src, 3, 17}, End: Pos{src, 3, 33}, NewText: `"ModelArts.0204"`},
			{Start: Pos{src, 1, 1}, End: Pos{src, 2, 1}}, // a deletion
		}}},
	}
	b.Add(lit)
	b.Add(lit) // same file seen through pkg and pkg.test: reported once
	b.Add(Finding{Rule: "use-constant", Message: "use codes.ModelArts0204", Start: Pos{outside, 7, 2}, End: Pos{outside, 7, 18}})
	require.Equal(t, 2, b.Len())

	var buf bytes.Buffer
	require.NoError(t, b.Write(&buf))
	require.NoError(t, validate(t, sariftest.CompileSchema(t, schemaFile), buf.Bytes()), buf.String())

	var log Log
	require.NoError(t, json.Unmarshal(buf.Bytes(), &log))
	require.Len(t, log.Runs, 1)
	run := log.Runs[0]
	assert.Equal(t, "2.1.0", log.Version)
	assert.True(t, run.Invocations[0].ExecutionSuccessful)
	assert.Equal(t, "file://"+filepath.ToSlash(dir)+"/", run.OriginalURIBaseIDs[SrcRoot].URI)
	require.Len(t, run.Results, 2)

	r0 := run.Results[0]
	assert.Equal(t, "unknown-code", r0.RuleID)
	assert.Equal(t, "unknown-code", run.Tool.Driver.Rules[r0.RuleIndex].ID)
	assert.Equal(t, "UnknownCode", run.Tool.Driver.Rules[r0.RuleIndex].Name)
	loc := r0.Locations[0].PhysicalLocation
	assert.Equal(t, ArtifactLocation{URI: "pkg/a.go", URIBaseID: SrcRoot}, loc.ArtifactLocation)
	assert.Equal(t, &Region{StartLine: 3, StartColumn: 16, EndLine: 3, EndColumn: 32}, loc.Region)
	require.Len(t, r0.Fixes, 1)
	reps := r0.Fixes[0].ArtifactChanges[0].Replacements
	require.Len(t, reps, 2)
	assert.Equal(t, `"ModelArts.0204"`, reps[0].InsertedContent.Text)
	assert.Nil(t, reps[1].InsertedContent, "a deletion has no insertedContent")
	assert.Equal(t, Region{StartLine: 1, StartColumn: 1, EndLine: 2, EndColumn: 1}, reps[1].DeletedRegion)

	// A rule not declared up front is added on first use.
	r1 := run.Results[1]
	assert.Equal(t, "use-constant", run.Tool.Driver.Rules[r1.RuleIndex].ID)
	// Files outside the base directory get absolute file URIs; unreadable
	// files keep their byte columns.
	assert.Equal(t, ArtifactLocation{URI: "file://" + filepath.ToSlash(outside)}, r1.Locations[0].PhysicalLocation.ArtifactLocation)
	assert.Equal(t, 2, r1.Locations[0].PhysicalLocation.Region.StartColumn)
}

func TestEmptyAndFailedRuns(t *testing.T) {
	b := &Builder{Tool: "errcodelint", Failed: true}
	var buf bytes.Buffer
	require.NoError(t, b.Write(&buf))
	require.NoError(t, validate(t, sariftest.CompileSchema(t, schemaFile), buf.Bytes()), buf.String())
	assert.Contains(t, buf.String(), `"results": []`, "an empty run must say it found nothing, not omit results")
	assert.Contains(t, buf.String(), `"executionSuccessful": false`)
}

// The schema must reject broken logs, or the validity test above proves
// nothing.
func TestSchemaRejectsInvalidLogs(t *testing.T) {
	s := sariftest.CompileSchema(t, schemaFile)
	valid := `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},` +
		`"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.go"},"region":{"startLine":1}}}]}]}]}`
	require.NoError(t, validate(t, s, []byte(valid)))
	for name, doc := range map[string]string{
		"wrong version":     `{"version":"2.0.0","runs":[]}`,
		"no runs":           `{"version":"2.1.0"}`,
		"no driver name":    `{"version":"2.1.0","runs":[{"tool":{"driver":{}}}]}`,
		"message w/o text":  `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{}}]}]}`,
		"line 0":            `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.go"},"region":{"startLine":0}}}]}]}]}`,
		"misspelled prop":   `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"result":[]}]}`,
		"bad level":         `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"warn"}]}]}`,
		"fix w/o changes":   `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"fixes":[{"artifactChanges":[]}]}]}]}`,
		"helpUri not a uri": `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x","rules":[{"id":"r","helpUri":"not a uri"}]}}}]}`,
	} {
		assert.Error(t, validate(t, s, []byte(doc)), name)
	}
}

func TestColumnPastEndOfLine(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "a.go")
	require.NoError(t, os.WriteFile(src, []byte("ü\n"), 0o644))
	b := &Builder{}
	// go/token reports the position just after the last byte of a line as
	// len(line)+1.
	assert.Equal(t, 2, b.column(Pos{src, 1, 3}))
	assert.Equal(t, 1, b.column(Pos{src, 1, 1}))
	assert.Equal(t, 0, b.column(Pos{src, 1, 0}))
}

// FuzzBuilder checks that any finding, however odd its positions and text,
// yields a log that is valid against the schema.
func FuzzBuilder(f *testing.F) {
	f.Add("package p\n\nvar x = \"ModelArts.9999\"\n", "unknown-code", "unknown error code", 3, 9, 3, 25, "\"ModelArts.0204\"", true)
	f.Add("é\n", "", "", 0, 0, 0, 0, "", false)
	f.Add("a\nb\n", "x y", "m\x00\xff", 2, 99, 1, 1, "\n", true)
	schema := compileSchemaF(f)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, content, rule, msg string, line, col, endLine, endCol int, newText string, inside bool) {
		base := dir
		if !inside {
			base = filepath.Join(dir, "elsewhere")
		}
		src := filepath.Join(dir, "a.go")
		if err := os.WriteFile(src, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		b := &Builder{Tool: "errcodelint", BaseDir: base}
		start, end := Pos{src, line, col}, Pos{src, endLine, endCol}
		b.Add(Finding{Rule: rule, Message: msg, Start: start, End: end,
			Fixes: []SuggestedFix{{Message: msg, Edits: []Edit{{Start: start, End: end, NewText: newText}}}}})
		var buf bytes.Buffer
		if err := b.Write(&buf); err != nil {
			t.Fatal(err)
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(inst); err != nil {
			t.Fatalf("%v\n%s", err, buf.Bytes())
		}
	})
}

func compileSchemaF(f *testing.F) *jsonschema.Schema {
	fh, err := os.Open(schemaFile)
	if err != nil {
		f.Fatal(err)
	}
	defer fh.Close()
	doc, err := jsonschema.UnmarshalJSON(fh)
	if err != nil {
		f.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif.schema.json", doc); err != nil {
		f.Fatal(err)
	}
	s, err := c.Compile("sarif.schema.json")
	if err != nil {
		f.Fatal(err)
	}
	return s
}
