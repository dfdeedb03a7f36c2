package pages

import (
	"fmt"
	"html"
	"strconv"
	"strings"

	"github.com/errcodelint/errcodelint/internal/textutil"
)

// cellText flattens the markup of a table cell into readable text: inline
// elements are dropped, white space is collapsed, block elements (<p>,
// <div>, <br>) start a new line, and list items become "- item" lines.
type cellText struct {
	lines []string
	cur   strings.Builder
	item  bool
}

func (c *cellText) text(s string) {
	space := false
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f', '\u00a0':
			space = true
			continue
		}
		if space {
			c.space()
		}
		space = false
		c.cur.WriteRune(r)
	}
	if space {
		c.space()
	}
}

// space writes one space unless the line is empty or already ends in one.
func (c *cellText) space() {
	if n := c.cur.Len(); n > 0 && c.cur.String()[n-1] != ' ' {
		c.cur.WriteByte(' ')
	}
}

func (c *cellText) breakLine() {
	s := strings.TrimSpace(c.cur.String())
	if s != "" {
		if c.item {
			s = "- " + s
		}
		c.lines = append(c.lines, s)
	}
	c.cur.Reset()
	c.item = false
}

func (c *cellText) finish() string {
	c.breakLine()
	return strings.Join(c.lines, "\n")
}

type htmlCell struct {
	text    string
	header  bool
	rowspan int
	colspan int
	line    int
}

type htmlRow struct {
	line  int
	cells []htmlCell
}

var voidElements = map[string]bool{
	"br": true, "img": true, "hr": true, "wbr": true, "col": true, "input": true,
	"meta": true, "link": true, "source": true,
}

var blockElements = map[string]bool{
	"p": true, "div": true, "ul": true, "ol": true, "li": true, "pre": true,
	"blockquote": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"dl": true, "dt": true, "dd": true,
}

// parseHTMLTable parses the HTML table starting at data[off] (a "<table"
// tag on line startLine) and returns the offset just after its "</table>".
func parseHTMLTable(p *Page, name, s string, off, startLine int) (int, error) {
	fail := func(line int, format string, args ...any) error {
		return &Error{File: name, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	type open struct {
		name string
		line int
	}
	var (
		stack []open
		rows  []htmlRow
		cur   *htmlRow
		cell  *cellText
		hc    htmlCell
	)
	pos, line := off, startLine
	advance := func(to int) {
		line += strings.Count(s[pos:to], "\n")
		pos = to
	}
	parent := func() string {
		if len(stack) == 0 {
			return ""
		}
		return stack[len(stack)-1].name
	}
	for pos < len(s) {
		if s[pos] != '<' {
			end := strings.IndexByte(s[pos:], '<')
			if end < 0 {
				end = len(s)
			} else {
				end += pos
			}
			txt := s[pos:end]
			if cell != nil {
				cell.text(html.UnescapeString(txt))
			} else if t := strings.TrimSpace(txt); t != "" {
				return 0, fail(line, "text %q inside a table but outside any cell", textutil.Clip(t, 40))
			}
			advance(end)
			continue
		}
		if strings.HasPrefix(s[pos:], "<!--") {
			end := strings.Index(s[pos+4:], "-->")
			if end < 0 {
				return 0, fail(line, "HTML comment is never closed")
			}
			advance(pos + 4 + end + 3)
			continue
		}
		// A tag, or a '<' that is text ("a < b").
		name, closing, k := tagName(s, pos)
		if name == "" {
			if cell != nil {
				cell.text("<")
				advance(pos + 1)
				continue
			}
			return 0, fail(line, "stray '<' inside a table but outside any cell")
		}
		tagStart := pos
		end, attrs, selfClose, ok := scanTag(s, k)
		if !ok {
			return 0, fail(line, "tag <%s is never closed with '>'", name)
		}
		tagLine := line
		advance(end)
		if closing {
			if voidElements[name] {
				continue // "</br>" is harmless
			}
			if len(stack) == 0 {
				return 0, fail(tagLine, "</%s> without a matching <%s>", name, name)
			}
			top := stack[len(stack)-1]
			if top.name != name {
				return 0, fail(tagLine, "</%s> does not close <%s> opened at line %d (unclosed or misnested tag)", name, top.name, top.line)
			}
			stack = stack[:len(stack)-1]
			switch name {
			case "table":
				return pos, buildTable(p, rows, startLine, fail)
			case "tr":
				rows = append(rows, *cur)
				cur = nil
			case "td", "th":
				hc.text = cell.finish()
				cur.cells = append(cur.cells, hc)
				cell = nil
			default:
				if cell != nil && blockElements[name] {
					cell.breakLine()
				}
			}
			continue
		}
		if voidElements[name] || selfClose {
			if cell != nil && (name == "br" || blockElements[name]) {
				cell.breakLine()
			}
			continue
		}
		if name == "caption" && cell == nil {
			// "Table 1 Error codes": the table's title, not a row.
			c := indexFold(s[pos:], "</caption")
			gt := -1
			if c >= 0 {
				gt = strings.IndexByte(s[pos+c:], '>')
			}
			if gt < 0 {
				return 0, fail(tagLine, "<caption> is never closed")
			}
			advance(pos + c + gt + 1)
			continue
		}
		if name == "table" && cell != nil {
			// A table inside a cell (a list of cases in a solution):
			// its text, row by row, is part of the cell.
			text, end, ok := nestedTableText(s, tagStart)
			if !ok {
				return 0, fail(tagLine, "nested <table> (opened inside a cell) is never closed")
			}
			cell.breakLine()
			for _, row := range strings.Split(text, "\n") {
				cell.text(row)
				cell.breakLine()
			}
			advance(end)
			continue
		}
		switch name {
		case "table":
			if len(stack) > 0 {
				return 0, fail(tagLine, "nested <table> (opened inside <%s> of line %d) is not supported", parent(), stack[len(stack)-1].line)
			}
		case "thead", "tbody", "tfoot", "colgroup":
			if parent() != "table" {
				return 0, fail(tagLine, "<%s> outside <table>", name)
			}
		case "tr":
			switch parent() {
			case "table", "thead", "tbody", "tfoot":
			default:
				return 0, fail(tagLine, "<tr> inside <%s>", parent())
			}
			cur = &htmlRow{line: tagLine}
		case "td", "th":
			if parent() != "tr" {
				return 0, fail(tagLine, "<%s> inside <%s> instead of <tr>", name, parent())
			}
			rs, err := spanAttr(attrs, "rowspan")
			if err != nil {
				return 0, fail(tagLine, "%v", err)
			}
			cs, err := spanAttr(attrs, "colspan")
			if err != nil {
				return 0, fail(tagLine, "%v", err)
			}
			hc = htmlCell{header: name == "th", rowspan: rs, colspan: cs, line: tagLine}
			cell = &cellText{}
		default:
			if cell == nil {
				return 0, fail(tagLine, "<%s> inside a table but outside any cell", name)
			}
			// Elements neither block nor inline (<svg>, <label>, ...)
			// count as inline: their text is kept.
			if blockElements[name] {
				cell.breakLine()
				if name == "li" {
					cell.item = true
				}
			}
		}
		stack = append(stack, open{name, tagLine})
	}
	if len(stack) > 1 {
		top := stack[len(stack)-1]
		return 0, fail(top.line, "<%s> is never closed (the table of line %d ends without </table>)", top.name, startLine)
	}
	return 0, fail(startLine, "<table> is never closed")
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// tagName reads the tag whose '<' is at s[pos]: its name in lower case
// (empty when the '<' starts no tag, as in "a < b"), whether it is an end
// tag, and the offset just after the name.
func tagName(s string, pos int) (name string, closing bool, next int) {
	j := pos + 1
	closing = j < len(s) && s[j] == '/'
	if closing {
		j++
	}
	k := j
	for k < len(s) && isAlnum(s[k]) {
		k++
	}
	return strings.ToLower(s[j:k]), closing, k
}

// scanTag scans the attributes of a tag whose name ends at s[i] and returns
// the offset after its '>', the attributes and whether it ends in "/>".
func scanTag(s string, i int) (end int, attrs map[string]string, selfClose, ok bool) {
	for i < len(s) {
		c := s[i]
		switch {
		case c == '>':
			return i + 1, attrs, selfClose, true
		case c == '/':
			selfClose = true
			i++
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			i++
		case c == '<':
			return 0, nil, false, false
		default:
			selfClose = false
			k := i
			for k < len(s) && !strings.ContainsRune(" \t\n\r\f/>=<", rune(s[k])) {
				k++
			}
			key := strings.ToLower(s[i:k])
			i = k
			val := ""
			if i < len(s) && s[i] == '=' {
				i++
				if i < len(s) && (s[i] == '"' || s[i] == '\'') {
					q := s[i]
					e := strings.IndexByte(s[i+1:], q)
					if e < 0 {
						return 0, nil, false, false
					}
					val = s[i+1 : i+1+e]
					i += e + 2
				} else {
					k := i
					for k < len(s) && !strings.ContainsRune(" \t\n\r\f>", rune(s[k])) {
						k++
					}
					val = s[i:k]
					i = k
				}
			}
			if key != "" {
				if attrs == nil {
					attrs = map[string]string{}
				}
				attrs[key] = html.UnescapeString(val)
			}
		}
	}
	return 0, nil, false, false
}

func spanAttr(attrs map[string]string, name string) (int, error) {
	v, ok := attrs[name]
	if !ok {
		return 1, nil
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 1 || n > 10000 {
		return 0, fmt.Errorf("%s=%q is not a number from 1 to 10000", name, v)
	}
	return n, nil
}

// buildTable places the cells of rows on a grid (resolving rowspan and
// colspan) and turns them into page rows.
func buildTable(p *Page, rows []htmlRow, line int, fail func(int, string, ...any) error) error {
	if len(rows) == 0 {
		return fail(line, "HTML table without rows")
	}
	head := rows[0]
	cols := make([]string, len(head.cells))
	for i, c := range head.cells {
		if c.rowspan != 1 || c.colspan != 1 {
			return fail(c.line, "header cell %q spans several rows or columns", c.text)
		}
		cols[i] = c.text
	}
	s, isErrTable, err := newSchema(cols, head.line, fail)
	if err != nil {
		return err
	}
	if !isErrTable {
		for _, r := range rows[1:] {
			for _, c := range r.cells {
				if err := checkSkippedRow([]string{c.text}, r.line, fail); err != nil {
					return err
				}
			}
		}
		p.Skipped = append(p.Skipped, Table{Line: head.line, Columns: cols})
		return nil
	}
	if len(rows) == 1 {
		return fail(head.line, "error-code table header without rows")
	}
	ncols := len(cols)
	codeCol := s.idx[colCode]
	type span struct {
		n    int
		text string
		line int
	}
	pending := make([]span, ncols)
	for _, r := range rows[1:] {
		cells := make([]string, ncols)
		col := 0
		fill := func() {
			for col < ncols && pending[col].n > 0 {
				cells[col] = pending[col].text
				pending[col].n--
				col++
			}
		}
		freeText := false
		for _, c := range r.cells {
			fill()
			if col+c.colspan > ncols {
				return fail(c.line, "row has more cells than the table's %d columns", ncols)
			}
			if c.colspan > 1 {
				if codeCol < col || codeCol >= col+c.colspan {
					return fail(c.line, "a cell spanning %d columns (%s to %s) is not supported in an error-code row", c.colspan, cols[col], cols[col+c.colspan-1])
				}
				freeText = true
			}
			for k := 0; k < c.colspan; k++ {
				cells[col+k] = c.text
				if c.rowspan > 1 {
					pending[col+k] = span{c.rowspan - 1, c.text, c.line}
				}
			}
			col += c.colspan
		}
		fill()
		if col < ncols {
			return fail(r.line, "row has %d cells, the table header (line %d) has %d", col, head.line, ncols)
		}
		if freeText {
			// A free-text row such as "其他 | 如若出现其他无法解决的错误码…":
			// page prose, not a code.
			var parts []string
			for i, c := range cells {
				if c != "" && (i == 0 || c != cells[i-1]) {
					parts = append(parts, c)
				}
			}
			p.Prose = append(p.Prose, Prose{Line: r.line, Text: strings.Join(parts, ": ")})
			continue
		}
		row, err := s.row(cells, r.line, fail)
		if err != nil {
			return err
		}
		p.Rows = append(p.Rows, row)
	}
	for _, sp := range pending {
		if sp.n > 0 {
			return fail(sp.line, "rowspan extends %d rows past the end of the table", sp.n)
		}
	}
	return nil
}

// nestedTableText returns the text of the table whose start tag is at
// s[off] (rows on lines of their own, cells separated by " | ") and the
// offset after its end tag; ok is false when it is never closed.
func nestedTableText(s string, off int) (text string, end int, ok bool) {
	var b strings.Builder
	depth := 0
	cells := 0
	for pos := off; pos < len(s); {
		lt := strings.IndexByte(s[pos:], '<')
		if lt < 0 {
			return "", 0, false
		}
		b.WriteString(strings.Join(strings.Fields(html.UnescapeString(s[pos:pos+lt])), " "))
		b.WriteByte(' ')
		pos += lt
		name, closing, k := tagName(s, pos)
		if name == "" {
			b.WriteByte('<')
			pos++
			continue
		}
		tagEnd, _, _, tagOK := scanTag(s, k)
		if !tagOK {
			return "", 0, false
		}
		pos = tagEnd
		switch {
		case name == "table" && !closing:
			depth++
		case name == "table" && closing:
			depth--
			if depth == 0 {
				return strings.TrimSpace(b.String()), pos, true
			}
		case name == "tr" && !closing:
			b.WriteString("\n")
			cells = 0
		case (name == "td" || name == "th") && !closing:
			if cells > 0 {
				b.WriteString(" | ")
			}
			cells++
		case name == "br" || blockElements[name]:
			b.WriteByte(' ')
		}
	}
	return "", 0, false
}

// isHTMLPage reports whether data is a whole HTML document (as a browser
// saves a page) rather than Markdown with HTML tables in it: it starts,
// after white space and comments, with a doctype, <html> or an XML
// declaration.
func isHTMLPage(data []byte) bool {
	t := strings.TrimLeft(string(data[:min(len(data), 4096)]), " \t\r\n")
	for strings.HasPrefix(t, "<!--") {
		i := strings.Index(t, "-->")
		if i < 0 {
			return false
		}
		t = strings.TrimLeft(t[i+3:], " \t\r\n")
	}
	t = strings.ToLower(t[:min(len(t), 16)])
	return strings.HasPrefix(t, "<!doctype html") || strings.HasPrefix(t, "<html") || strings.HasPrefix(t, "<?xml")
}

// rawTextElements hold text that is not page content, or no markup.
var rawTextElements = map[string]bool{
	"script": true, "style": true, "textarea": true, "title": true, "noscript": true, "template": true, "xmp": true,
}

// maxLayoutDepth bounds how deep parseHTMLPage looks into layout tables
// for error-code tables, so that a page of tables nested without end costs
// linear time.
const maxLayoutDepth = 8

// pageTable is a table of a whole HTML page: the offsets of its "<table"
// and just after its matching "</table>" (-1 when it is never closed), the
// offset just after its start tag, its line, and the tables directly
// inside it.
type pageTable struct {
	start, end, tagEnd, line int
	children                 []int
}

// parseHTMLPage finds the tables of a whole HTML page (navigation, scripts
// and all) and parses them. A table that does not parse and whose first
// row names no error-code column, or that parses but has no error-code
// column and holds tables, is layout or navigation: the tables inside it
// are looked at instead. Text outside tables is not page prose.
func parseHTMLPage(p *Page, name string, data []byte) error {
	text := string(data)
	tables, top := pageTables(text)
	var visit func(list []int, depth int) error
	visit = func(list []int, depth int) error {
		for _, i := range list {
			t := tables[i]
			// The first row ends before the first table inside.
			head := text[t.tagEnd:]
			if len(t.children) > 0 {
				head = text[t.tagEnd:tables[t.children[0]].start]
			} else if t.end >= 0 {
				head = text[t.tagEnd:t.end]
			}
			if t.end < 0 {
				if firstRowNamesCode(head) {
					return &Error{File: name, Line: t.line, Msg: "<table> is never closed"}
				}
			} else {
				nr, np, ns := len(p.Rows), len(p.Prose), len(p.Skipped)
				_, err := parseHTMLTable(p, name, text[:t.end], t.start, t.line)
				if err == nil && (len(p.Rows) > nr || len(t.children) == 0) {
					continue
				}
				p.Rows, p.Prose, p.Skipped = p.Rows[:nr], p.Prose[:np], p.Skipped[:ns]
				if err != nil && firstRowNamesCode(head) {
					return err
				}
			}
			if depth < maxLayoutDepth {
				if err := visit(t.children, depth+1); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return visit(top, 0)
}

// pageTables finds the tables of a page in one pass, past comments,
// declarations and the content of scripts, styles and the like, and
// returns them with the indexes of the outermost ones.
func pageTables(s string) (tables []pageTable, top []int) {
	var stack []int
	pos, line := 0, 1
	advance := func(to int) {
		line += strings.Count(s[pos:to], "\n")
		pos = to
	}
	for pos < len(s) {
		lt := strings.IndexByte(s[pos:], '<')
		if lt < 0 {
			break
		}
		advance(pos + lt)
		switch {
		case strings.HasPrefix(s[pos:], "<!--"):
			end := strings.Index(s[pos+4:], "-->")
			if end < 0 {
				return tables, top // the rest of the page is a comment
			}
			advance(pos + 4 + end + 3)
			continue
		case strings.HasPrefix(s[pos:], "<!"), strings.HasPrefix(s[pos:], "<?"):
			end := strings.IndexByte(s[pos:], '>')
			if end < 0 {
				return tables, top
			}
			advance(pos + end + 1)
			continue
		}
		tag, closing, k := tagName(s, pos)
		end, _, _, ok := scanTag(s, k)
		if tag == "" || !ok {
			advance(pos + 1) // a '<' in text
			continue
		}
		switch {
		case tag == "table" && closing:
			if n := len(stack); n > 0 {
				tables[stack[n-1]].end = end
				stack = stack[:n-1]
			}
		case tag == "table":
			i := len(tables)
			tables = append(tables, pageTable{start: pos, end: -1, tagEnd: end, line: line})
			if n := len(stack); n > 0 {
				tables[stack[n-1]].children = append(tables[stack[n-1]].children, i)
			} else {
				top = append(top, i)
			}
			stack = append(stack, i)
		case !closing && rawTextElements[tag]:
			c := indexFold(s[end:], "</"+tag)
			if c < 0 {
				return tables, top
			}
			advance(end + c)
			continue
		}
		advance(end)
	}
	return tables, top
}

// firstRowNamesCode reports whether a cell of the first row of the table
// whose content s is names the error-code column.
func firstRowNamesCode(s string) bool {
	var cell strings.Builder
	in, cells := false, 0
	check := func() bool { return in && headerKind(html.UnescapeString(cell.String())) == colCode }
	for pos := 0; pos < len(s); {
		lt := strings.IndexByte(s[pos:], '<')
		if lt < 0 {
			break
		}
		if in {
			cell.WriteString(s[pos : pos+lt])
		}
		pos += lt
		name, closing, k := tagName(s, pos)
		end, _, _, ok := scanTag(s, k)
		if name == "" || !ok {
			if in {
				cell.WriteByte('<')
			}
			pos++
			continue
		}
		pos = end
		switch {
		case name == "td" || name == "th":
			if check() {
				return true
			}
			in, cells = !closing, cells+1
			cell.Reset()
		case name == "tr" && (closing || cells > 0):
			return check()
		case in:
			cell.WriteByte(' ')
		}
	}
	return check()
}
