package sarif

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcodelint/errcodelint/internal/sarif/sariftest"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

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

	b := &Builder{Tool: "errcodelint", Version: "v1.2.3", SemanticVersion: "1.2.3", InformationURI: "https://example.com/errcodelint",
		BaseDir: dir, Rules: []Rule{{ID: "unknown-code", Description: "unknown", Full: "An unknown code, in full.",
			HelpText: "Bad: x\nGood: y", HelpMarkdown: "Bad: `x`\n\nGood: `y`", HelpURI: "https://example.com/#unknown-code",
			Precision: "very-high", Tags: []string{"correctness"}}}}
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
	require.NoError(t, validate(t, sariftest.CompileSchema(t), buf.Bytes()), buf.String())

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
	rule := run.Tool.Driver.Rules[r0.RuleIndex]
	assert.Equal(t, "UnknownCode", rule.Name)
	assert.Equal(t, &Message{Text: "unknown"}, rule.ShortDescription)
	assert.Equal(t, &Message{Text: "An unknown code, in full."}, rule.FullDescription)
	assert.Equal(t, &Message{Text: "Bad: x\nGood: y", Markdown: "Bad: `x`\n\nGood: `y`"}, rule.Help)
	assert.Equal(t, &RuleProperties{Precision: "very-high", Severity: "warning", Tags: []string{"correctness"}}, rule.Properties)
	assert.Equal(t, "1.2.3", run.Tool.Driver.SemanticVersion)
	assert.Equal(t, "warning", r0.Level)
	assert.Equal(t, LineHashes("package pkg\n\nvar é, x = 1, \"ModelArts.9999\"\n")[2], r0.PartialFingerprints[LineHashKey])
	assert.Regexp(t, `^[0-9a-f]{32}:1$`, r0.PartialFingerprints[FingerprintKey])
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
	assert.Empty(t, r1.PartialFingerprints, "no fingerprints for a file that cannot be read")
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
	require.NoError(t, validate(t, sariftest.CompileSchema(t), buf.Bytes()), buf.String())
	assert.Contains(t, buf.String(), `"results": []`, "an empty run must say it found nothing, not omit results")
	assert.Contains(t, buf.String(), `"executionSuccessful": false`)
}

// Load errors become toolExecutionNotifications, with a location when they
// have one, and make the run unsuccessful.
func TestNotifications(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "p", "bad.go")
	require.NoError(t, os.MkdirAll(filepath.Dir(src), 0o755))
	require.NoError(t, os.WriteFile(src, []byte("package p\n\nvar x int = \"s\"\n"), 0o644))
	b := &Builder{Tool: "errcodelint", BaseDir: dir}
	b.Notify(Notice{Message: "cannot use \"s\" (untyped string constant) as int value in variable declaration", Pos: Pos{src, 3, 13}})
	b.Notify(Notice{Message: "pattern ./nope: directory not found"})
	var buf bytes.Buffer
	require.NoError(t, b.Write(&buf))
	require.NoError(t, validate(t, sariftest.CompileSchema(t), buf.Bytes()), buf.String())

	var log Log
	require.NoError(t, json.Unmarshal(buf.Bytes(), &log))
	inv := log.Runs[0].Invocations[0]
	assert.False(t, inv.ExecutionSuccessful)
	require.Len(t, inv.ToolExecutionNotifications, 2)
	n0 := inv.ToolExecutionNotifications[0]
	assert.Equal(t, "error", n0.Level)
	assert.Contains(t, n0.Message.Text, "cannot use")
	require.Len(t, n0.Locations, 1)
	assert.Equal(t, ArtifactLocation{URI: "p/bad.go", URIBaseID: SrcRoot}, n0.Locations[0].PhysicalLocation.ArtifactLocation)
	assert.Equal(t, 3, n0.Locations[0].PhysicalLocation.Region.StartLine)
	assert.Empty(t, inv.ToolExecutionNotifications[1].Locations)
}

// The errcodelint fingerprint follows the line's text, not its number, and
// tells equal lines apart by their ordinal.
func TestFingerprintsSurviveEditsElsewhere(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "a.go")
	line := "\t_ = se.ErrorCode == \"ModelArts.9999\"\n"
	fingerprints := func(prefix string) []map[string]string {
		require.NoError(t, os.WriteFile(src, []byte(prefix+line+line), 0o644))
		n := strings.Count(prefix, "\n")
		b := &Builder{Tool: "errcodelint", BaseDir: dir}
		for i := 1; i <= 2; i++ {
			b.Add(Finding{Rule: "unknown-code", Message: "m", Start: Pos{src, n + i, 23}, End: Pos{src, n + i, 39}})
		}
		var out []map[string]string
		for _, r := range b.Log().Runs[0].Results {
			out = append(out, r.PartialFingerprints)
		}
		return out
	}
	before := fingerprints("package p\n\nfunc f() {\n")
	after := fingerprints("package p\n\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n\nfunc f() {\n")
	require.Len(t, before, 2)
	assert.Equal(t, before[0][FingerprintKey], after[0][FingerprintKey])
	assert.Equal(t, before[1][FingerprintKey], after[1][FingerprintKey])
	assert.NotEqual(t, before[0][FingerprintKey], before[1][FingerprintKey])
	assert.True(t, strings.HasSuffix(before[1][FingerprintKey], ":2"))
}

func TestRootDir(t *testing.T) {
	repo := t.TempDir()
	sub := filepath.Join(repo, "mod", "pkg")
	require.NoError(t, os.MkdirAll(sub, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(repo, "mod", "go.mod"), []byte("module m\n"), 0o644))
	assert.Equal(t, filepath.Join(repo, "mod"), RootDir(sub), "outside a repository: the module root")
	require.NoError(t, os.Mkdir(filepath.Join(repo, ".git"), 0o755))
	assert.Equal(t, repo, RootDir(sub), "inside a repository: its root")
	assert.Equal(t, repo, RootDir(repo))
}

// The schema must reject broken logs, or the validity test above proves
// nothing.
func TestSchemaRejectsInvalidLogs(t *testing.T) {
	s := sariftest.CompileSchema(t)
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
	schema, err := sariftest.Compile()
	if err != nil {
		f.Fatal(err)
	}
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
