package catalog

import (
	"errors"
	"os"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParse checks that ParsePage never panics or hangs, that every failure
// is a *ParseError naming the file, and that every row it returns is
// well-formed.
func FuzzParse(f *testing.F) {
	for _, p := range []string{"source/maas.md", "source/optverse.md"} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add("page.md", data)
	}
	f.Add("t.md", []byte("| 错误码 | 错误信息 |\n|---|---|\n| A.1 | m |\n"))
	f.Add("t.md", []byte("| 状态码 | 错误码 | 错误信息 |\n|---|---|---|\n| 400 | A.1 | broken\n|\n"))
	f.Add("t.html", []byte(`<table><tr><th>模块</th><th>错误码</th><th>错误信息</th></tr><tr><td rowspan="2">m</td><td>A.1</td><td>x &gt; y</td></tr><tr><td>A.2</td><td><ul><li>a</li></ul></td></tr><tr><td>其他</td><td colspan="2">t</td></tr></table>`))
	f.Add("t.json", []byte(`[{"code":"A.1","status":400,"message":"m"}]`))
	f.Add("t.tsv", []byte(cceTSV))
	f.Add("p.md", []byte("<!-- errcodelint: owns none -->\n| 错误码 | 错误信息 |\n|---|---|\n| A.1 | m |\n"))
	page, err := os.ReadFile("testdata/pages/apig-error-codes.html")
	if err != nil {
		f.Fatal(err)
	}
	f.Add("p.html", page)
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		if name == "" {
			name = "x"
		}
		type result struct {
			p   *Page
			err error
		}
		done := make(chan result, 1)
		go func() {
			p, err := ParsePage(name, data)
			done <- result{p, err}
		}()
		var r result
		select {
		case r = <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("ParsePage hangs on %q %q", name, data)
		}
		p, err := r.p, r.err
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error is not a *ParseError: %v", err)
			}
			if pe.File != name {
				t.Fatalf("error names %q, not %q", pe.File, name)
			}
			return
		}
		if len(p.Entries) == 0 {
			t.Fatal("no error and no rows")
		}
		for _, e := range p.Entries {
			if e.Code == "" || !utf8.ValidString(e.Message+e.Description+e.Remedy+e.Module) {
				t.Fatalf("bad entry %+v", e)
			}
			if e.Status != 0 && (e.Status < 100 || e.Status > 599) {
				t.Fatalf("bad status %+v", e)
			}
			if p.Format == "markdown" && (e.Line < 1 || e.Line > len(data)+1) {
				t.Fatalf("bad line %+v", e)
			}
		}
		if _, err := New(p.Entries); err != nil {
			// Codes differing only in case within one page are rejected by
			// New, not by the parser; that must be an ordinary error.
			if err.Error() == "" {
				t.Fatal("empty error")
			}
		}
	})
}
