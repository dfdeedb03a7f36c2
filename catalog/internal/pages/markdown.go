package pages

import (
	"fmt"
	"strings"
)

// splitLines splits data into lines without their "\n" or "\r\n" and
// returns each line's byte offset.
func splitLines(data []byte) (lines []string, starts []int) {
	s := string(data)
	off := 0
	for off <= len(s) {
		i := strings.IndexByte(s[off:], '\n')
		var l string
		if i < 0 {
			l = s[off:]
		} else {
			l = s[off : off+i]
		}
		lines = append(lines, strings.TrimSuffix(l, "\r"))
		starts = append(starts, off)
		if i < 0 {
			break
		}
		off += i + 1
	}
	return lines, starts
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// indexFold returns the index of the ASCII-lower-case substring sub in s,
// ignoring ASCII case, or -1.
func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if s[i] == '<' && strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

// htmlTableStart returns the index of a "<table" start tag in s, or -1.
func htmlTableStart(s string) int {
	for off := 0; ; {
		i := indexFold(s[off:], "<table")
		if i < 0 {
			return -1
		}
		j := off + i + len("<table")
		if j == len(s) || s[j] == '>' || s[j] == ' ' || s[j] == '\t' || s[j] == '/' {
			return off + i
		}
		off = j
	}
}

// isDelimiter reports whether l is a Markdown table delimiter row such as
// "|---|:---:|" or "--- | ---".
func isDelimiter(l string) bool {
	t := strings.TrimSpace(l)
	if !strings.Contains(t, "|") || !strings.Contains(t, "-") {
		return false
	}
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '|', '-', ':', ' ', '\t':
		default:
			return false
		}
	}
	return true
}

// splitCells splits a Markdown table row into trimmed cells. A leading and a
// trailing pipe are optional; "\|" is a literal pipe. With spacedOnly, a pipe
// separates cells only at the start or end of the line or next to white
// space; this recovers rows whose text contains a bare pipe, as in
// "不能包含(|)&$?<>".
func splitCells(line string, spacedOnly bool) []string {
	t := strings.TrimSpace(line)
	cells := make([]string, 0, 8)
	escaped := false // the current cell holds a "\|"
	from := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == '\\' && i+1 < len(t) && t[i+1] == '|' {
			escaped = true
			i++
			continue
		}
		if c != '|' {
			continue
		}
		if spacedOnly && i > 0 && i < len(t)-1 && !isSpace(t[i-1]) && !isSpace(t[i+1]) {
			continue
		}
		cells = append(cells, mdCellText(t[from:i], escaped))
		from, escaped = i+1, false
	}
	cells = append(cells, mdCellText(t[from:], escaped))
	if strings.HasPrefix(t, "|") {
		cells = cells[1:]
	}
	if len(t) > 1 && strings.HasSuffix(t, "|") && !strings.HasSuffix(t, `\|`) && len(cells) > 0 {
		cells = cells[:len(cells)-1]
	}
	return cells
}

func mdCellText(c string, escaped bool) string {
	if escaped {
		c = strings.ReplaceAll(c, `\|`, "|")
	}
	return cleanMarkdownCell(c)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' }

var brReplacer = strings.NewReplacer("<br>", "\n", "<br/>", "\n", "<br />", "\n", "<BR>", "\n")

func cleanMarkdownCell(c string) string {
	c = strings.TrimSpace(c)
	if strings.Contains(c, "<") {
		c = brReplacer.Replace(c)
		parts := strings.Split(c, "\n")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		c = strings.Join(parts, "\n")
	}
	return c
}

// countPipes counts unescaped pipes.
func countPipes(l string) int {
	n := 0
	for i := 0; i < len(l); i++ {
		if l[i] == '\\' {
			i++
			continue
		}
		if l[i] == '|' {
			n++
		}
	}
	return n
}

func parseMarkdown(p *Page, name string, data []byte) error {
	fail := func(line int, format string, args ...any) error {
		return &Error{File: name, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	lines, starts := splitLines(data)
	text := string(data)
	fence, fenceLine := "", 0
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		t := strings.TrimSpace(line)
		if fence != "" {
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
			if t != "" {
				p.Prose = append(p.Prose, Prose{Line: i + 1, Text: t})
			}
			continue
		}
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence, fenceLine = t[:3], i+1
			p.Prose = append(p.Prose, Prose{Line: i + 1, Text: t})
			continue
		}
		if k := htmlTableStart(line); k >= 0 {
			if pre := strings.TrimSpace(line[:k]); pre != "" {
				p.Prose = append(p.Prose, Prose{Line: i + 1, Text: pre})
			}
			end, err := parseHTMLTable(p, name, text, starts[i]+k, i+1)
			if err != nil {
				return err
			}
			// Find the line holding the end of the table.
			j := i
			for j+1 < len(lines) && starts[j+1] <= end-1 {
				j++
			}
			rest := string(data[end : starts[j]+len(lines[j])])
			if htmlTableStart(rest) >= 0 {
				return fail(j+1, "a second <table> starts on the line where a table ends; put each table on its own lines")
			}
			if r := strings.TrimSpace(rest); r != "" {
				p.Prose = append(p.Prose, Prose{Line: j + 1, Text: r})
			}
			i = j
			continue
		}
		if isTabHeader(line) {
			next, err := parseTabTable(p, lines, i, fail)
			if err != nil {
				return err
			}
			i = next - 1
			continue
		}
		if countPipes(line) > 0 && i+1 < len(lines) && isDelimiter(lines[i+1]) {
			next, err := parseMarkdownTable(p, lines, i, fail)
			if err != nil {
				return err
			}
			i = next - 1
			continue
		}
		if isDelimiter(line) {
			return fail(i+1, "table delimiter row without a header row above it")
		}
		if countPipes(line) >= 2 {
			return fail(i+1, "line looks like a table row but no table header and delimiter row (|---|) precede it")
		}
		if t != "" {
			p.Prose = append(p.Prose, Prose{Line: i + 1, Text: t})
		}
	}
	if fence != "" {
		return fail(fenceLine, "code fence %s is never closed", fence)
	}
	return nil
}

// maxRowLines bounds how many lines one Markdown table row may span.
const maxRowLines = 100

// parseMarkdownTable parses the table whose header is lines[h] and returns
// the index of the first line after it.
func parseMarkdownTable(p *Page, lines []string, h int, fail func(int, string, ...any) error) (int, error) {
	cols := splitCells(lines[h], false)
	ncols := len(cols)
	if d := len(splitCells(lines[h+1], false)); d != ncols {
		return 0, fail(h+2, "delimiter row has %d columns, the header above has %d", d, ncols)
	}
	for i, c := range cols {
		cols[i] = stripMarkup(c)
	}
	s, isErrTable, err := newSchema(cols, h+1, fail)
	if err != nil {
		return 0, err
	}
	isNewHeader := func(j int) bool {
		return j+1 < len(lines) && countPipes(lines[j]) > 0 && isDelimiter(lines[j+1])
	}
	closed := strings.HasSuffix(strings.TrimSpace(lines[h]), "|")
	if p.Rows == nil {
		p.Rows = make([]Row, 0, len(lines)-h)
	}
	j := h + 2
	nrows := 0
	for j < len(lines) {
		l := lines[j]
		if blank(l) || countPipes(l) == 0 || isNewHeader(j) {
			break
		}
		start := j
		raw := strings.TrimSpace(l)
		cells := splitCells(raw, false)
		// A row broken across lines: fewer cells than the header, or no
		// closing pipe when the header has one. Join the following lines.
		for len(cells) < ncols || (closed && !strings.HasSuffix(raw, "|")) {
			if j+1 >= len(lines) || blank(lines[j+1]) || isNewHeader(j+1) {
				if len(cells) >= ncols {
					return 0, fail(start+1, "row does not end with '|' like the table header (line %d)", h+1)
				}
				return 0, fail(start+1, "row has %d cells, the table header (line %d) has %d", len(cells), h+1, ncols)
			}
			if j-start >= maxRowLines {
				return 0, fail(start+1, "row continues over more than %d lines without completing its %d cells", maxRowLines, ncols)
			}
			j++
			raw += " " + strings.TrimSpace(lines[j])
			cells = splitCells(raw, false)
		}
		if len(cells) > ncols {
			if c2 := splitCells(raw, true); len(c2) == ncols {
				cells = c2
			} else {
				return 0, fail(start+1, "row has %d cells, the table header (line %d) has %d (escape a pipe inside a cell as \\|)", len(cells), h+1, ncols)
			}
		}
		j++
		nrows++
		if !isErrTable {
			if err := checkSkippedRow(cells, start+1, fail); err != nil {
				return 0, err
			}
			continue
		}
		for _, k := range []kind{colCode, colStatus} {
			if i := s.idx[k]; i >= 0 {
				cells[i] = strings.Trim(cells[i], "`*")
			}
		}
		r, err := s.row(cells, start+1, fail)
		if err != nil {
			return 0, err
		}
		p.Rows = append(p.Rows, r)
	}
	if !isErrTable {
		p.Skipped = append(p.Skipped, Table{Line: h + 1, Columns: cols})
		return j, nil
	}
	if nrows == 0 {
		return 0, fail(h+1, "error-code table header without rows")
	}
	return j, nil
}

// stripMarkup removes simple emphasis around a header cell.
func stripMarkup(s string) string {
	return strings.TrimSpace(strings.Trim(s, "*_`"))
}

// tabCells splits a line of a table pasted from the browser into trimmed
// cells; a trailing tab adds no cell.
func tabCells(line string) []string {
	cells := strings.Split(strings.TrimRight(line, " \t"), "\t")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

// isTabHeader reports whether line is the header row of a table pasted
// from the browser: tab-separated cells, no pipes, one of them naming the
// error-code column.
func isTabHeader(line string) bool {
	if !strings.Contains(line, "\t") || countPipes(line) > 0 {
		return false
	}
	cells := tabCells(line)
	if len(cells) < 2 {
		return false
	}
	for _, c := range cells {
		if headerKind(c) == colCode {
			return true
		}
	}
	return false
}

// parseTabTable parses the pasted table whose header is lines[h] and
// returns the index of the first line after it. Copied from a browser, a
// row is its cells separated by tabs; a cell of several paragraphs
// continues on the following lines (a line without a tab after a complete
// row continues its last cell); a cell spanning several rows (the OCR
// page's module) is only on its first row. A blank line followed by a line
// without a tab ends the table.
func parseTabTable(p *Page, lines []string, h int, fail func(int, string, ...any) error) (int, error) {
	cols := tabCells(lines[h])
	ncols := len(cols)
	s, _, err := newSchema(cols, h+1, fail)
	if err != nil {
		return 0, err
	}
	hasTab := func(j int) bool { return j < len(lines) && strings.Contains(lines[j], "\t") }
	var prev []string
	nrows := 0
	j := h + 1
	for j < len(lines) {
		if blank(lines[j]) {
			k := j
			for k < len(lines) && blank(lines[k]) {
				k++
			}
			if !hasTab(k) || isTabHeader(lines[k]) {
				break
			}
			j = k
		}
		if !hasTab(j) || isTabHeader(lines[j]) {
			break
		}
		start := j
		cells := tabCells(lines[j])
		if len(cells) == ncols-1 && prev != nil && s.idx[colModule] == 0 && s.idx[colCode] == 1 && looksLikeCode(cells[0]) {
			cells = append([]string{prev[0]}, cells...)
		}
		j++
		// Complete the row: a cell broken across lines.
		for j < len(lines) && (len(cells) < ncols || (!blank(lines[j]) && !hasTab(j))) {
			if j-start >= maxRowLines {
				return 0, fail(start+1, "row continues over more than %d lines without completing its %d cells", maxRowLines, ncols)
			}
			more := tabCells(lines[j])
			cells[len(cells)-1] = strings.TrimSpace(cells[len(cells)-1] + "\n" + more[0])
			cells = append(cells, more[1:]...)
			j++
		}
		if len(cells) != ncols {
			return 0, fail(start+1, "row has %d cells, the table header (line %d) has %d", len(cells), h+1, ncols)
		}
		for i := range cells {
			cells[i] = strings.Trim(strings.ReplaceAll(cells[i], "\n\n", "\n"), "\n")
		}
		r, err := s.row(cells, start+1, fail)
		if err != nil {
			return 0, err
		}
		p.Rows = append(p.Rows, r)
		prev = cells
		nrows++
	}
	if nrows == 0 {
		return 0, fail(h+1, "error-code table header without rows")
	}
	return j, nil
}
