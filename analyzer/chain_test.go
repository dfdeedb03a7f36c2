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

// guardedSource returns a function whose body is a guard on the status,
// then n statements each comparing a code: every code is tied to the
// status through the guard before it in the same block.
func guardedSource(n int) []byte {
	var b strings.Builder
	b.WriteString("package p\n\ntype E struct{ StatusCode int; ErrorCode string }\n\nfunc g() {}\n\nfunc f(se E) {\n\tif se.StatusCode != 404 {\n\t\treturn\n\t}\n")
	for range n {
		fmt.Fprintf(&b, "\tif se.ErrorCode == %q {\n\t\tg()\n\t}\n", "ModelArts.0101")
	}
	b.WriteString("}\n")
	return []byte(b.String())
}

// TestLongGuardedBlock: each of the codes of a long block is tied to the
// guard at its top (see BenchmarkGuardedBlock).
func TestLongGuardedBlock(t *testing.T) {
	const n = 2000
	diags := runAnalyzerOn(t, New(Config{Checks: []string{CatMismatch}}), guardedSource(n))
	if len(diags) != n || !strings.Contains(diags[n-1].Message, "tied to status 404") {
		t.Fatalf("got %d diagnostics, want %d status-mismatch: %v", len(diags), n, diags[:min(len(diags), 3)])
	}
}

// BenchmarkGuardedBlock analyses blocks of growing length, each statement
// holding a code after a guard on the status: the time per code stays flat
// when the search of a block's guards is linear in the block.
func BenchmarkGuardedBlock(b *testing.B) {
	a := New(Config{Checks: []string{CatMismatch, CatAmbiguous}})
	for _, n := range []int{100, 400, 1600, 3200} {
		src := guardedSource(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				runAnalyzerOn(b, a, src)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/code")
		})
	}
}
