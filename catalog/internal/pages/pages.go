// Package pages parses error-code pages: Markdown tables (with or without
// leading pipes, several per page), HTML tables (rowspan and colspan, markup
// and entities inside cells) embedded in Markdown, and JSON arrays in the
// catalog's export format. It is shared by package catalog and by the
// catalog generator, which must not depend on generated code.
//
// The parser is strict: anything it does not understand is an error naming
// the file, the line and the reason. Nothing is skipped silently: tables that
// are not error-code tables and free-text rows are returned as such.
package pages

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/errcodelint/errcodelint/internal/codeshape"

	"github.com/errcodelint/errcodelint/internal/textutil"
)

// Row is one documented row of an error-code table.
type Row struct {
	Code        string
	Status      int // 0 when the table has no status column
	Message     string
	Description string
	Remedy      string
	Module      string
	Service     string // only set by JSON input
	Source      string // only set by JSON input
	Line        int    // 1-based line of the row's start
}

// Prose is a piece of page text outside error-code tables: a line of the
// page, or a table row that is free text rather than a code (for example the
// OCR page's "其他" row).
type Prose struct {
	Line int
	Text string
}

// Table describes a table of the page that is not an error-code table
// (it has no error-code column), which the parser skipped on purpose.
type Table struct {
	Line    int
	Columns []string
}

// Page is the parsed content of one file.
type Page struct {
	Name    string // base name of the file
	Format  string // "markdown" (including embedded HTML and pasted tables), "html" (a whole HTML page) or "json"
	Rows    []Row
	Prose   []Prose
	Skipped []Table
	// Owns holds the families named by the page's "errcodelint: owns"
	// statement (empty for "owns none"); OwnsLine is the statement's line,
	// 0 when the page has none.
	Owns     []string
	OwnsLine int
}

// Error is a parse error at a line of a file.
type Error struct {
	File string
	Line int // 0 when the error concerns the whole file
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// MaxCodeLen is the longest code the parser accepts.
const MaxCodeLen = 64

// Parse parses one file. name is used as given in errors, and its base name
// is the page name. The format is chosen by isJSON; a page is Markdown that
// may contain HTML tables.
func Parse(name string, data []byte) (*Page, error) {
	base := filepath.Base(name)
	p := &Page{Name: base}
	fail := func(line int, format string, args ...any) error {
		return &Error{File: name, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fail(0, "empty file")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, fail(lineAt(data, i), "binary file (NUL byte)")
	}
	if !utf8.Valid(data) {
		i := 0
		for i < len(data) {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		return nil, fail(lineAt(data, i), "invalid UTF-8")
	}
	for i, b := range data {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			return nil, fail(lineAt(data, i), "binary file (control byte 0x%02x)", b)
		}
	}
	if isJSON(base, data) {
		p.Format = "json"
		rows, err := parseJSON(name, data)
		if err != nil {
			return nil, err
		}
		p.Rows = rows
		if err := checkDuplicates(p, name); err != nil {
			return nil, err
		}
		return p, nil
	}
	if err := parseStatements(p, name, data); err != nil {
		return nil, err
	}
	if isHTMLPage(data) {
		p.Format = "html"
		if err := parseHTMLPage(p, name, data); err != nil {
			return nil, err
		}
	} else {
		p.Format = "markdown"
		if err := parseMarkdown(p, name, data); err != nil {
			return nil, err
		}
	}
	if len(p.Rows) == 0 {
		if len(p.Skipped) > 0 {
			t := p.Skipped[0]
			return nil, fail(t.Line, "no error-code table in the page: the table here has columns %s but no error-code column (错误码 / Error Code)", strings.Join(quoteAll(t.Columns), ", "))
		}
		return nil, fail(0, "no error-code table in the page (expected a Markdown, HTML or tab-separated table with columns such as 错误码 / Error Code, 错误信息 / Error Message)")
	}
	if err := checkDuplicates(p, name); err != nil {
		return nil, err
	}
	return p, nil
}

// checkDuplicates rejects two rows of one file with the same code, status
// and message: either a duplicate (every field equal) or a conflict (the
// same meaning documented with different descriptions or remedies).
func checkDuplicates(p *Page, file string) error {
	seen := make(map[string]int, len(p.Rows))
	for i, r := range p.Rows {
		key := r.Code + "\x00" + strconv.Itoa(r.Status) + "\x00" + r.Message
		if j, ok := seen[key]; ok {
			first := p.Rows[j]
			what := "duplicates"
			if first != (Row{Code: r.Code, Status: r.Status, Message: r.Message, Description: r.Description, Remedy: r.Remedy, Module: r.Module, Service: r.Service, Source: r.Source, Line: first.Line}) {
				what = "conflicts with"
			}
			return &Error{File: file, Line: r.Line, Msg: fmt.Sprintf("row %s the row of line %d (same code %s, status %d and message %q)", what, first.Line, r.Code, r.Status, textutil.Clip(r.Message, 40))}
		}
		seen[key] = i
	}
	return nil
}

// isJSON decides the format: JSON for a ".json" file; a Markdown page for
// ".md", ".markdown", ".html", ".htm", ".txt" and ".tsv" files; otherwise JSON when
// the content starts with an array of objects ("[{" or "[]", spaces
// allowed), so that a page starting with a Markdown link is not taken for
// JSON.
func isJSON(base string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(base)) {
	case ".json":
		return true
	case ".md", ".markdown", ".html", ".htm", ".txt", ".tsv":
		return false
	}
	t := bytes.TrimLeft(data, " \t\r\n")
	if len(t) == 0 || t[0] != '[' {
		return false
	}
	t = bytes.TrimLeft(t[1:], " \t\r\n")
	return len(t) == 0 || t[0] == '{' || t[0] == ']'
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

// lineAt returns the 1-based line of byte offset i.
func lineAt(data []byte, i int) int {
	if i > len(data) {
		i = len(data)
	}
	return bytes.Count(data[:i], []byte{'\n'}) + 1
}

// Column kinds.
type kind int

const (
	colUnknown kind = iota
	colStatus
	colCode
	colMessage
	colDescription
	colRemedy
	colModule
)

var kindNames = [...]string{"unknown", "status (状态码 / Status Code)", "code (错误码 / Error Code)", "message (错误信息 / Error Message)", "description (描述 / Description)", "remedy (处理措施 / Solution)", "module (模块 / Module)"}

// headerSpellings lists, per column kind, the header spellings of the
// vendor's Chinese and English error-code pages (API Gateway, CCE, Image
// Search, Image Recognition, Content Moderation, OCR, ModelArts, MaaS,
// OptVerse, Billing, ...) and the export format's keys. Headers match in any
// letter case, with runs of white space as one space and a trailing '.' or
// ':' dropped ("Error Message." on the English OCR page).
var headerSpellings = [...]struct{ zh, en []string }{
	colStatus: {
		zh: []string{"状态码", "HTTP状态码", "HTTP 状态码", "返回码"},
		en: []string{"Status Code", "HTTP Status Code", "HTTP Status", "Status"},
	},
	colCode: {
		zh: []string{"错误码", "错误代码"},
		en: []string{"Error Code", "Error Codes", "error_code", "Code"},
	},
	colMessage: {
		zh: []string{"错误信息", "错误码信息", "错误消息"},
		en: []string{"Error Message", "Error Messages", "Error", "error_msg", "Message"},
	},
	colDescription: {
		zh: []string{"描述", "说明", "错误描述", "错误码描述"},
		en: []string{"Description"},
	},
	colRemedy: {
		zh: []string{"处理措施", "建议解决方法", "解决方法", "处理建议", "解决方案", "处理方法"},
		en: []string{"Solution", "Handling Measure", "Handling Measures", "Measure", "Measures", "Troubleshooting", "Remedy"},
	},
	colModule: {
		zh: []string{"模块"},
		en: []string{"Module"},
	},
}

// headerNames maps a normalized header cell to its column kind. It is
// built on first use, so that a process that reads no page (go vet's, per
// package) does not pay for it.
var headerNames = sync.OnceValue(func() map[string]kind {
	m := map[string]kind{}
	for k, sp := range headerSpellings {
		for _, s := range append(append([]string(nil), sp.zh...), sp.en...) {
			m[normHeader(s)] = kind(k)
		}
	}
	return m
})

// normHeader folds letter case and white space, and drops a trailing '.'
// or ':' (ASCII or full-width).
func normHeader(cell string) string {
	s := strings.ToLower(strings.Join(strings.Fields(cell), " "))
	s = strings.TrimRight(s, ".:：。 ")
	return s
}

func headerKind(cell string) kind {
	return headerNames()[normHeader(cell)]
}

// acceptedHeaders lists the accepted spellings of every column, for errors.
func acceptedHeaders() string {
	var parts []string
	for k, sp := range headerSpellings {
		if k == int(colUnknown) {
			continue
		}
		parts = append(parts, strings.Join(sp.zh, "/")+" = "+strings.Join(sp.en, "/"))
	}
	return strings.Join(parts, "; ")
}

// schema is the column layout of an error-code table.
type schema struct {
	kinds []kind
	idx   [7]int // kind -> column index, -1 if absent
}

// newSchema classifies header cells. It returns ok=false (and no error) for a
// table without an error-code column, which is not an error-code table.
func newSchema(cols []string, line int, fail func(int, string, ...any) error) (*schema, bool, error) {
	s := &schema{kinds: make([]kind, len(cols))}
	for i := range s.idx {
		s.idx[i] = -1
	}
	for i, c := range cols {
		k := headerKind(c)
		if k == colDescription && s.idx[colDescription] >= 0 && s.idx[colMessage] < 0 && headerKind(cols[s.idx[colDescription]]) == colDescription && normHeader(c) == normHeader(cols[s.idx[colDescription]]) {
			// "Description | Description" (the English Image
			// Recognition page): the first is the error message.
			s.kinds[s.idx[colDescription]] = colMessage
			s.idx[colMessage] = s.idx[colDescription]
			s.idx[colDescription] = -1
		}
		s.kinds[i] = k
		if k != colUnknown {
			if s.idx[k] >= 0 {
				return nil, false, fail(line, "column %q repeats the %s column", c, kindNames[k])
			}
			s.idx[k] = i
		}
	}
	if s.idx[colCode] < 0 {
		return nil, false, nil
	}
	for i, k := range s.kinds {
		if k == colUnknown {
			return nil, false, fail(line, "unknown column %q in error-code table; accepted headers (any letter case): %s", cols[i], acceptedHeaders())
		}
	}
	if s.idx[colMessage] < 0 {
		return nil, false, fail(line, "error-code table lacks the message column (错误信息 / Error Message)")
	}
	return s, true, nil
}

// row converts cells (already matched to the schema's width) to a Row.
func (s *schema) row(cells []string, line int, fail func(int, string, ...any) error) (Row, error) {
	r := Row{Line: line}
	get := func(k kind) string {
		if i := s.idx[k]; i >= 0 {
			return cells[i]
		}
		return ""
	}
	r.Code = get(colCode)
	if err := CheckCode(r.Code); err != nil {
		return Row{}, fail(line, "%v", err)
	}
	if s.idx[colStatus] >= 0 {
		st, err := ParseStatus(get(colStatus))
		if err != nil {
			return Row{}, fail(line, "%v", err)
		}
		r.Status = st
	}
	r.Message = get(colMessage)
	r.Description = get(colDescription)
	r.Remedy = get(colRemedy)
	r.Module = get(colModule)
	return r, nil
}

// looksLikeCode reports whether a whole cell has the shape of an error code
// of some family: letters (and '_'), then '.' or '_', then digits, as in
// "ModelArts.0204" or "JOB_MANAGER_12000001".
func looksLikeCode(s string) bool {
	prefix, _, _, ok := codeshape.Split(s)
	if !ok {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		c := prefix[k]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || (k > 0 && codeshape.IsDigit(c))) {
			return false
		}
	}
	return true
}

// checkSkippedRow fails when a row of a table without an error-code column
// holds a code-shaped cell: most likely the code column's header is
// misspelled, and skipping the table would drop rows silently.
func checkSkippedRow(cells []string, line int, fail func(int, string, ...any) error) error {
	for _, c := range cells {
		if looksLikeCode(c) {
			return fail(line, "table has no error-code column (错误码 / Error Code) but this row holds the code-like value %q; name its column 错误码 or Error Code", c)
		}
	}
	return nil
}

// CheckCode reports whether s is acceptable as an error code: non-empty,
// at most MaxCodeLen bytes of ASCII letters, digits, '.', '_' and '-',
// starting with a letter or a digit (a bare number such as "4000003" has no
// family, and the catalog audit says so).
func CheckCode(s string) error {
	if s == "" {
		return fmt.Errorf("empty error code")
	}
	if len(s) > MaxCodeLen {
		return fmt.Errorf("error code %.20q... is longer than %d bytes", s, MaxCodeLen)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case c == '.' || c == '_' || c == '-':
			if i == 0 {
				return fmt.Errorf("error code %q does not start with a letter or digit", s)
			}
		default:
			return fmt.Errorf("error code %q contains %q (codes are letters, digits, '.', '_' and '-')", s, rune(c))
		}
	}
	return nil
}

// ParseStatus parses an HTTP status cell: a number from 100 to 599.
func ParseStatus(s string) (int, error) {
	if s == "" {
		return 0, fmt.Errorf("empty HTTP status")
	}
	if len(s) == 3 && s[0] >= '1' && s[0] <= '5' && (s[1] == 'x' || s[1] == 'X') && (s[2] == 'x' || s[2] == 'X') {
		return 0, fmt.Errorf("HTTP status %q is a class of statuses, not one: write the status the service returns (for example %c04)", s, s[0])
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' || i >= 3 {
			return 0, fmt.Errorf("HTTP status %q is not a number from 100 to 599", s)
		}
		n = n*10 + int(c-'0')
	}
	if n < 100 || n > 599 {
		return 0, fmt.Errorf("HTTP status %q is not a number from 100 to 599", s)
	}
	return n, nil
}

// statementPrefix starts a line that speaks to errcodelint, on its own or
// in an HTML comment: "<!-- errcodelint: owns none -->".
const statementPrefix = "errcodelint:"

// parseStatements reads the page's "errcodelint: owns ..." statement: the
// families the page is the vendor's own page of ("none", or names separated
// by commas or spaces).
func parseStatements(p *Page, name string, data []byte) error {
	lines, _ := splitLines(data)
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if !strings.Contains(t, statementPrefix) {
			continue
		}
		if c, ok := strings.CutPrefix(t, "<!--"); ok {
			c, ok = strings.CutSuffix(c, "-->")
			if !ok {
				continue
			}
			t = strings.TrimSpace(c)
		}
		rest, ok := strings.CutPrefix(t, statementPrefix)
		if !ok {
			continue
		}
		fail := func(format string, args ...any) error {
			return &Error{File: name, Line: i + 1, Msg: fmt.Sprintf(format, args...)}
		}
		rest = strings.TrimSpace(rest)
		verb, arg, _ := strings.Cut(rest, " ")
		if verb != "owns" {
			return fail("unknown errcodelint statement %q (want \"errcodelint: owns none\" or \"errcodelint: owns FAMILY, ...\")", rest)
		}
		if p.OwnsLine > 0 {
			return fail("a second errcodelint: owns statement (the first is on line %d)", p.OwnsLine)
		}
		fams := strings.FieldsFunc(arg, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
		if len(fams) == 0 {
			return fail("errcodelint: owns needs \"none\" or the families the page owns")
		}
		p.OwnsLine = i + 1
		p.Owns = []string{}
		if len(fams) == 1 && strings.EqualFold(fams[0], "none") {
			continue
		}
		p.Owns = fams
	}
	return nil
}
