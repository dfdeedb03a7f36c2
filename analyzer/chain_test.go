package analyzer

import (
	"fmt"
	"strings"
	"testing"
)

// chainSource returns a function whose condition is one && chain of n
// conjuncts: a status comparison, then codes compared with the error code.
func chainSource(n int) []byte {
	var b strings.Builder
	b.WriteString("package p\n\ntype E struct{ StatusCode int; ErrorCode string }\n\nfunc f(se E) bool {\n\treturn se.StatusCode == 404")
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, " &&\n\t\tse.ErrorCode == %q", "ModelArts.0101")
	}
	b.WriteString("\n}\n")
	return []byte(b.String())
}

// TestLongAndChain: a condition of 30000 conjuncts is analysed, each code
// once (the tie search is linear in the condition: see
// BenchmarkAndChain).
func TestLongAndChain(t *testing.T) {
	if testing.Short() {
		t.Skip("a 30000-conjunct condition")
	}
	const n = 30000
	diags := runAnalyzerOn(t, New(Config{Checks: []string{CatMismatch}}), chainSource(n))
	if len(diags) != n-1 || !strings.Contains(diags[n-2].Message, "tied to status 404") {
		t.Fatalf("got %d diagnostics, want %d status-mismatch: %v", len(diags), n-1, diags[:min(len(diags), 3)])
	}
}

// BenchmarkAndChain analyses && chains of growing length: the time per
// conjunct stays flat when the tie search is linear.
func BenchmarkAndChain(b *testing.B) {
	a := New(Config{Checks: []string{CatMismatch, CatAmbiguous}})
	for _, n := range []int{1000, 4000, 16000} {
		src := chainSource(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				runAnalyzerOn(b, a, src)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/conjunct")
		})
	}
}

// TestLongConcatenation: a constant expression of 20000 operands is
// examined once (each operand stops where an earlier one passed), and its
// value checked like a literal's.
func TestLongConcatenation(t *testing.T) {
	if testing.Short() {
		t.Skip("a 20000-operand expression")
	}
	src := "package p\n\nconst s = \"ModelArts.\"" + strings.Repeat(" + \"\"", 20000) + " + \"9999\"\n"
	diags := runAnalyzerOn(t, New(Config{Checks: []string{CatUnknown}}), []byte(src))
	if len(diags) != 1 || !strings.Contains(diags[0].Message, `unknown error code "ModelArts.9999"`) {
		t.Fatalf("got %d diagnostics, want one unknown-code: %v", len(diags), diags)
	}
}
