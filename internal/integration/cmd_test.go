package integration

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/errcodelint/errcodelint/internal/sarif/sariftest"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcodelint/errcodelint/analyzer"
)

// Exit codes of the standalone command, as documented in cmd/errcodelint.
const (
	exitClean    = 0
	exitFailure  = 1 // load or analysis error
	exitUsage    = 2
	exitFindings = 3
)

func TestExitCodes(t *testing.T) {
	findings := sample(t, "findings")
	clean := sample(t, "clean")
	broken := sample(t, "clean")
	require.NoError(t, os.WriteFile(filepath.Join(broken, "broken.go"), []byte("package clean\n\nfunc Broken() int { return \"x\" }\n"), 0o644))

	for _, tc := range []struct {
		name   string
		dir    string
		args   []string
		want   int
		stderr string // substring of stderr
	}{
		{"findings", findings, []string{"./..."}, exitFindings, "findings.go:6:"},
		{"clean", clean, []string{"./..."}, exitClean, ""},
		{"json never fails on findings", findings, []string{"-json", "./..."}, exitClean, ""},
		{"unknown flag", clean, []string{"-no-such-flag", "./..."}, exitUsage, "flag provided but not defined: -no-such-flag"},
		{"bad analyzer flag value", clean, []string{"-checks=no-such-check", "./..."}, exitUsage, "no-such-check"},
		{"bad status func", clean, []string{"-status-funcs=example.com/x.F", "./..."}, exitUsage, "status-funcs"},
		{"no packages", clean, nil, exitFailure, "Usage: errcodelint"},
		{"pattern matches nothing", clean, []string{"./nonexistent"}, exitFailure, "nonexistent"},
		{"type error", broken, []string{"./..."}, exitFailure, "broken.go:3:"},
		{"missing catalog file", clean, []string{"-catalog=no/such/catalog.md", "./..."}, exitFailure, "no/such/catalog.md"},
		{"help", clean, []string{"-help"}, exitClean, "-status-funcs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, tc.dir, nil, errcodelintBin, tc.args...)
			assert.Equal(t, tc.want, r.code, "%s", r)
			assert.Contains(t, r.stderr, tc.stderr)
		})
	}
}

func TestDiagnosticsAndFix(t *testing.T) {
	dir := sample(t, "findings")
	file := filepath.Join(dir, "findings.go")
	before := readFile(t, file)

	r := run(t, dir, nil, errcodelintBin, "./...")
	require.Equal(t, exitFindings, r.code, "%s", r)
	malformed := fmt.Sprintf("%s:%d:", file, lineOf(t, file, `"modelarts.0102"`))
	unknown := fmt.Sprintf("%s:%d:", file, lineOf(t, file, `"ModelArts.9999"`))
	assert.Regexp(t, regexp.QuoteMeta(malformed)+`\d+: .*ModelArts\.0102`, r.stderr)
	assert.Regexp(t, regexp.QuoteMeta(unknown)+`\d+: .*ModelArts\.9999`, r.stderr)

	// -checks limits the run; -diff previews the fix without writing.
	r = run(t, dir, nil, errcodelintBin, "-checks=malformed-code", "-fix", "-diff", "./...")
	assert.Equal(t, exitClean, r.code, "%s", r)
	assert.Contains(t, r.stdout, `-	return code == "modelarts.0102"`)
	assert.Contains(t, r.stdout, `+	return code == "ModelArts.0102"`)
	assert.Equal(t, before, readFile(t, file), "-diff must not write")

	r = run(t, dir, nil, errcodelintBin, "-checks=malformed-code", "-fix", "./...")
	assert.Equal(t, exitClean, r.code, "%s", r)
	after := readFile(t, file)
	assert.Contains(t, after, `return code == "ModelArts.0102"`)
	assert.NotContains(t, after, `"modelarts.0102"`)

	r = run(t, dir, nil, errcodelintBin, "-checks=malformed-code", "./...")
	assert.Equal(t, exitClean, r.code, "fixed code must be clean: %s", r)
}

// go vet caches a vet tool's results keyed by the tool's -V=full identity,
// which analysisflags computes as the SHA-256 of the executable. The
// catalog is compiled into the executable, so a new catalog means a new
// identity and go vet cannot replay stale results.
func TestVersionIdentityIsBinaryHash(t *testing.T) {
	idOf := func(bin string) string {
		r := run(t, t.TempDir(), nil, bin, "-V=full")
		require.Equal(t, 0, r.code, "%s", r)
		m := regexp.MustCompile(`^(\S+) version devel \S+ buildID=([0-9a-f]{64})\n$`).FindStringSubmatch(r.stdout)
		require.NotNil(t, m, "unexpected -V=full output %q", r.stdout)
		data, err := os.ReadFile(bin)
		require.NoError(t, err)
		sum := sha256.Sum256(data)
		assert.Equal(t, hex.EncodeToString(sum[:]), m[2], "buildID must be the sha256 of the executable")
		return m[2]
	}
	id := idOf(errcodelintBin)

	// Rebuild with one catalog message changed (an overlay, leaving the
	// checkout untouched): the identity must change.
	entries := filepath.Join(repoRoot, "catalog", "zentries.go")
	src := readFile(t, entries)
	const field = `Message: "`
	require.Contains(t, src, field, "catalog/zentries.go no longer holds Message fields; update this test")
	tmp := t.TempDir()
	changed := filepath.Join(tmp, "zentries.go")
	require.NoError(t, os.WriteFile(changed, []byte(strings.Replace(src, field, field+"(changed) ", 1)), 0o644))
	overlay, err := json.Marshal(map[string]map[string]string{"Replace": {entries: changed}})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(tmp, "overlay.json"), overlay, 0o644))
	bin2 := filepath.Join(tmp, "errcodelint")
	r := run(t, repoRoot, nil, "go", "build", "-overlay="+filepath.Join(tmp, "overlay.json"), "-o", bin2, "./cmd/errcodelint")
	require.Equal(t, 0, r.code, "%s", r)
	id2 := idOf(bin2)
	assert.NotEqual(t, id, id2, "a changed catalog must change the -V=full identity")
}

type sarifLog struct {
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name  string `json:"name"`
				Rules []struct {
					ID      string `json:"id"`
					HelpURI string `json:"helpUri"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Invocations []struct {
			ExecutionSuccessful bool `json:"executionSuccessful"`
		} `json:"invocations"`
		OriginalURIBaseIDs map[string]struct {
			URI string `json:"uri"`
		} `json:"originalUriBaseIds"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex int    `json:"ruleIndex"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string `json:"uri"`
						URIBaseID string `json:"uriBaseId"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine   int `json:"startLine"`
						StartColumn int `json:"startColumn"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
			Fixes []json.RawMessage `json:"fixes"`
		} `json:"results"`
	} `json:"runs"`
}

func validSARIF(t *testing.T, schema *jsonschema.Schema, data []byte) sarifLog {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	require.NoError(t, err)
	require.NoError(t, schema.Validate(inst), "%s", data)
	var log sarifLog
	require.NoError(t, json.Unmarshal(data, &log))
	require.Len(t, log.Runs, 1)
	return log
}

func TestSARIF(t *testing.T) {
	schema := sariftest.CompileSchema(t, filepath.Join(repoRoot, "internal", "sarif", "testdata", "sarif-2.1.0-subset.schema.json"))
	dir := sample(t, "findings")
	file := filepath.Join(dir, "findings.go")

	r := run(t, dir, nil, errcodelintBin, "-sarif", "out.sarif", "./...")
	require.Equal(t, exitFindings, r.code, "%s", r)
	assert.Contains(t, r.stderr, "ModelArts.9999", "text diagnostics still go to stderr")
	log := validSARIF(t, schema, []byte(readFile(t, filepath.Join(dir, "out.sarif"))))
	run0 := log.Runs[0]
	assert.Equal(t, "errcodelint", run0.Tool.Driver.Name)
	assert.True(t, run0.Invocations[0].ExecutionSuccessful)
	assert.Equal(t, "file://"+filepath.ToSlash(dir)+"/", run0.OriginalURIBaseIDs["%SRCROOT%"].URI)
	var ruleIDs []string
	for _, rule := range run0.Tool.Driver.Rules {
		ruleIDs = append(ruleIDs, rule.ID)
		assert.NotEmpty(t, rule.HelpURI, rule.ID)
	}
	assert.ElementsMatch(t, analyzer.Checks, ruleIDs, "one rule per diagnostic category")

	byRule := map[string]int{}
	for _, res := range run0.Results {
		assert.Equal(t, res.RuleID, ruleIDs[res.RuleIndex])
		byRule[res.RuleID]++
		loc := res.Locations[0].PhysicalLocation
		assert.Equal(t, "findings.go", loc.ArtifactLocation.URI, "URIs are relative to the working directory")
		assert.Equal(t, "%SRCROOT%", loc.ArtifactLocation.URIBaseID)
		if strings.Contains(res.Message.Text, "ModelArts.9999") && res.RuleID == "unknown-code" {
			assert.Equal(t, lineOf(t, file, `"ModelArts.9999"`), loc.Region.StartLine)
			assert.Equal(t, 17, loc.Region.StartColumn)
		}
	}
	assert.Positive(t, byRule["unknown-code"], "%s", readFile(t, filepath.Join(dir, "out.sarif")))
	assert.Positive(t, byRule["malformed-code"])
	for _, res := range run0.Results {
		if res.RuleID == "malformed-code" {
			assert.NotEmpty(t, res.Fixes, "the malformed-code fix is carried into SARIF")
		}
	}

	// "-" writes to standard output; analyzer flags apply.
	r = run(t, dir, nil, errcodelintBin, "-checks=unknown-code", "-sarif=-", "./...")
	require.Equal(t, exitFindings, r.code, "%s", r)
	log = validSARIF(t, schema, []byte(r.stdout))
	for _, res := range log.Runs[0].Results {
		assert.Equal(t, "unknown-code", res.RuleID)
	}

	// Clean code: exit 0 and an empty, valid result list.
	clean := sample(t, "clean")
	r = run(t, clean, nil, errcodelintBin, "-sarif", "out.sarif", "./...")
	require.Equal(t, exitClean, r.code, "%s", r)
	log = validSARIF(t, schema, []byte(readFile(t, filepath.Join(clean, "out.sarif"))))
	assert.Empty(t, log.Runs[0].Results)
	assert.True(t, log.Runs[0].Invocations[0].ExecutionSuccessful)

	// Load error: exit 1, and the log says the run failed.
	r = run(t, clean, nil, errcodelintBin, "-sarif", "out.sarif", "./nonexistent")
	require.Equal(t, exitFailure, r.code, "%s", r)
	log = validSARIF(t, schema, []byte(readFile(t, filepath.Join(clean, "out.sarif"))))
	assert.False(t, log.Runs[0].Invocations[0].ExecutionSuccessful)

	// Usage errors: exit 2.
	for _, args := range [][]string{{"-sarif"}, {"-sarif", "x.sarif"}, {"-sarif", "x.sarif", "-fix", "./..."}} {
		r = run(t, clean, nil, errcodelintBin, args...)
		assert.Equal(t, exitUsage, r.code, "%v: %s", args, r)
	}
}

// The quick-start sample has findings of every check, and fixes that add
// imports: its SARIF log is valid too.
func TestSARIFQuickstart(t *testing.T) {
	schema := sariftest.CompileSchema(t, filepath.Join(repoRoot, "internal", "sarif", "testdata", "sarif-2.1.0-subset.schema.json"))
	out := filepath.Join(t.TempDir(), "quickstart.sarif")
	r := run(t, repoRoot, nil, errcodelintBin, "-sarif", out, "./examples/quickstart")
	require.Equal(t, exitFindings, r.code, "%s", r)
	log := validSARIF(t, schema, []byte(readFile(t, out)))
	seen := map[string]bool{}
	fixes := 0
	for _, res := range log.Runs[0].Results {
		seen[res.RuleID] = true
		fixes += len(res.Fixes)
		assert.Equal(t, "examples/quickstart/quickstart.go", res.Locations[0].PhysicalLocation.ArtifactLocation.URI)
	}
	for _, c := range analyzer.Checks {
		assert.True(t, seen[c], "no %s result in the quick-start SARIF log", c)
	}
	assert.Positive(t, fixes)
}

func TestCatalogSubcommand(t *testing.T) {
	dir := t.TempDir()
	r := run(t, dir, nil, errcodelintBin, "catalog", "list")
	require.Equal(t, 0, r.code, "%s", r)
	lines := strings.Split(r.stdout, "\n")
	assert.True(t, slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, "ModelArts.0204") }), "%s", r)

	r = run(t, dir, nil, errcodelintBin, "catalog")
	assert.Equal(t, 2, r.code, "%s", r)
}
