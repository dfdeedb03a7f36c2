package catalog

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	return path
}

const userPage = `# Widget service error codes

| 状态码 | 错误码 | 错误信息 | 描述 | 处理措施 |
|---|---|---|---|---|
| 400 | Widget.0001 | Bad widget {0}. | 部件无效 | 检查部件 |
| 404 | Widget.0002 | Widget not found. | 部件不存在 | 检查ID |
`

func TestLoadMergesUserPages(t *testing.T) {
	md := writeFile(t, "widget.md", userPage)
	js := writeFile(t, "gadget.json", `[{"code":"Gadget_00000001","status":409,"message":"Conflict.","service":"Gadget"}]`)
	c, err := Load(md, js)
	require.NoError(t, err)
	assert.Len(t, c.Entries(), len(Default().Entries())+3)
	w := c.Lookup("Widget.0001")
	require.Len(t, w, 1)
	assert.Equal(t, Entry{Code: "Widget.0001", Status: 400, Message: "Bad widget {0}.", Description: "部件无效", Remedy: "检查部件", Service: "widget", Source: "widget.md", Line: 5}, w[0])
	g := c.Lookup("Gadget_00000001")
	require.Len(t, g, 1)
	assert.Equal(t, "Gadget", g[0].Service)
	assert.Equal(t, "gadget.json", g[0].Source)
	assert.Equal(t, 1, g[0].Line)
	// Built-in data is still there, and the user families are known.
	assert.Equal(t, []int{400, 401}, c.Statuses("ModelArts.0204"))
	f, ok := c.FamilyOf("widget.9")
	require.True(t, ok)
	assert.Equal(t, "Widget", f.Prefix)
	assert.Equal(t, []string{"Widget.0001", "Widget.0002"}, c.Nearest("Widget.0003", 2)) // ties in code order
	// Prose of user pages is kept.
	assert.Contains(t, c.Prose(), Prose{Source: "widget.md", Line: 1, Text: "# Widget service error codes"})

	// A user row that repeats a built-in code is kept (the audit reports it).
	rep := writeFile(t, "more.md", "| 状态码 | 错误码 | 错误信息 |\n|---|---|---|\n| 403 | ModelArts.0204 | Another meaning. |\n")
	c2, err := Load(rep)
	require.NoError(t, err)
	assert.Equal(t, []int{400, 401, 403}, c2.Statuses("ModelArts.0204"))
}

func TestLoadExportRoundTripIsNoOp(t *testing.T) {
	data, err := json.Marshal(Default().Entries())
	require.NoError(t, err)
	path := writeFile(t, "export.json", string(data))
	c, err := Load(path)
	require.NoError(t, err)
	assert.Len(t, c.Entries(), len(Default().Entries()))
}

func TestLoadNoPathsIsDefault(t *testing.T) {
	c, err := Load()
	require.NoError(t, err)
	assert.Same(t, Default(), c)
}

// loadErr loads content written to a file called name and returns the error
// text, which must start with the file's path.
func loadErr(t *testing.T, name, content string) string {
	t.Helper()
	path := writeFile(t, name, content)
	_, err := Load(path)
	require.Error(t, err, "%s should not load", name)
	var pe *ParseError
	require.ErrorAs(t, err, &pe, "error is a *ParseError: %v", err)
	assert.Equal(t, path, pe.File)
	return strings.TrimPrefix(err.Error(), path)
}

func TestLoadHostileInputs(t *testing.T) {
	for _, tc := range []struct {
		name, file, content, want string
	}{
		{"empty", "e.md", "", ": empty file"},
		{"only spaces", "e.md", " \n\t\n", ": empty file"},
		{"binary", "b.md", "| 状态码 |\n\x00\x01\x02", ":2: binary file (NUL byte)"},
		{"control bytes", "b.md", "abc\n\x1b[0m", ":2: binary file (control byte 0x1b)"},
		{"invalid utf8", "u.md", "line one\nline \xff two\n", ":2: invalid UTF-8"},
		{"no table", "n.md", "just prose\n", ": no error-code table in the page"},
		{"non-error table only", "n.md", "| a | b |\n|---|---|\n| 1 | 2 |\n", ":1: no error-code table in the page: the table here has columns \"a\", \"b\" but no error-code column"},
		{"misspelled code column", "m.md", "| 状态码 | 错误编码 | 错误信息 |\n|---|---|---|\n| 400 | A.1 | m |\n", ":3: table has no error-code column (错误码 / Error Code) but this row holds the code-like value \"A.1\""},
		{"misspelled code column html", "m.html", "<table><tr><th>code?</th><th>错误信息</th></tr>\n<tr><td>JOB_MANAGER_1</td><td>m</td></tr></table>", ":2: table has no error-code column"},
		{"missing message column", "m.md", "| 状态码 | 错误码 |\n|---|---|\n| 400 | A.1 |\n", ":1: error-code table lacks the message column (错误信息 / Error Message)"},
		{"unknown column", "m.md", "| 错误码 | 错误信息 | 备注 |\n|---|---|---|\n| A.1 | m | x |\n", ":1: unknown column \"备注\" in error-code table"},
		{"repeated column", "m.md", "| 错误码 | 错误信息 | error_msg |\n|---|---|---|\n| A.1 | m | x |\n", ":1: column \"error_msg\" repeats the message (错误信息 / Error Message) column"},
		{"header without rows", "h.md", "| 错误码 | 错误信息 |\n|---|---|\n\ntext\n", ":1: error-code table header without rows"},
		{"status not a number", "s.md", "| 状态码 | 错误码 | 错误信息 |\n|---|---|---|\n| 40x | A.1 | m |\n", ":3: HTTP status \"40x\" is not a number from 100 to 599"},
		{"status out of range", "s.md", "| 状态码 | 错误码 | 错误信息 |\n|---|---|---|\n| 99 | A.1 | m |\n", ":3: HTTP status \"99\" is not a number from 100 to 599"},
		{"empty status", "s.md", "| 状态码 | 错误码 | 错误信息 |\n|---|---|---|\n|  | A.1 | m |\n", ":3: empty HTTP status"},
		{"empty code", "c.md", "| 状态码 | 错误码 | 错误信息 |\n|---|---|---|\n| 400 |  | m |\n", ":3: empty error code"},
		{"code with space", "c.md", "| 错误码 | 错误信息 |\n|---|---|\n| A .1 | m |\n", ":3: error code \"A .1\" contains ' '"},
		{"too many cells", "c.md", "| 错误码 | 错误信息 |\n|---|---|\n| A.1 | m | x |\n", ":3: row has 3 cells, the table header (line 1) has 2"},
		{"short row at end", "c.md", "| 状态码 | 错误码 | 错误信息 |\n|---|---|---|\n| 400 | A.1 |\n", ":3: row has 2 cells, the table header (line 1) has 3"},
		{"endless row", "c.md", "| 状态码 | 错误码 | 错误信息 |\n|---|---|---|\n| 400 | A.1 \n" + strings.Repeat("more text\n", 200_000), ":3: row continues over more than 100 lines without completing its 3 cells"},
		{"delimiter width", "c.md", "| 错误码 | 错误信息 |\n|---|---|---|\n| A.1 | m |\n", ":2: delimiter row has 3 columns, the header above has 2"},
		{"row outside table", "c.md", "text\n| 400 | A.1 | m |\n", ":2: line looks like a table row but no table header"},
		{"duplicate row", "d.md", "| 错误码 | 错误信息 |\n|---|---|\n| A.1 | m |\n| A.1 | m |\n", ":4: row duplicates the row of line 3"},
		{"unclosed fence", "f.md", "| 错误码 | 错误信息 |\n|---|---|\n| A.1 | m |\n```\ncode\n", ":4: code fence ``` is never closed"},
		{"html unclosed table", "h.html", "<table><tr><th>错误码</th><th>错误信息</th></tr>\n<tr><td>A.1</td><td>m</td></tr>\n", ":1: <table> is never closed"},
		{"html unclosed td", "h.html", "<table><tr><th>错误码</th><th>错误信息</th></tr>\n<tr><td>A.1</td><td>m</tr>\n</table>", ":2: </tr> does not close <td> opened at line 2"},
		{"html unclosed p", "h.html", "<table><tr><th>错误码</th><th>错误信息</th></tr>\n<tr><td>A.1</td><td><p>m</td></tr>\n</table>", ":2: </td> does not close <p> opened at line 2"},
		{"html unterminated tag", "h.html", "<table><tr><th>错误码</th><th>错误信息</th></tr>\n<tr><td class=\"x", ":2: tag <td is never closed with '>'"},
		{"html stray close", "h.html", "<table></tbody></table>", ":1: </tbody> does not close <table> opened at line 1"},
		{"html nested table unclosed", "h.html", "<table><tr><th>错误码</th><th>错误信息</th></tr>\n<tr><td>A.1</td><td><table><tr><td>x</td></tr>", ":2: nested <table> (opened inside a cell) is never closed"},
		{"html bad rowspan", "h.html", "<table><tr><th>错误码</th><th>错误信息</th></tr>\n<tr><td rowspan=\"x\">A.1</td><td>m</td></tr></table>", ":2: rowspan=\"x\" is not a number from 1 to 10000"},
		{"html rowspan past end", "h.html", "<table><tr><th>错误码</th><th>错误信息</th></tr>\n<tr><td>A.1</td><td rowspan=\"3\">m</td></tr></table>", ":2: rowspan extends 2 rows past the end of the table"},
		{"html short row", "h.html", "<table><tr><th>错误码</th><th>错误信息</th></tr>\n<tr><td>A.1</td></tr></table>", ":2: row has 1 cells, the table header (line 1) has 2"},
		{"html header only", "h.html", "<table><tr><th>错误码</th><th>错误信息</th></tr></table>", ":1: error-code table header without rows"},
		{"html text outside cell", "h.html", "<table>oops<tr><th>错误码</th></tr></table>", ":1: text \"oops\" inside a table but outside any cell"},
		{"html comment unclosed", "h.html", "<table><!-- x", ":1: HTML comment is never closed"},
		{"json not array", "j.json", `{"code":"A.1"}`, ":1: a JSON catalog is an array of objects"},
		{"json syntax", "j.json", "[\n{\"code\": \"A.1\",}\n]", ":2: invalid JSON"},
		{"json status string", "j.json", "[\n{\"code\": \"A.1\", \"status\": \"400\"}\n]", ":2: field \"status\": a JSON string where a int is expected"},
		{"json status range", "j.json", "[\n{\"code\": \"A.1\", \"status\": 1000}\n]", ":2: status 1000 is not 0 (none) or an HTTP status"},
		{"json unknown key", "j.json", "[\n{\"code\": \"A.1\", \"colour\": \"red\"}\n]", ":2: invalid JSON: json: unknown field \"colour\""},
		{"json missing code", "j.json", "[\n{\"message\": \"m\"}\n]", ":2: object has no \"code\""},
		{"json empty code", "j.json", "[\n{\"code\": \"\"}\n]", ":2: empty error code"},
		{"json element not object", "j.json", "[\n1\n]", ":2: array element is not an object"},
		{"json empty array", "j.json", "[]", ":1: JSON catalog has no rows"},
		{"json trailing data", "j.json", "[{\"code\":\"A.1\"}] x", ":1: unexpected data after the JSON array"},
		{"json truncated", "j.json", "[{\"code\":\"A.1\"},\n", ":2: JSON ends early"},
		{"json duplicate row", "j.json", "[\n{\"code\":\"A.1\",\"status\":400,\"message\":\"m\"},\n{\"code\":\"A.1\",\"status\":400,\"message\":\"m\"}\n]", ":3: row duplicates the row of line 2"},
		{"json duplicate key", "j.json", "[\n{\"code\":\"A.1\",\n \"message\":\"m\",\n \"code\":\"A.2\"}\n]", ":4: key \"code\" given twice in one object (also at line 2)"},
		{"json duplicate key other case", "j.json", "[\n{\"code\":\"A.1\", \"message\":\"m\", \"Message\":\"n\"}\n]", ":2: key \"Message\" given twice in one object (also as \"message\" at line 2)"},
		{"json conflicting row", "j.json", "[\n{\"code\":\"A.1\",\"status\":400,\"message\":\"m\",\"remedy\":\"x\"},\n{\"code\":\"A.1\",\"status\":400,\"message\":\"m\",\"remedy\":\"y\"}\n]", ":3: row conflicts with the row of line 2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := loadErr(t, tc.file, tc.content)
			assert.True(t, strings.HasPrefix(got, tc.want), "got %q, want prefix %q", got, tc.want)
		})
	}
}

func TestLoadCollidingSpelling(t *testing.T) {
	path := writeFile(t, "c.md", "| 错误码 | 错误信息 |\n|---|---|\n| modelarts_0204 | m |\n")
	_, err := Load(path)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `c.md:3: code "modelarts_0204" collides with "ModelArts.0204"`)
}

// A collision between two -catalog files names both files by the paths
// given, with their lines, not by base names (which may be equal, and which
// a JSON row's "source" field replaces).
func TestLoadCollisionNamesBothPaths(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, content string) string {
		p := filepath.Join(dir, rel)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
		return p
	}
	a := write("team-a/errors.md", "# A\n\n| 错误码 | 错误信息 |\n|---|---|\n| Widget.0001 | m |\n")
	b := write("team-b/errors.md", "| 错误码 | 错误信息 |\n|---|---|\n| WIDGET_0001 | m |\n")
	j := write("team-c/export.json", "[\n{\"code\": \"Widget.0002\", \"message\": \"m\", \"source\": \"orig.md\"},\n{\"code\": \"widget.0001\", \"message\": \"m\", \"source\": \"orig.md\"}\n]")
	m := write("team-d/errors.md", "| 错误码 | 错误信息 |\n|---|---|\n| Widget_0003 | m |\n")

	_, err := Load(a, b)
	require.Error(t, err)
	assert.Equal(t, b+`:3: code "WIDGET_0001" collides with "Widget.0001" of `+a+`:5 (they differ only in case or separator)`, err.Error())
	var pe *ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, b, pe.File)

	_, err = Load(a, j)
	require.Error(t, err)
	assert.Equal(t, j+`:3: code "widget.0001" collides with "Widget.0001" of `+a+`:5 (they differ only in case or separator)`, err.Error())

	_, err = Load(a, m)
	require.Error(t, err)
	assert.Equal(t, m+`:3: code "Widget_0003" does not follow the spelling Widget.NNNN of its family in `+a+`:5`, err.Error())

	// The same file given under two relative names is still one file.
	t.Chdir(dir)
	_, err = Load("team-a/errors.md", "team-a/../team-a/errors.md")
	require.ErrorContains(t, err, "team-a/../team-a/errors.md: catalog file given twice (also as team-a/errors.md)")
}

func TestLoadFileSystemErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := Load(dir)
	require.Error(t, err)
	assert.Equal(t, dir+": is a directory, not a catalog file", err.Error())

	missing := filepath.Join(dir, "missing.md")
	_, err = Load(missing)
	require.Error(t, err)
	assert.Equal(t, missing+": cannot read catalog file: no such file or directory", err.Error())

	good := writeFile(t, "w.md", userPage)
	_, err = Load(good, good)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "catalog file given twice")

	_, err = Load("")
	require.Error(t, err)

	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err == nil {
		done := make(chan error, 1)
		go func() { _, err := Load(fifo); done <- err }()
		select {
		case err := <-done:
			require.Error(t, err)
			assert.Contains(t, err.Error(), "not a regular file")
		case <-time.After(10 * time.Second):
			t.Fatal("Load hangs on a FIFO")
		}
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, syscall.EIO }
func (errReader) Close() error             { return nil }

func TestReadPageUnreadable(t *testing.T) {
	// Permission bits do not stop root, so the open and read failures are
	// injected; the real permission case runs when not root.
	path := writeFile(t, "w.md", userPage)
	_, err := readPage(path, os.Stat, func(string) (io.ReadCloser, error) {
		return nil, &fs.PathError{Op: "open", Path: path, Err: fs.ErrPermission}
	})
	require.Error(t, err)
	assert.Equal(t, path+": cannot read catalog file: permission denied", err.Error())

	_, err = readPage(path, os.Stat, func(string) (io.ReadCloser, error) { return errReader{}, nil })
	require.Error(t, err)
	assert.Equal(t, path+": cannot read catalog file: input/output error", err.Error())

	if os.Geteuid() != 0 {
		require.NoError(t, os.Chmod(path, 0))
		_, err := Load(path)
		require.Error(t, err)
		assert.Equal(t, path+": cannot read catalog file: permission denied", err.Error())
	}
}

func TestLoadLargePage(t *testing.T) {
	const n = 100_000
	var b strings.Builder
	b.WriteString("| 状态码 | 错误码 | 错误信息 | 描述 | 处理措施 |\n|---|---|---|---|---|\n")
	for i := range n {
		fmt.Fprintf(&b, "| 400 | Big.%06d | Message number %d. | 描述%d | 处理%d |\n", i, i, i, i)
	}
	path := writeFile(t, "big.md", b.String())
	start := time.Now()
	c, err := Load(path)
	require.NoError(t, err)
	t.Logf("loaded %d rows in %v", n, time.Since(start))
	assert.Len(t, c.Entries(), len(Default().Entries())+n)
	assert.Equal(t, []string{"Big.012345"}, c.Nearest("Big.012345", 1))

	// The same size as JSON.
	rows := make([]map[string]any, n)
	for i := range rows {
		rows[i] = map[string]any{"code": fmt.Sprintf("Big_%06d", i), "status": 400, "message": "m"}
	}
	data, err := json.Marshal(rows)
	require.NoError(t, err)
	jpath := writeFile(t, "big.json", string(data))
	c, err = Load(jpath)
	require.NoError(t, err)
	assert.Len(t, c.Entries(), len(Default().Entries())+n)
}
