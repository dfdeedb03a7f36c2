package catalogcli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"go/format"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcodelint/errcodelint/catalog"
)

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(args, &out, &errb)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	return path
}

const widgetPage = `Widget errors. See also Widget.0009 and Widget.0001.

| 状态码 | 错误码 | 错误信息 | 描述 | 处理措施 |
|---|---|---|---|---|
| 400 | Widget.0001 | Bad widget. | 部件无效 | 检查部件 |
| 404 | Widget.0002 | Widget not found. | 部件不存在 | 检查ID |
| 409 | Widget.0003 | 部件冲突 | 部件冲突 | 重试 |
| 200 | Widget.0004 | Widget created. | 部件已创建 | 无 |
`

// independentRowCount counts the rows of the vendor pages with regular
// expressions, without the parser.
func independentRowCount(t *testing.T) int {
	t.Helper()
	mdRow := regexp.MustCompile(`(?m)^\|? ?[0-9]{3} \| [A-Za-z_]+[._][0-9]+ \|`)
	n := 0
	for _, p := range []string{"modelarts.md", "maas.md", "optverse.md"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "catalog", "source", p))
		require.NoError(t, err)
		n += len(mdRow.FindAll(data, -1))
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "catalog", "source", "ocr.md"))
	require.NoError(t, err)
	trs := strings.Count(string(data), "<tr ")
	n += trs - 2 // the header row and the free-text "其他" row
	return n
}

func TestUsage(t *testing.T) {
	code, _, errs := run(t)
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "usage: errcodelint catalog")

	code, _, errs = run(t, "frobnicate")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, `unknown command "frobnicate"`)

	code, out, _ := run(t, "help")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "constants [-package NAME]")

	code, out, errs = run(t, "list", "-nope")
	assert.Equal(t, 2, code)
	assert.Empty(t, out)
	assert.Contains(t, errs, "errcodelint catalog list: flag provided but not defined: -nope\n")
	assert.Contains(t, errs, "usage: errcodelint catalog list [flags]")

	code, _, errs = run(t, "show")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "errcodelint catalog show: want exactly one CODE, got 0 arguments\n")

	code, _, errs = run(t, "export", "-format", "xml")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, `unknown -format "xml"`)

	code, _, errs = run(t, "constants")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "errcodelint catalog constants: -package NAME is required\n")

	code, _, errs = run(t, "check", "-builtin=false")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "errcodelint catalog check: -builtin=false needs -catalog pages to audit\n")

	bad := writeFile(t, "bad.md", "| 状态码 | 错误码 | 错误信息 |\n|---|---|---|\n| 4x0 | A.1 | m |\n")
	code, _, errs = run(t, "list", "-catalog", bad)
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, bad+`:3: HTTP status "4x0" is not a number from 100 to 599`)
}

// Every subcommand prints its usage to stdout and exits 0 on -h, and
// prints usage errors to stderr with exit 2.
func TestHelpOnStdout(t *testing.T) {
	for _, cmd := range []string{"list", "show", "export", "check", "constants"} {
		for _, h := range []string{"-h", "-help", "--help"} {
			code, out, errs := run(t, cmd, h)
			assert.Equal(t, 0, code, "%s %s", cmd, h)
			assert.Empty(t, errs, "%s %s", cmd, h)
			assert.Contains(t, out, "usage: errcodelint catalog "+cmd+" [flags]", "%s %s", cmd, h)
			assert.Contains(t, out, "-catalog string", "%s %s", cmd, h)
		}
		code, out, errs := run(t, cmd, "-bogus")
		assert.Equal(t, 2, code, cmd)
		assert.Empty(t, out, cmd)
		assert.True(t, strings.HasPrefix(errs, "errcodelint catalog "+cmd+": "), "%s: %q", cmd, errs)
	}
	for _, h := range []string{"-h", "help", "--help"} {
		code, out, errs := run(t, h)
		assert.Equal(t, 0, code, h)
		assert.Empty(t, errs, h)
		assert.Contains(t, out, "usage: errcodelint catalog <command> [flags]", h)
	}
}

func TestShowAmbiguousCode(t *testing.T) {
	code, out, _ := run(t, "show", "ModelArts.0204")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "ModelArts.0204: 2 documented rows, ambiguous: documented with statuses 400, 401")
	assert.Contains(t, out, "constant: codes.ModelArts0204")
	assert.Contains(t, out, "HTTP 400  Token must contain projectId info.")
	assert.Contains(t, out, "HTTP 401  Failed to parse the token.")
	assert.Contains(t, out, "source:      modelarts.md:31")
	assert.Contains(t, out, "source:      modelarts.md:627")
	assert.Contains(t, out, "family:   ModelArts.NNNN..NNNNNNNN, owned by modelarts.md\n")
}

func TestShowOwnership(t *testing.T) {
	code, out, _ := run(t, "show", "APIG.0301")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "family:   APIG.NNNN, owned by no loaded page: APIG codes the catalog does not list are not reported as unknown\n")
	assert.Contains(t, out, "source:      ocr.md:")

	code, out, _ = run(t, "show", "APIG.0999")
	assert.Equal(t, 1, code)
	assert.Contains(t, out, `"APIG.0999" is not a documented code; nearest documented codes: APIG.0101, APIG.0201, APIG.0301, APIG.0308`)
	assert.Contains(t, out, "no loaded page owns the APIG family, so errcodelint does not report APIG.0999 as unknown")

	page := writeFile(t, "apig.md", "| Error Code | Error Message | HTTP Status Code |\n|---|---|---|\n| APIG.0103 | The backend does not exist. | 500 |\n")
	code, out, _ = run(t, "show", "-catalog", page, "APIG.0301")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "family:   APIG.NNNN, owned by apig.md\n")
	code, out, _ = run(t, "show", "-catalog", page, "APIG.0103")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "source:      apig.md:3")
}

func TestShowOCRCode(t *testing.T) {
	code, out, _ := run(t, "show", "APIG.0301")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "no HTTP status  Incorrect IAM authentication information.")
	assert.Contains(t, out, "module:      APIG")
	assert.Contains(t, out, "- token expires：token过期。")
}

func TestShowUnknownAndMalformed(t *testing.T) {
	code, out, _ := run(t, "show", "ModelArts.0240")
	assert.Equal(t, 1, code)
	assert.Contains(t, out, `"ModelArts.0240" is not a documented code; nearest documented codes: ModelArts.0204`)

	code, out, _ = run(t, "show", "modelarts_0204")
	assert.Equal(t, 1, code)
	assert.Contains(t, out, `"modelarts_0204" is not documented as spelled; the documented spelling is ModelArts.0204`)
	assert.Contains(t, out, "HTTP 401  Failed to parse the token.")
}

func TestShowUserCatalog(t *testing.T) {
	page := writeFile(t, "widget.md", widgetPage)
	// Flags after the code work too.
	code, out, errs := run(t, "show", "Widget.0002", "-catalog", page)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "HTTP 404  Widget not found.")
	assert.Contains(t, out, "service:     widget")
	assert.Contains(t, out, "source:      widget.md:6")

	code, _, _ = run(t, "show", "Widget.0002")
	assert.Equal(t, 1, code, "unknown without the user catalog")
}

func TestList(t *testing.T) {
	code, out, _ := run(t, "list")
	require.Equal(t, 0, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	assert.Equal(t, []string{"CODE", "STATUS", "SERVICE", "PAGE", "OWNER", "NOTE"}, strings.Fields(lines[0]), "a header line first")
	lines = lines[1:]
	assert.Len(t, lines, len(catalog.Default().Codes()))
	var found bool
	for _, l := range lines {
		if f := strings.Fields(l); f[0] == "ModelArts.0204" {
			found = true
			assert.Equal(t, []string{"ModelArts.0204", "400,401", "ModelArts", "modelarts.md", "modelarts.md", "ambiguous"}, f)
		}
		if f := strings.Fields(l); f[0] == "APIG.0301" {
			assert.Equal(t, []string{"APIG.0301", "-", "OCR", "ocr.md", "-"}, f, "no page owns APIG")
		}
		if f := strings.Fields(l); f[0] == "ModelArts.0104" {
			assert.Equal(t, []string{"ModelArts.0104", "400", "ModelArts,MaaS", "modelarts.md,maas.md", "modelarts.md"}, f)
		}
	}
	assert.True(t, found)

	code, out, _ = run(t, "list", "-family", "ais")
	require.Equal(t, 0, code)
	var codes []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		codes = append(codes, strings.Fields(l)[0])
	}
	assert.Equal(t, []string{"AIS.0101", "AIS.0102", "AIS.0103", "AIS.0104", "AIS.0105"}, codes)
	for _, l := range strings.Split(out, "\n") {
		assert.Equal(t, strings.TrimRight(l, " "), l, "no trailing spaces")
	}

	code, _, errs := run(t, "list", "-family", "Nope")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, `unknown family "Nope"; known families: AIS, APIG, JOB_MANAGER, ModelArts, OptVerse`)

	page := writeFile(t, "widget.md", widgetPage)
	code, out, _ = run(t, "list", "-family", "Widget", "-catalog", page)
	require.Equal(t, 0, code)
	assert.Len(t, strings.Split(strings.TrimSpace(out), "\n"), 5, "the header and four codes")
}

func TestExportJSON(t *testing.T) {
	code, out, _ := run(t, "export", "-format", "json")
	require.Equal(t, 0, code)
	var objs []map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(out), &objs))
	assert.Len(t, objs, independentRowCount(t))
	keys := []string{"code", "description", "message", "module", "remedy", "service", "source", "status"}
	for i, o := range objs {
		var got []string
		for k := range o {
			got = append(got, k)
		}
		assert.ElementsMatch(t, keys, got, "object %d", i)
	}
	var entries []catalog.Entry
	require.NoError(t, json.Unmarshal([]byte(out), &entries))
	assert.Equal(t, catalog.Entry{Code: "ModelArts.0116", Status: 100, Message: "The expected {0} exceeds the quota limit.",
		Description: "资源{0}超过配额限制。", Remedy: "请联系管理员扩大配额。", Service: "ModelArts", Source: "modelarts.md"}, entries[0])
	// Page order: the pages follow each other, each once.
	var pages []string
	for _, e := range entries {
		if len(pages) == 0 || pages[len(pages)-1] != e.Source {
			pages = append(pages, e.Source)
		}
	}
	assert.Equal(t, []string{"modelarts.md", "maas.md", "ocr.md", "optverse.md"}, pages)
	assert.Contains(t, out, `"remedy": "任务高级选项不规范,不能包含(|)&$?<>,中文等特殊字符,单独小于4000。"`, "no HTML escaping")

	// Written to a file, and loadable back with no change.
	path := filepath.Join(t.TempDir(), "export.json")
	code, _, _ = run(t, "export", "-o", path)
	require.Equal(t, 0, code)
	c, err := catalog.Load(path)
	require.NoError(t, err)
	assert.Len(t, c.Entries(), len(catalog.Default().Entries()))
}

func TestExportCSV(t *testing.T) {
	code, out, _ := run(t, "export", "-format", "csv")
	require.Equal(t, 0, code)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, []string{"code", "status", "message", "description", "remedy", "service", "source", "module"}, recs[0])
	assert.Len(t, recs, independentRowCount(t)+1)
	assert.Equal(t, []string{"ModelArts.0116", "100", "The expected {0} exceeds the quota limit.", "资源{0}超过配额限制。", "请联系管理员扩大配额。", "ModelArts", "modelarts.md", ""}, recs[1])
}

func TestExportMarkdownParsesBack(t *testing.T) {
	code, out, _ := run(t, "export", "-format", "md")
	require.Equal(t, 0, code)
	got, err := catalog.Parse("export.md", []byte(out))
	require.NoError(t, err)
	want := catalog.Default().Entries()
	require.Len(t, got, len(want))
	for i := range want {
		g, w := got[i], want[i]
		assert.Equal(t, []any{w.Code, w.Status, w.Message, w.Description, w.Remedy, w.Module},
			[]any{g.Code, g.Status, g.Message, g.Description, g.Remedy, g.Module}, "row %d", i)
	}
}

func TestCheckBuiltin(t *testing.T) {
	code, out, _ := run(t, "check")
	assert.Equal(t, 1, code)
	for _, want := range []string{
		"modelarts.md:31: several-statuses: ModelArts.0204 is documented with 2 HTTP statuses: 400 (modelarts.md:31), 401 (modelarts.md:627)",
		"maas.md:32: several-messages: ModelArts.81001 has 4 different messages under status 400: maas.md:32, maas.md:33, maas.md:34, maas.md:35",
		"maas.md:5: repeated-across-pages: ModelArts.0104 is documented on 2 pages: modelarts.md:27, maas.md:5",
		"modelarts.md:7: success-status-only: ModelArts.4606 is documented only with status 200",
		`optverse.md:39: shape: OptVerse_1212080002 breaks the OptVerse family's pattern: its 10 digits look like the group "12" doubled in front of OptVerse_12080002`,
		"optverse.md:7: prose-not-in-table: the page's prose mentions JOB_MANAGER.12050009, which its tables lack; no page documents it",
		`maas.md:32: wrong-language: ModelArts.81001: the message column of maas.md is English, but this cell is Chinese`,
	} {
		assert.Contains(t, out, want)
	}
	// Facts that must not be reported: OCR's prose example AIS.0101 is in its
	// table; ModelArts' 8-digit codes are a regular group, not a doubling.
	assert.NotContains(t, out, "mentions AIS.0101")
	assert.NotContains(t, out, "shape: ModelArts.")
	assert.Regexp(t, `(?m)^\d+ findings: \d+ several-statuses, `, out)
}

func TestCheckUserCatalog(t *testing.T) {
	page := writeFile(t, "widget.md", widgetPage)
	code, out, _ := run(t, "check", "-catalog", page)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "widget.md:1: prose-not-in-table: the page's prose mentions Widget.0009, which its tables lack; no page documents it (nearest: Widget.0001")
	assert.NotContains(t, out, "mentions Widget.0001")
	assert.Contains(t, out, `widget.md:7: wrong-language: Widget.0003: the message column of widget.md is English, but this cell is Chinese: "部件冲突"`)
	assert.Contains(t, out, "widget.md:8: success-status-only: Widget.0004")
}

// With -builtin=false only the user's pages are audited: the built-in
// pages' findings (exit 1 on their own) are not reported.
func TestCheckOnlyUserPages(t *testing.T) {
	clean := writeFile(t, "clean.md", "| 状态码 | 错误码 | 错误信息 | 描述 | 处理措施 |\n|---|---|---|---|---|\n"+
		"| 400 | Gadget.0001 | Bad gadget. | 无效 | 检查 |\n| 404 | Gadget.0002 | Gadget not found. | 不存在 | 检查ID |\n")
	code, out, errs := run(t, "check", "-builtin=false", "-catalog", clean)
	assert.Equal(t, 0, code, "%s%s", out, errs)
	assert.Equal(t, "no findings\n", out)

	page := writeFile(t, "widget.md", widgetPage)
	code, out, _ = run(t, "check", "-builtin=false", "-catalog", page)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "widget.md:8: success-status-only: Widget.0004")
	assert.NotContains(t, out, "modelarts.md:")
	assert.NotContains(t, out, "optverse.md:")
	assert.Regexp(t, `(?m)^3 findings: `, out)

	// A user page that documents a built-in code with another status is
	// reported, although the finding is located at the built-in row.
	again := writeFile(t, "again.md", "| 状态码 | 错误码 | 错误信息 | 描述 | 处理措施 |\n|---|---|---|---|---|\n"+
		"| 404 | ModelArts.0101 | Not here. | 不在 | 检查 |\n")
	code, out, _ = run(t, "check", "-builtin=false", "-catalog", again)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "again.md:3")
	assert.NotContains(t, out, "ModelArts.0204")
}

func TestAuditCleanCatalog(t *testing.T) {
	c, err := catalog.New([]catalog.Entry{
		{Code: "A.0001", Status: 400, Message: "Bad.", Description: "坏", Source: "a.md", Line: 3},
		{Code: "A.0002", Status: 404, Message: "Gone.", Description: "没了", Source: "a.md", Line: 4},
	})
	require.NoError(t, err)
	assert.Empty(t, Audit(c))
}

func TestConstants(t *testing.T) {
	code, out, _ := run(t, "constants", "-package", "codes")
	require.Equal(t, 0, code)
	want, err := os.ReadFile(filepath.Join("..", "..", "codes", "zcodes.go"))
	require.NoError(t, err)
	_, gotBody, _ := strings.Cut(out, "\n")
	_, wantBody, _ := strings.Cut(string(want), "\n")
	assert.Equal(t, wantBody, gotBody, "same constants as package codes")
	assert.True(t, strings.HasPrefix(out, "// Code generated by errcodelint catalog constants; DO NOT EDIT.\n"))

	page := writeFile(t, "widget.md", widgetPage)
	path := filepath.Join(t.TempDir(), "zcodes.go")
	code, _, errs := run(t, "constants", "-package", "mycodes", "-o", path, "-catalog", page)
	require.Equal(t, 0, code, errs)
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	formatted, err := format.Source(src)
	require.NoError(t, err)
	assert.Equal(t, string(formatted), string(src), "gofmt'ed")
	assert.Contains(t, string(src), "package mycodes\n")
	assert.Contains(t, string(src), "\t//   - 404 (widget.md:6): Widget not found.\n\tWidget0002 = \"Widget.0002\"\n")
	assert.Contains(t, string(src), "ModelArts0204 = \"ModelArts.0204\"")

	code, _, errs = run(t, "constants", "-package", "not-a-name")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, `"not-a-name" is not a valid Go package name`)

	// Two user codes whose constant names collide.
	clash := writeFile(t, "clash.md", "| 错误码 | 错误信息 |\n|---|---|\n| FooBar.0001 | a |\n| Foo_Bar.0001 | b |\n")
	code, _, errs = run(t, "constants", "-package", "x", "-catalog", clash)
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, `clash.md:4: constant name FooBar0001 of "Foo_Bar.0001" collides with that of "FooBar.0001"`)
}

// -o creates the directory and names the package after it; -used keeps
// only the codes the packages use, as literals in any recognised spelling
// or as constants of the same names, and skips the package it generates.
func TestConstantsUsed(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o777))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	write("go.mod", "module example.com/m\n\ngo 1.26\n")
	write("a/a.go", "package a\n\nvar codes = []string{\"ModelArts.6309\", \"modelarts.6357\", \"ModelArts.0000\"}\n")
	write("a/a_test.go", "package a\n\nconst inTest = \"AIS.0101\"\n")
	write("b/b.go", "package b\n\nimport \"example.com/m/gen/errcodes\"\n\nvar c = errcodes.ModelArts4352\n")
	// A stale generated file: its codes do not count as used.
	write("gen/errcodes/errcodes.go", "package errcodes\n\nconst (\n\tModelArts4352 = \"ModelArts.4352\"\n\tModelArts7005 = \"ModelArts.7005\"\n)\n")
	t.Chdir(dir)

	code, _, errs := run(t, "constants", "-used", "./...", "-o", "gen/errcodes/errcodes.go")
	require.Equal(t, 0, code, errs)
	src, err := os.ReadFile(filepath.Join(dir, "gen", "errcodes", "errcodes.go"))
	require.NoError(t, err)
	assert.Contains(t, string(src), "package errcodes\n")
	var names []string
	for _, line := range strings.Split(string(src), "\n") {
		if name, _, ok := strings.Cut(strings.TrimSpace(line), " = \""); ok && !strings.HasPrefix(name, "//") {
			names = append(names, name)
		}
	}
	assert.Equal(t, []string{"AIS0101", "ModelArts4352", "ModelArts6309", "ModelArts6357"}, names)

	code, _, errs = run(t, "constants", "-o", filepath.Join("new", "dir", "codes.go"))
	require.Equal(t, 0, code, errs)
	src, err = os.ReadFile(filepath.Join(dir, "new", "dir", "codes.go"))
	require.NoError(t, err)
	assert.Contains(t, string(src), "package dir\n")

	code, _, errs = run(t, "constants", "-used", "./nothing/...", "-o", "x/x.go")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "-used")
}

// Without -catalog, the catalog commands merge the pages the module's
// .errcodelint.yml names, as the analyzer does; a malformed file fails.
func TestProjectPages(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o777))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	write("go.mod", "module example.com/m\n\ngo 1.26\n")
	write("docs/undocumented.md", "| 状态码 | 错误码 | 错误信息 | 描述 | 处理措施 |\n|---|---|---|---|---|\n| 400 | ModelArts.6404 | The notebook does not exist. | 不存在 | 确认 |\n")
	write(".errcodelint.yml", "catalog: [docs/undocumented.md]\n")
	t.Chdir(filepath.Join(dir, "docs"))

	code, out, errs := run(t, "show", "ModelArts.6404")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "undocumented.md:3")

	write(".errcodelint.yml", "catalogs: [docs/undocumented.md]\n")
	code, _, errs = run(t, "show", "ModelArts.6404")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, ".errcodelint.yml:1: catalogs: unknown key")
}
