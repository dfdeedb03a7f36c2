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
