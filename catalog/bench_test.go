package catalog

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func benchPage(b *testing.B, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(path, data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseModelArtsPage(b *testing.B) { benchPage(b, "source/modelarts.md") }
func BenchmarkParseOCRPage(b *testing.B)       { benchPage(b, "source/ocr.md") }

func BenchmarkParseSavedHTMLPage(b *testing.B) { benchPage(b, "testdata/pages/apig-error-codes.html") }
func BenchmarkParsePastedTable(b *testing.B)   { benchPage(b, "testdata/pages/cce.tsv") }

// BenchmarkParseNestedTables parses 1 MiB pages of tables nested without
// end, which must cost linear time: the page parser looks into layout
// tables a bounded number of levels deep, and each table is scanned once
// per level.
func BenchmarkParseNestedTables(b *testing.B) {
	for _, tc := range []struct{ name, unit, tail string }{
		{"unclosed", "<table><tr><td>", ""},
		{"closed", "<table><tr><td>", "</td></tr></table>"},
		{"cells", "<table><tr><th>Error Code</th><th>Error Message</th></tr><tr><td>A.1</td><td>", ""},
	} {
		n := (1 << 20) / (len(tc.unit) + len(tc.tail))
		data := []byte("<!DOCTYPE html><html><body>" + strings.Repeat(tc.unit, n) + strings.Repeat(tc.tail, n))
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Parse("nested.html", data); err == nil {
					b.Fatal("no error")
				}
			}
		})
	}
}

func BenchmarkParse100kRows(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("| 状态码 | 错误码 | 错误信息 | 描述 | 处理措施 |\n|---|---|---|---|---|\n")
	for i := range 100_000 {
		fmt.Fprintf(&sb, "| 400 | Big.%06d | Message number %d. | 描述%d | 处理%d |\n", i, i, i, i)
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("big.md", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildDefault measures what Default does once per process.
func BenchmarkBuildDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(builtinEntries()); err != nil {
			b.Fatal(err)
		}
	}
}

var (
	sinkBool    bool
	sinkString  string
	sinkFamily  Family
	sinkEntries []Entry
	sinkInts    []int
	sinkStrings []string
)

func BenchmarkLookups(b *testing.B) {
	c := Default()
	for _, s := range []string{"ModelArts.0204", "modelarts_0204", "JOB_MANAGER.12050009", "hello world", "application/json"} {
		b.Run("Known/"+s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkBool = c.Known(s)
			}
		})
		b.Run("Canonical/"+s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkString, _ = c.Canonical(s)
			}
		})
		b.Run("FamilyOf/"+s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkFamily, _ = c.FamilyOf(s)
			}
		})
	}
	b.Run("Lookup", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkEntries = c.Lookup("ModelArts.0204")
		}
	})
	b.Run("Statuses", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkInts = c.Statuses("ModelArts.0210")
		}
	})
	b.Run("Ambiguous", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkBool = c.Ambiguous("ModelArts.0210")
		}
	})
}

func BenchmarkNearest(b *testing.B) {
	c := Default()
	for _, s := range []string{"ModelArts.0240", "JOB_MANAGER.12050009", "OptVerse_12080009", "nonsense"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkStrings = c.Nearest(s, 3)
			}
		})
	}
}
