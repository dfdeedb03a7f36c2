package catalog

import (
	"path/filepath"
	"strings"

	"github.com/errcodelint/errcodelint/catalog/internal/pages"
)

// ParseError is an error in a page, naming the file, the line (0 when the
// error concerns the whole file) and the reason. Its Error method formats it
// as "file:line: reason".
type ParseError = pages.Error

// Prose is text of a page outside its error-code tables: a line of the page,
// or a free-text table row such as the OCR page's "其他" row. The catalog
// audit looks for codes mentioned in prose but absent from the tables.
type Prose struct {
	Source string // page file name
	Line   int    // 1-based line
	Text   string
}

// SkippedTable is a table of a page that is not an error-code table because
// it has no error-code column (for example the error_code/error_msg
// parameter table of the OptVerse page). The parser skips such tables on
// purpose and reports them here.
type SkippedTable struct {
	Source  string
	Line    int
	Columns []string
}

// Page is one parsed page or JSON catalog file.
type Page struct {
	Source  string // base name of the file
	Format  string // "markdown" (Markdown with optional HTML or pasted tables), "html" (a whole HTML page) or "json"
	Entries []Entry
	Prose   []Prose
	Skipped []SkippedTable
	// Owns lists the families the page owns (see Catalog.Owners): those
	// named by its "errcodelint: owns" statement, none for "errcodelint:
	// owns none" or a JSON file, else every family it documents.
	Owns []string

	lines []int // the line in the file of each entry, also when Entry.Line is 0
}

// ParsePage parses one error-code page. name is the file's name (only its
// base name is used, as Source and in errors).
//
// The format is JSON when name ends in ".json", or when name has no page
// extension (.md, .markdown, .html, .htm, .txt) and the content starts with
// "[{" or "[]": an array of objects with the keys of the export format (code, status,
// message, description, remedy, service, source, module; code is required,
// status 0 means none). Otherwise it is a Markdown page: Markdown tables
// (leading and trailing pipes optional, several tables per page, a row may
// continue on the following lines), HTML tables (rowspan, colspan, markup
// and entities in cells) and tables pasted from the browser (tab-separated
// cells, typically a .tsv or .txt file; a cell's further paragraphs on the
// following lines), recognised by the header names of the vendor's Chinese
// and English pages in any letter case (状态码/HTTP状态码 = Status Code/HTTP
// Status Code, 错误码 = Error Code(s), 错误信息 = Error Message/Error,
// 描述/说明 = Description, 处理措施/建议解决方法 = Solution/Handling
// Measure/Measure/Troubleshooting, 模块 = Module, and the export's keys).
// A whole HTML page as the browser saves it (a file starting with a
// doctype or <html>) is read for its tables only: scripts, styles,
// comments, navigation and layout tables are passed over, a table's
// caption is not a row, and a table inside a cell becomes lines of the
// cell's text. Tables without an error-code column are skipped and reported in
// Page.Skipped; a table with an error-code column but an unknown or missing
// message column is an error.
//
// Every entry's Service is, in order of preference, the JSON row's service
// field, else the file's base name without extension. Its Source is the JSON
// row's source field (then Line is 0), else the file's base name.
//
// Errors are *ParseError values. Within one file, two rows with the same
// code, status and message are an error (a duplicate row, or a conflicting
// one when other fields differ).
func ParsePage(name string, data []byte) (*Page, error) {
	p, err := pages.Parse(name, data)
	if err != nil {
		return nil, err
	}
	service := strings.TrimSuffix(p.Name, filepath.Ext(p.Name))
	out := &Page{Source: p.Name, Format: p.Format, Entries: make([]Entry, len(p.Rows)), lines: make([]int, len(p.Rows))}
	for i, r := range p.Rows {
		e := Entry{
			Code: Code(r.Code), Status: r.Status, Message: r.Message, Description: r.Description,
			Remedy: r.Remedy, Module: r.Module, Service: r.Service, Source: r.Source, Line: r.Line,
		}
		if e.Service == "" {
			e.Service = service
		}
		if e.Source == "" {
			e.Source = p.Name
		} else {
			e.Line = 0
		}
		out.Entries[i] = e
		out.lines[i] = r.Line
	}
	for _, pr := range p.Prose {
		out.Prose = append(out.Prose, Prose{Source: p.Name, Line: pr.Line, Text: pr.Text})
	}
	for _, t := range p.Skipped {
		out.Skipped = append(out.Skipped, SkippedTable{Source: p.Name, Line: t.Line, Columns: t.Columns})
	}
	if p.Format == "json" {
		// An export is not a service's page: it owns nothing, so that
		// reloading one changes nothing.
		out.Owns = []string{}
	} else if out.Owns, err = pageOwns(name, out.Entries, p.Owns, p.OwnsLine); err != nil {
		return nil, err
	}
	return out, nil
}

// Parse parses one error-code page and returns its rows in page order; see
// ParsePage.
func Parse(name string, data []byte) ([]Entry, error) {
	p, err := ParsePage(name, data)
	if err != nil {
		return nil, err
	}
	return p.Entries, nil
}

// ConstName returns the Go constant name of a code, as used by the generated
// constants of this package and of package codes: the Go name of the code's
// family followed by the code's digits verbatim. The family's Go name is its
// prefix when the prefix has no '_' (ModelArts, AIS, APIG, OptVerse), else
// the prefix's '_'-separated words title-cased and joined (JOB_MANAGER ->
// JobManager); a '_' is inserted when that name ends in a digit. So
// ModelArts.0204 -> ModelArts0204, OptVerse_1212080002 ->
// OptVerse1212080002, JOB_MANAGER_12000001 -> JobManager12000001.
func ConstName(code string) string { return pages.ConstName(code) }
