package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcodelint/errcodelint/analyzer"
	"github.com/errcodelint/errcodelint/catalog"
	"github.com/errcodelint/errcodelint/internal/sarif"
)

func TestSarifFlag(t *testing.T) {
	for _, args := range [][]string{
		{"-sarif", "out.sarif", "./..."},
		{"--sarif", "out.sarif", "./..."},
		{"-sarif=out.sarif", "./..."},
		{"-checks=unknown-code", "--sarif=-", "./..."},
		{"-sarif"},
	} {
		assert.True(t, sarifFlag(args), "%q", args)
	}
	for _, args := range [][]string{
		nil,
		{"./..."},
		{"-json", "./..."},
		{"-sarifx", "./..."},
		{"--", "-sarif", "x"},
		{"sarif"},
	} {
		assert.False(t, sarifFlag(args), "%q", args)
	}
}

// Every diagnostic category has a SARIF rule, in the analyzer's order,
// with its help built from the check's examples.
func TestRulesAreTheChecks(t *testing.T) {
	var ids []string
	for i, r := range rules() {
		c := analyzer.AllChecks()[i]
		ids = append(ids, r.ID)
		assert.NotEmpty(t, r.Description, r.ID)
		assert.Contains(t, r.HelpText, c.Bad, r.ID)
		assert.Contains(t, r.HelpText, c.Good, r.ID)
		assert.Contains(t, r.HelpMarkdown, "```go\n"+c.Good+"\n```", r.ID)
		assert.Contains(t, r.HelpMarkdown, c.Doc, r.ID)
		assert.NotContains(t, r.Full, "`", r.ID)
		assert.Equal(t, c.URL(), r.HelpURI)
	}
	assert.Equal(t, analyzer.Checks, ids)
}

func TestVersionArg(t *testing.T) {
	for _, c := range []struct {
		args        []string
		asked, full bool
	}{
		{[]string{"-V"}, true, false},
		{[]string{"--V"}, true, false},
		{[]string{"-V=full"}, true, true},
		{[]string{"-checks=unknown-code", "-V=full"}, true, true},
		{[]string{"./...", "-V"}, true, false},
		{[]string{"--", "-V"}, false, false},
		{[]string{"./..."}, false, false},
		{[]string{"-Vx"}, false, false},
	} {
		asked, full := versionArg(c.args)
		assert.Equal(t, c.asked, asked, "%q", c.args)
		assert.Equal(t, c.full, full, "%q", c.args)
	}
}

func TestHelpArg(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"-help"}, {"--help"}, {"-fix", "./...", "-h"}} {
		assert.True(t, helpArg(args), "%q", args)
	}
	for _, args := range [][]string{nil, {"./..."}, {"--", "-h"}, {"-hx"}, {"h"}} {
		assert.False(t, helpArg(args), "%q", args)
	}
}

func TestParsePos(t *testing.T) {
	p, ok := parsePos("/src/a.go:3:28")
	assert.True(t, ok)
	assert.Equal(t, sarif.Pos{File: "/src/a.go", Line: 3, Column: 28}, p)
	p, ok = parsePos("/src/a.go:3")
	assert.True(t, ok)
	assert.Equal(t, sarif.Pos{File: "/src/a.go", Line: 3}, p)
	for _, s := range []string{"", "-", "/src/a.go", ":3:4"} {
		_, ok := parsePos(s)
		assert.False(t, ok, "%q", s)
	}
}

// The help lists every analyzer flag but the internal -catalog-sum.
func TestHelpListsAnalyzerFlags(t *testing.T) {
	var buf strings.Builder
	a := newAnalyzer(false)
	printHelp(&buf, a)
	a.Flags.VisitAll(func(f *flag.Flag) {
		if f.Name == catalogSumFlag {
			assert.NotContains(t, buf.String(), "-"+f.Name)
		} else {
			assert.Regexp(t, `(?m)^  -`+f.Name+`\b`, buf.String())
		}
	})
}

// The catalog digests cover every built-in row, one digest per page.
func TestCatalogDigests(t *testing.T) {
	rows := 0
	seen := map[string]bool{}
	for _, p := range catalogDigests() {
		rows += p.Rows
		assert.Len(t, p.Digest, 16)
		assert.False(t, seen[p.Digest], "digests differ between pages")
		seen[p.Digest] = true
	}
	assert.Equal(t, len(catalog.Default().Entries()), rows)
}

func TestCatalogSum(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.md")
	require.NoError(t, os.WriteFile(a, []byte("one"), 0o644))

	assert.Empty(t, catalogSum([]string{"./..."}))
	assert.Empty(t, catalogSum([]string{"--", "-catalog=" + a}))
	s1 := catalogSum([]string{"-catalog=" + a, "./..."})
	assert.Len(t, s1, 16)
	assert.Equal(t, s1, catalogSum([]string{"-catalog", a, "./..."}), "separate value")
	assert.Equal(t, s1, catalogSum([]string{"--catalog=" + a}))

	require.NoError(t, os.WriteFile(a, []byte("two"), 0o644))
	s2 := catalogSum([]string{"-catalog=" + a})
	assert.NotEqual(t, s1, s2, "the digest follows the file's contents")

	b := filepath.Join(dir, "b.md")
	require.NoError(t, os.WriteFile(b, []byte("three"), 0o644))
	assert.NotEqual(t, s2, catalogSum([]string{"-catalog=" + a + "," + b}))
	assert.NotEqual(t, s2, catalogSum([]string{"-catalog=" + filepath.Join(dir, "missing.md")}))
}

// The digest covers the module's .errcodelint.yml and the pages it names,
// so that go vet's cache notices when either changes.
func TestCatalogSumConfigFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	write("go.mod", "module example.com/m\n\ngo 1.26\n")
	t.Chdir(dir)
	assert.Empty(t, catalogSum([]string{"./..."}))

	write(".errcodelint.yml", "catalog: [undocumented.md]\n")
	write("undocumented.md", "one")
	s1 := catalogSum([]string{"./..."})
	assert.Len(t, s1, 16)
	write("undocumented.md", "two")
	s2 := catalogSum([]string{"./..."})
	assert.NotEqual(t, s1, s2, "the digest follows the page the file names")
	write(".errcodelint.yml", "catalog: [undocumented.md]\nprose: true\n")
	assert.NotEqual(t, s2, catalogSum([]string{"./..."}), "the digest follows the file")
}

func TestVetTool(t *testing.T) {
	assert.True(t, vetTool([]string{"-checks=use-constant", "/tmp/go-build1/b001/vet.cfg"}))
	assert.False(t, vetTool([]string{"./..."}))
	assert.False(t, vetTool([]string{"-V=full"}))
	assert.False(t, vetTool([]string{"-flags"}))
	assert.False(t, vetTool(nil))
}

// A flag neither driver knows, or a bad flag value, is a one-line error
// that points to "errcodelint help", exit 2: not x/tools' usage with its
// deprecated no-op flags. A command line without packages exits 1.
func TestBadFlagIsOneLine(t *testing.T) {
	dir := writeModule(t, map[string]string{"a/a.go": "package a\n"})
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"-nope", "./..."}, 2, "errcodelint: flag provided but not defined: -nope"},
		{[]string{"-fix", "-nope", "./..."}, 2, "errcodelint: flag provided but not defined: -nope"},
		{[]string{"-fix", "-diff", "--nope=1", "./..."}, 2, "errcodelint: flag provided but not defined: -nope"},
		{[]string{"-batch=x", "./..."}, 2, `errcodelint: invalid value "x" for flag -batch: parse error`},
		{[]string{"-fix"}, 1, "errcodelint: no packages given"},
		{[]string{"-sarif", "out.sarif"}, 2, "errcodelint: no packages given"}, // as -sarif mode always did
		{[]string{"-sarif", "out.sarif", "-fix", "./..."}, 2, "errcodelint: -sarif does not combine with -fix or -diff"},
		{[]string{"-diff", "-sarif=-", "./..."}, 2, "errcodelint: -sarif does not combine with -fix or -diff"},
	} {
		r := command(t, dir, nil, c.args...)
		assert.Equal(t, c.code, r.code, "%q %+v", c.args, r)
		assert.Equal(t, c.msg+"\n"+usageLine, r.stderr, "%q", c.args)
		assert.Empty(t, r.stdout, "%q", c.args)
	}
	r := command(t, dir, nil, "-json", "-sarif=-", "./...")
	assert.Equal(t, 2, r.code, "%+v", r)
	assert.Equal(t, "errcodelint: -json and -sarif=- both write to standard output\n", r.stderr)

	// What go vet asks, and the deprecated no-op flags, still work.
	r = command(t, dir, nil, "-flags")
	assert.Equal(t, 0, r.code, "%+v", r)
	assert.Contains(t, r.stdout, `"Name": "catalog"`)
	r = command(t, dir, nil, "-source", "-all", "-tags=x", "./...")
	assert.Equal(t, 0, r.code, "%+v", r)
}
