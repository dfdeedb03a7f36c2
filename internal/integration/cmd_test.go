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
		{"no packages", clean, nil, exitFailure, "errcodelint: no packages given\nusage: errcodelint [flags] packages..."},
		{"pattern matches nothing", clean, []string{"./nonexistent"}, exitFailure, "nonexistent"},
		{"type error", broken, []string{"./..."}, exitFailure, "broken.go:3:"},
		{"missing catalog file", clean, []string{"-catalog=no/such/catalog.md", "./..."}, exitFailure, "no/such/catalog.md"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, tc.dir, nil, errcodelintBin, tc.args...)
			assert.Equal(t, tc.want, r.code, "%s", r)
			assert.Contains(t, r.stderr, tc.stderr)
		})
	}
}

// help, -h, -help and --help print the same overview on stdout and exit 0;
// it names every mode and exit code, and every flag the standalone driver
// accepts except x/tools' deprecated no-ops.
func TestHelp(t *testing.T) {
	dir := t.TempDir()
	r := run(t, dir, nil, errcodelintBin, "help")
	require.Equal(t, exitClean, r.code, "%s", r)
	assert.Empty(t, r.stderr)
	help := r.stdout
	for _, args := range [][]string{{"-h"}, {"-help"}, {"--help"}, {"-checks=unknown-code", "-h", "./..."}} {
		r := run(t, dir, nil, errcodelintBin, args...)
		assert.Equal(t, exitClean, r.code, "%v: %s", args, r)
		assert.Equal(t, help, r.stdout, "%v", args)
		assert.Empty(t, r.stderr, "%v", args)
	}
	for _, want := range []string{"go vet -vettool=", "errcodelint vet", "errcodelint catalog", "-sarif FILE",
		"errcodelint version", "3  findings were reported", "2  usage error"} {
		assert.Contains(t, help, want)
	}

	// singlechecker's flags (go vet asks for them with -flags) are all
	// in the help, but its deprecated no-ops.
	r = run(t, dir, nil, errcodelintBin, "-flags")
	require.Equal(t, exitClean, r.code, "%s", r)
	var flags []struct{ Name, Usage string }
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &flags), r.stdout)
	deprecated := 0
	for _, f := range flags {
		if strings.Contains(f.Usage, "(deprecated)") {
			deprecated++
			assert.NotRegexp(t, `(?m)^  -`+regexp.QuoteMeta(f.Name)+`\b`, help, "deprecated flag listed")
			continue
		}
		if f.Name == "catalog-sum" {
			continue // set by errcodelint vet, not by people
		}
		assert.Regexp(t, `(?m)^  -`+regexp.QuoteMeta(f.Name)+`\b`, help, "flag -%s missing from help", f.Name)
	}
	assert.Positive(t, deprecated, "the driver's flag list was not parsed: %s", r.stdout)

	// A usage error is one line and a pointer to the help.
	r = run(t, dir, nil, errcodelintBin, "-no-such-flag", "./...")
	require.Equal(t, exitUsage, r.code, "%s", r)
	assert.Equal(t, "errcodelint: flag provided but not defined: -no-such-flag\n"+
		"usage: errcodelint [flags] packages...  (run \"errcodelint help\" for modes, exit codes and flags)\n", r.stderr)

	for _, sub := range [][]string{{"vet", "-h"}, {"catalog", "-h"}, {"help", "vet"}, {"help", "catalog"}, {"version", "-h"}} {
		topic := sub[0]
		if topic == "help" {
			topic = sub[1]
		}
		r := run(t, dir, nil, errcodelintBin, sub...)
		assert.Equal(t, exitClean, r.code, "%v: %s", sub, r)
		assert.Contains(t, r.stdout, "usage: errcodelint "+topic, "%v", sub)
		assert.Empty(t, r.stderr, "%v", sub)
	}
	r = run(t, dir, nil, errcodelintBin, "help", "-h")
	assert.Equal(t, exitClean, r.code, "%s", r)
	assert.Equal(t, help, r.stdout)
	r = run(t, dir, nil, errcodelintBin, "version", "nope")
	assert.Equal(t, exitUsage, r.code, "%s", r)
	assert.Equal(t, "errcodelint version: unexpected argument \"nope\"\n", r.stderr)
	r = run(t, dir, nil, errcodelintBin, "help", "nope")
	assert.Equal(t, exitUsage, r.code, "%s", r)
	assert.Equal(t, "errcodelint help: unknown topic \"nope\" (want catalog or vet)\n", r.stderr)
}

// -V and "errcodelint version" print the version and the built-in
// catalog's page digests.
func TestVersion(t *testing.T) {
	dir := t.TempDir()
	r := run(t, dir, nil, errcodelintBin, "version")
	require.Equal(t, exitClean, r.code, "%s", r)
	assert.Regexp(t, `^errcodelint (v\S+|devel( \S+)?)\n`, r.stdout)
	assert.Regexp(t, `(?m)^built-in catalog: \d+ rows from 4 pages`, r.stdout)
	assert.Regexp(t, `(?m)^  modelarts\.md +ModelArts +\d+ rows  [0-9a-f]{16}$`, r.stdout)
	for _, args := range [][]string{{"-V"}, {"--V"}, {"-V=true"}} {
		v := run(t, dir, nil, errcodelintBin, args...)
		assert.Equal(t, exitClean, v.code, "%v: %s", args, v)
		assert.Equal(t, r.stdout, v.stdout, "%v", args)
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
		m := regexp.MustCompile(`^(\S+) version devel (?:\S+ )?buildID=([0-9a-f]{64})\n$`).FindStringSubmatch(r.stdout)
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
				Name            string `json:"name"`
				Version         string `json:"version"`
				SemanticVersion string `json:"semanticVersion"`
				InformationURI  string `json:"informationUri"`
				Rules           []struct {
					ID               string    `json:"id"`
					HelpURI          string    `json:"helpUri"`
					ShortDescription sarifText `json:"shortDescription"`
					FullDescription  sarifText `json:"fullDescription"`
					Help             sarifText `json:"help"`
					Properties       ruleProps `json:"properties"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Invocations []struct {
			ExecutionSuccessful        bool `json:"executionSuccessful"`
			ToolExecutionNotifications []struct {
				Level   string    `json:"level"`
				Message sarifText `json:"message"`
			} `json:"toolExecutionNotifications"`
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
			PartialFingerprints map[string]string `json:"partialFingerprints"`
			Fixes               []json.RawMessage `json:"fixes"`
		} `json:"results"`
	} `json:"runs"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type ruleProps struct {
	Precision string   `json:"precision"`
	Severity  string   `json:"problem.severity"`
	Tags      []string `json:"tags"`
}

// assertCodeScanningFields checks what GitHub code scanning reads: the
// tool's version and home page, every rule's descriptions, help and
// properties, and every result's fingerprints.
func assertCodeScanningFields(t *testing.T, log sarifLog) {
	t.Helper()
	driver := log.Runs[0].Tool.Driver
	assert.NotEmpty(t, driver.Version)
	assert.Equal(t, "https://github.com/errcodelint/errcodelint", driver.InformationURI)
	var ids []string
	for _, rule := range driver.Rules {
		ids = append(ids, rule.ID)
		assert.NotEmpty(t, rule.ShortDescription.Text, rule.ID)
		assert.NotEmpty(t, rule.FullDescription.Text, rule.ID)
		assert.NotEmpty(t, rule.Help.Text, rule.ID)
		assert.NotEmpty(t, rule.Help.Markdown, rule.ID)
		assert.Equal(t, "https://github.com/errcodelint/errcodelint#"+rule.ID, rule.HelpURI)
		assert.NotEmpty(t, rule.Properties.Precision, rule.ID)
		severity := "warning"
		if rule.ID == "use-constant" {
			severity = "recommendation" // a style change
		}
		assert.Equal(t, severity, rule.Properties.Severity, rule.ID)
		assert.NotEmpty(t, rule.Properties.Tags, rule.ID)
	}
	assert.Equal(t, analyzer.Checks, ids, "one rule per check, in the checks' order")
	for _, res := range log.Runs[0].Results {
		assert.Regexp(t, `^[0-9a-f]+:\d+$`, res.PartialFingerprints["primaryLocationLineHash"], res.Message.Text)
		assert.Regexp(t, `^[0-9a-f]{32}:\d+$`, res.PartialFingerprints["errcodelintLineHash/v1"], res.Message.Text)
	}
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
	schema := sariftest.CompileSchema(t)
	dir := sample(t, "findings")
	file := filepath.Join(dir, "findings.go")

	r := run(t, dir, nil, errcodelintBin, "-sarif", "out.sarif", "./...")
	require.Equal(t, exitFindings, r.code, "%s", r)
	assert.Contains(t, r.stderr, "ModelArts.9999", "text diagnostics still go to stderr")
	log := validSARIF(t, schema, []byte(readFile(t, filepath.Join(dir, "out.sarif"))))
	assertCodeScanningFields(t, log)
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
		assert.Equal(t, "findings.go", loc.ArtifactLocation.URI, "URIs are relative to the module root outside a repository")
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

	// Load error: exit 1, and the log says the run failed and why.
	r = run(t, clean, nil, errcodelintBin, "-sarif", "out.sarif", "./nonexistent")
	require.Equal(t, exitFailure, r.code, "%s", r)
	log = validSARIF(t, schema, []byte(readFile(t, filepath.Join(clean, "out.sarif"))))
	assert.False(t, log.Runs[0].Invocations[0].ExecutionSuccessful)
	require.NotEmpty(t, log.Runs[0].Invocations[0].ToolExecutionNotifications)
	assert.Contains(t, log.Runs[0].Invocations[0].ToolExecutionNotifications[0].Message.Text, "nonexistent")

	// Type error: the findings of the other files are still reported, and
	// the error is a notification.
	broken := sample(t, "findings")
	require.NoError(t, os.WriteFile(filepath.Join(broken, "broken.go"), []byte("package findings\n\nfunc Broken() int { return \"x\" }\n"), 0o644))
	r = run(t, broken, nil, errcodelintBin, "-sarif", "out.sarif", "./...")
	require.Equal(t, exitFailure, r.code, "%s", r)
	log = validSARIF(t, schema, []byte(readFile(t, filepath.Join(broken, "out.sarif"))))
	inv := log.Runs[0].Invocations[0]
	assert.False(t, inv.ExecutionSuccessful)
	require.Len(t, inv.ToolExecutionNotifications, 1, "%+v", inv)
	assert.Equal(t, "error", inv.ToolExecutionNotifications[0].Level)
	assert.Contains(t, inv.ToolExecutionNotifications[0].Message.Text, "cannot use")

	// Usage errors: exit 2.
	for _, args := range [][]string{{"-sarif"}, {"-sarif", "x.sarif"}, {"-sarif", "x.sarif", "-fix", "./..."}} {
		r = run(t, clean, nil, errcodelintBin, args...)
		assert.Equal(t, exitUsage, r.code, "%v: %s", args, r)
	}
}

// The quick-start sample has findings of every check, and fixes that add
// imports: its SARIF log is valid too. Run from the repository root and
// from the sample's own directory, the log is the same: URIs relative to
// the repository root.
func TestSARIFQuickstart(t *testing.T) {
	schema := sariftest.CompileSchema(t)
	root := filepath.Join(t.TempDir(), "repo")
	r := run(t, repoRoot, nil, "git", "-c", "safe.directory=*", "clone", "--quiet", repoRoot, root)
	require.Equal(t, 0, r.code, "%s", r)

	var logs []string
	for _, c := range []struct{ dir, pkg string }{
		{root, "./examples/quickstart"},
		{filepath.Join(root, "examples", "quickstart"), "."},
		{filepath.Join(root, "examples"), "./quickstart"},
	} {
		out := filepath.Join(t.TempDir(), "quickstart.sarif")
		r := run(t, c.dir, nil, errcodelintBin, "-sarif", out, c.pkg)
		require.Equal(t, exitFindings, r.code, "%s", r)
		data := readFile(t, out)
		log := validSARIF(t, schema, []byte(data))
		assertCodeScanningFields(t, log)
		assert.Equal(t, "file://"+filepath.ToSlash(root)+"/", log.Runs[0].OriginalURIBaseIDs["%SRCROOT%"].URI)
		seen := map[string]bool{}
		fixes := 0
		for _, res := range log.Runs[0].Results {
			seen[res.RuleID] = true
			fixes += len(res.Fixes)
			assert.Equal(t, "examples/quickstart/quickstart.go", res.Locations[0].PhysicalLocation.ArtifactLocation.URI)
			assert.Equal(t, "%SRCROOT%", res.Locations[0].PhysicalLocation.ArtifactLocation.URIBaseID)
		}
		for _, c := range analyzer.Checks {
			assert.True(t, seen[c], "no %s result in the quick-start SARIF log", c)
		}
		assert.Positive(t, fixes)
		logs = append(logs, data)
	}
	assert.Equal(t, logs[0], logs[1], "the working directory changes nothing")
	assert.Equal(t, logs[0], logs[2], "the working directory changes nothing")
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
