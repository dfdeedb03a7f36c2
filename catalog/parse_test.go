package catalog

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rawFact is a (code, status, line) triple read from a page by a regular
// expression written for that page, independently of the parser.
type rawFact struct {
	code   string
	status int
	line   int
}

var (
	// "| 400 | ModelArts.0204 | ..." (modelarts.md, maas.md) and
	// "401 | OptVerse_10000001 | ..." (optverse.md, no leading pipe).
	mdRowRE = regexp.MustCompile(`^\|? ?([0-9]{3}) \| ([A-Za-z_]+[._][0-9]+) \|`)
	// The code cell of the OCR HTML table: the text of the cell's <p>.
	ocrCodeRE = regexp.MustCompile(`</a>(?:<span>)?((?:AIS|ModelArts|APIG)\.[0-9]+)(?:</span>)?</p>\s*$`)
)

func rawFacts(t *testing.T, page string) []rawFact {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("source", page))
	require.NoError(t, err)
	var out []rawFact
	for i, l := range strings.Split(string(data), "\n") {
		if page == "ocr.md" {
			// Code cells are the first <td> of a row, or the second when
			// the row starts with the module cell (rowspan).
			if m := ocrCodeRE.FindStringSubmatch(l); m != nil {
				out = append(out, rawFact{m[1], 0, 0})
			}
			continue
		}
		if m := mdRowRE.FindStringSubmatch(l); m != nil {
			st, _ := strconv.Atoi(m[1])
			out = append(out, rawFact{m[2], st, i + 1})
		}
	}
	return out
}

func TestBuiltinPagesRowCounts(t *testing.T) {
	want := map[string]int{"modelarts.md": 887, "maas.md": 49, "ocr.md": 39, "optverse.md": 72}
	bySource := map[string][]Entry{}
	for _, e := range Default().Entries() {
		bySource[e.Source] = append(bySource[e.Source], e)
	}
	total := 0
	for page, n := range want {
		facts := rawFacts(t, page)
		assert.Len(t, facts, n, "independent count of %s", page)
		entries := bySource[page]
		require.Len(t, entries, len(facts), page)
		for i, f := range facts {
			e := entries[i]
			assert.Equal(t, f.code, string(e.Code), "%s row %d", page, i)
			assert.Equal(t, f.status, e.Status, "%s row %d (%s)", page, i, f.code)
			if f.line > 0 {
				assert.Equal(t, f.line, e.Line, "%s row %d (%s)", page, i, f.code)
			}
		}
		total += n
	}
	assert.Len(t, Default().Entries(), total)
	assert.Len(t, bySource, len(want))
}

func TestBuiltinAmbiguousCodes(t *testing.T) {
	statuses := map[string]map[int]bool{}
	for _, page := range []string{"modelarts.md", "maas.md", "optverse.md"} {
		for _, f := range rawFacts(t, page) {
			if statuses[f.code] == nil {
				statuses[f.code] = map[int]bool{}
			}
			statuses[f.code][f.status] = true
		}
	}
	var want []string
	for code, s := range statuses {
		if len(s) > 1 {
			want = append(want, code)
		}
	}
	slices.Sort(want)
	var got []string
	c := Default()
	for _, code := range c.Codes() {
		if c.Ambiguous(code) {
			got = append(got, code)
		}
	}
	assert.Equal(t, want, got)
	assert.Contains(t, got, "ModelArts.0204")
	assert.Equal(t, []int{400, 401}, c.Statuses("ModelArts.0204"))
}

func TestBuiltinTrickyRows(t *testing.T) {
	c := Default()

	// A row broken across two lines on maas.md: empty remedy, line of its start.
	var e6613 []Entry
	for _, e := range c.Lookup("ModelArts.6613") {
		if e.Source == "maas.md" {
			e6613 = append(e6613, e)
		}
	}
	require.Len(t, e6613, 1)
	assert.Equal(t, 400, e6613[0].Status)
	assert.Empty(t, e6613[0].Remedy)
	assert.Equal(t, 11, e6613[0].Line)
	assert.True(t, strings.HasPrefix(e6613[0].Description, "操作失败"))

	// A bare pipe inside a cell: "不能包含(|)&$?<>".
	e3060 := c.Lookup("ModelArts.3060")
	require.Len(t, e3060, 1)
	assert.Contains(t, e3060[0].Remedy, "(|)&$?<>")

	// Repeated codes keep every row, in page order.
	var msgs []string
	for _, e := range c.Lookup("ModelArts.81001") {
		msgs = append(msgs, e.Message)
	}
	assert.Len(t, msgs, 4)
	assert.True(t, strings.HasPrefix(msgs[0], "Inference failed"))

	// OCR: module from rowspan, entities decoded, lists flattened, no status.
	ais := c.Lookup("AIS.0101")
	require.Len(t, ais, 1)
	assert.Equal(t, Entry{
		Code: "AIS.0101", Status: 0, Message: "The input parameter is invalid.",
		Description: "输入参数不符合规范。", Remedy: "请检查输入参数。各服务具体输入参数格式参见API参考>API>请求参数说明。",
		Service: "OCR", Source: "ocr.md", Module: "文字识别", Line: 37,
	}, ais[0])
	apig := c.Lookup("APIG.0301")
	require.Len(t, apig, 1)
	assert.Equal(t, "APIG", apig[0].Module)
	assert.Equal(t, "IAM身份验证信息不正确：\n- decrypt token fail：token解析失败。\n- token expires：token过期。\n- verify aksk signature fail：AK/SK认证失败。", apig[0].Description)
	for _, code := range []string{"ModelArts.4101", "ModelArts.4706"} {
		rows := c.Lookup(code)
		var ocr []Entry
		for _, e := range rows {
			if e.Source == "ocr.md" {
				ocr = append(ocr, e)
			}
		}
		require.Len(t, ocr, 1, code)
		assert.Equal(t, "平台", ocr[0].Module, code)
	}

	// Placeholders verbatim.
	assert.Equal(t, "The tenant {0} is not allowed to access the service.", c.Lookup("OptVerse_10000004")[0].Message)
	assert.Contains(t, c.Lookup("ModelArts.0118")[0].Description, "%s")

	// The OCR page's free-text last row and the OptVerse body example are prose.
	var other, example bool
	for _, p := range c.Prose() {
		if p.Source == "ocr.md" && strings.HasPrefix(p.Text, "其他: ") {
			other = true
		}
		if p.Source == "optverse.md" && strings.Contains(p.Text, "JOB_MANAGER.12050009") {
			example = true
		}
	}
	assert.True(t, other, "OCR 其他 row recorded as prose")
	assert.True(t, example, "OptVerse body example recorded as prose")
}

func TestOptVerseParameterTableSkipped(t *testing.T) {
	data, err := os.ReadFile("source/optverse.md")
	require.NoError(t, err)
	p, err := ParsePage("optverse.md", data)
	require.NoError(t, err)
	require.Len(t, p.Skipped, 1)
	assert.Equal(t, SkippedTable{Source: "optverse.md", Line: 9, Columns: []string{"名称", "参数类型", "说明"}}, p.Skipped[0])
	for _, e := range p.Entries {
		assert.NotEqual(t, "error_code", string(e.Code))
		assert.Equal(t, "optverse", e.Service)
	}
}

func TestConstName(t *testing.T) {
	for code, want := range map[string]string{
		"ModelArts.0204":       "ModelArts0204",
		"ModelArts.81001":      "ModelArts81001",
		"OptVerse_1212080002":  "OptVerse1212080002",
		"OptVerse_10000001":    "OptVerse10000001",
		"JOB_MANAGER_12000001": "JobManager12000001",
		"AIS.0101":             "AIS0101",
		"APIG.0301":            "APIG0301",
		"S3.0001":              "S3_0001",
		"obs.0001":             "Obs0001",
		"MY_SVC2_0001":         "MySvc2_0001",
		"Plain":                "Plain",
		"a-b.12":               "A_b12",
	} {
		assert.Equal(t, want, ConstName(code), code)
	}
	// Every built-in code has a distinct constant name.
	seen := map[string]string{}
	for _, code := range Default().Codes() {
		n := ConstName(code)
		prev, dup := seen[n]
		assert.False(t, dup, "%s and %s both map to %s", code, prev, n)
		seen[n] = code
	}
}

func TestParseMarkdownVariants(t *testing.T) {
	page := strings.Join([]string{
		"Intro text mentioning Foo.0001.",
		"",
		"状态码 | 错误码 | 错误信息 | 描述 | 处理措施",
		"---|---|---|---|---",
		"400 | Foo.0001 | Bad {0}. | 坏 | 修",
		"",
		"| HTTP状态码 | 错误码 | 错误信息 |",
		"|:---|:---:|---:|",
		"| 401 | `Foo.0002` | Escaped \\| pipe |",
		"| 403 | Foo.0003 | Broken",
		"across lines |",
		"| Status | Code | Message |",
		"|---|---|---|",
		"| 500 | Foo_0004 | Line<br>break |",
	}, "\n")
	p, err := ParsePage("dir/foo.md", []byte(page))
	require.NoError(t, err)
	want := []Entry{
		{Code: "Foo.0001", Status: 400, Message: "Bad {0}.", Description: "坏", Remedy: "修", Service: "foo", Source: "foo.md", Line: 5},
		{Code: "Foo.0002", Status: 401, Message: "Escaped | pipe", Service: "foo", Source: "foo.md", Line: 9},
		{Code: "Foo.0003", Status: 403, Message: "Broken across lines", Service: "foo", Source: "foo.md", Line: 10},
		{Code: "Foo_0004", Status: 500, Message: "Line\nbreak", Service: "foo", Source: "foo.md", Line: 14},
	}
	assert.Equal(t, want, p.Entries)
	assert.Equal(t, []Prose{{Source: "foo.md", Line: 1, Text: "Intro text mentioning Foo.0001."}}, p.Prose)
}

func TestParseHTMLVariants(t *testing.T) {
	page := `<table>
<tr><th>模块</th><th>错误码</th><th>错误信息</th><th>建议解决方法</th></tr>
<!-- a comment -->
<tr><td rowspan="2"><p>M&amp;N</p></td><td>X.0001</td><td>a &lt; b</td><td><ul><li>one</li><li>two <a href="x">link</a></li></ul></td></tr>
<tr><td>X.0002</td><td>x<br/>y</td><td><p>p1</p><p>p2</p></td></tr>
<tr><td>其他</td><td colspan="3">free   text</td></tr>
</table>`
	p, err := ParsePage("x.html", []byte(page))
	require.NoError(t, err)
	require.Len(t, p.Entries, 2)
	assert.Equal(t, Entry{Code: "X.0001", Message: "a < b", Remedy: "- one\n- two link", Module: "M&N", Service: "x", Source: "x.html", Line: 4}, p.Entries[0])
	assert.Equal(t, Entry{Code: "X.0002", Message: "x\ny", Remedy: "p1\np2", Module: "M&N", Service: "x", Source: "x.html", Line: 5}, p.Entries[1])
	assert.Equal(t, []Prose{{Source: "x.html", Line: 6, Text: "其他: free text"}}, p.Prose)
}

func TestParseJSON(t *testing.T) {
	data := `[
  {"code": "Foo.0001", "status": 400, "message": "m", "description": "d", "remedy": "r", "service": "Foo", "source": "", "module": ""},
  {"code": "Foo.0002", "message": "no status"},
  {"code": "Foo.0003", "status": 404, "message": "m", "service": "S", "source": "orig.md"}
]`
	p, err := ParsePage("user.json", []byte(data))
	require.NoError(t, err)
	assert.Equal(t, "json", p.Format)
	assert.Equal(t, []Entry{
		{Code: "Foo.0001", Status: 400, Message: "m", Description: "d", Remedy: "r", Service: "Foo", Source: "user.json", Line: 2},
		{Code: "Foo.0002", Message: "no status", Service: "user", Source: "user.json", Line: 3},
		{Code: "Foo.0003", Status: 404, Message: "m", Service: "S", Source: "orig.md", Line: 0},
	}, p.Entries)
}

func TestParseLineEndingsAndBOM(t *testing.T) {
	page := "\xef\xbb\xbfTitle\r\n\r\n| 错误码 | 错误信息 |\r\n|---|---|\r\n| A.0001 | one |\r\n| A.0002 | two |\r\n"
	p, err := ParsePage("crlf.md", []byte(page))
	require.NoError(t, err)
	require.Len(t, p.Entries, 2)
	assert.Equal(t, "two", p.Entries[1].Message)
	assert.Equal(t, 6, p.Entries[1].Line)
	assert.Equal(t, []Prose{{Source: "crlf.md", Line: 1, Text: "Title"}}, p.Prose)
}

func TestParseHTMLSpelling(t *testing.T) {
	page := "Before <TABLE border=1><THEAD><TR><TH>Error Code</TH><TH>Error Message</TH><TH>HTTP Status</TH></TR></THEAD>\n" +
		"<TBODY><TR><TD>B.0001</TD><TD>it&#39;s&nbsp;gone &amp; lost</TD><TD> 410 </TD></TR></TBODY></TABLE> after"
	p, err := ParsePage("upper.htm", []byte(page))
	require.NoError(t, err)
	assert.Equal(t, []Entry{{Code: "B.0001", Status: 410, Message: "it's gone & lost", Service: "upper", Source: "upper.htm", Line: 2}}, p.Entries)
	assert.Equal(t, []Prose{{Source: "upper.htm", Line: 1, Text: "Before"}, {Source: "upper.htm", Line: 2, Text: "after"}}, p.Prose)
}

func TestBuiltinFamilies(t *testing.T) {
	// Distinct codes per family, read from the pages' table rows with
	// regular expressions (the OCR page: its code cells).
	codeRE := regexp.MustCompile(`^(ModelArts|AIS|APIG|OptVerse|JOB_MANAGER)([._])([0-9]+)$`)
	type fam struct {
		sep        byte
		minD, maxD int
		codes      map[string]bool
	}
	fams := map[string]*fam{}
	for _, page := range []string{"modelarts.md", "maas.md", "ocr.md", "optverse.md"} {
		for _, f := range rawFacts(t, page) {
			m := codeRE.FindStringSubmatch(f.code)
			require.NotNil(t, m, f.code)
			x := fams[m[1]]
			if x == nil {
				x = &fam{sep: m[2][0], minD: len(m[3]), maxD: len(m[3]), codes: map[string]bool{}}
				fams[m[1]] = x
			}
			x.minD, x.maxD = min(x.minD, len(m[3])), max(x.maxD, len(m[3]))
			x.codes[f.code] = true
		}
	}
	var want []Family
	for prefix, x := range fams {
		want = append(want, Family{Prefix: prefix, Sep: x.sep, MinDigits: x.minD, MaxDigits: x.maxD, Codes: len(x.codes)})
	}
	slices.SortFunc(want, func(a, b Family) int { return strings.Compare(a.Prefix, b.Prefix) })
	assert.Equal(t, want, Default().Families())

	var spellings []string
	for _, f := range Default().Families() {
		spellings = append(spellings, f.String())
	}
	assert.Equal(t, []string{"AIS.NNNN", "APIG.NNNN", "JOB_MANAGER_NNNNNNNN", "ModelArts.NNNN..NNNNNNNN", "OptVerse_NNNNNNNN..NNNNNNNNNN"}, spellings)

	f, ok := Default().FamilyOf(" job.manager_1 ")
	require.True(t, ok)
	assert.Equal(t, "JOB_MANAGER", f.Prefix)
	_, ok = Default().FamilyOf("Foo.0204")
	assert.False(t, ok)
	assert.GreaterOrEqual(t, Default().MaxLen(), len("OptVerse_1212080002"))
}

func TestFormatDetection(t *testing.T) {
	link := "[API网关错误码](https://example.com) 说明\n\n| 错误码 | 错误信息 |\n|---|---|\n| A.0001 | m |\n"
	p, err := ParsePage("page.md", []byte(link))
	require.NoError(t, err)
	assert.Equal(t, "markdown", p.Format)
	p, err = ParsePage("page", []byte(link))
	require.NoError(t, err)
	assert.Equal(t, "markdown", p.Format, "a leading Markdown link is not JSON")
	p, err = ParsePage("rows", []byte(` [ {"code": "A.0001"} ]`))
	require.NoError(t, err)
	assert.Equal(t, "json", p.Format)
	_, err = ParsePage("rows.json", []byte("| 错误码 | 错误信息 |\n|---|---|\n| A.0001 | m |\n"))
	assert.ErrorContains(t, err, "rows.json:1: invalid JSON")
}
