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

var inlineElements = map[string]bool{
	"a": true, "span": true, "strong": true, "b": true, "em": true, "i": true, "code": true,
	"sup": true, "sub": true, "font": true, "u": true, "s": true, "kbd": true, "samp": true,
	"var": true, "small": true, "big": true, "tt": true, "strike": true, "del": true, "ins": true,
}

// parseHTMLTable parses the HTML table starting at data[off] (a "<table"
// tag on line startLine) and returns the offset just after its "</table>".
func parseHTMLTable(p *Page, name string, data []byte, off, startLine int) (int, error) {
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
	s := string(data)
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
		j := pos + 1
		closing := j < len(s) && s[j] == '/'
		if closing {
			j++
		}
		k := j
		for k < len(s) && (isAlnum(s[k])) {
			k++
		}
		if k == j {
			if cell != nil {
				cell.text("<")
				advance(pos + 1)
				continue
			}
			return 0, fail(line, "stray '<' inside a table but outside any cell")
		}
		name := strings.ToLower(s[j:k])
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
			if !blockElements[name] && !inlineElements[name] {
				return 0, fail(tagLine, "unsupported element <%s> in a table cell", name)
			}
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
