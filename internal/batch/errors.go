package batch

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// NoPackagesError returns the error for patterns that a load with export
// data (the batching driver's, singlechecker's) found no packages for.
// go/packages drops go list's error in that mode ("Export mode entails a
// build", golist.go): a go.mod that needs "go mod tidy" would be reported
// only as "./... matched no packages". Listed again without export data,
// which costs one go list and happens only on this failure, go/packages
// returns go list's error; it is returned verbatim, or the packages'
// errors, or else the usual "matched no packages".
func NoPackagesError(patterns []string, tests bool) error {
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName, Tests: tests}, patterns...)
	if err != nil {
		return errors.New(strings.TrimRight(err.Error(), "\n"))
	}
	var msgs []string
	for _, p := range pkgs {
		for _, e := range p.Errors {
			msgs = append(msgs, e.Error())
		}
	}
	if len(msgs) > 0 {
		return errors.New(strings.Join(msgs, "\n"))
	}
	return fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
}

// printText prints the diagnostics of g as g.PrintText does, but each
// analysis error once over all batches (printed holds those printed): a
// malformed configuration file (errcodelint's .errcodelint.yml) fails the
// analysis of every package alike, and would otherwise be printed once per
// package.
func printText(w io.Writer, g *checker.Graph, contextLines int, printed map[string]bool) error {
	for act := range g.All() {
		if act.Err != nil {
			msg := fmt.Sprintf("%s: %v\n", act.Analyzer.Name, act.Err)
			if !printed[msg] {
				printed[msg] = true
				if _, err := io.WriteString(w, msg); err != nil {
					return err
				}
			}
		}
	}
	ok := &checker.Graph{}
	for _, r := range g.Roots {
		if r.Err == nil {
			ok.Roots = append(ok.Roots, r)
		}
	}
	return ok.PrintText(w, contextLines)
}

// compilerLine matches an error line of the compiler's output:
// "./a.go:3:25: message".
var compilerLine = regexp.MustCompile(`^(.+?):(\d+)(?::\d+)?: (.*)$`)

// RepeatsTypeErrors reports whether e, an error of the go command without
// a position, merely repeats the type errors among errs. go list -export
// builds the package, and its error is the compiler's output ("# pkg",
// then "./a.go:3:25: message" lines, cut at "too many errors"), which
// go/packages, type-checking the package itself, reports again, each
// error with its position. Only an output whose every error go/types
// reported on the same line with the same message repeats them; anything
// else (cgo's error, the linker's) is not a repetition.
func RepeatsTypeErrors(e packages.Error, errs []packages.Error) bool {
	if e.Kind != packages.ListError || e.Pos != "" {
		return false
	}
	lines := strings.Split(strings.TrimRight(e.Msg, "\n"), "\n")
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "# ") {
		return false
	}
	type key struct {
		file string
		line int
		msg  string
	}
	reported := make(map[key]bool)
	for _, te := range errs {
		if file, line, _, ok := ParsePos(te.Pos); ok && te.Kind == packages.TypeError {
			msg, _, _ := strings.Cut(te.Msg, "\n")
			reported[key{filepath.Base(file), line, msg}] = true
		}
	}
	for _, l := range lines[1:] {
		if strings.HasPrefix(l, "\t") {
			continue // the rest of the message above (have/want)
		}
		m := compilerLine.FindStringSubmatch(l)
		if m == nil {
			return false
		}
		if m[3] == "too many errors" {
			continue
		}
		n, _ := strconv.Atoi(m[2])
		if !reported[key{filepath.Base(m[1]), n, m[3]}] {
			return false
		}
	}
	return true
}

// DropRepeatedCompilerOutput removes from singlechecker's error output
// (packages.PrintErrors: "-: # pkg" and the compiler's lines, then
// go/types' errors with absolute paths) each go command error that merely
// repeats the type errors printed with it (RepeatsTypeErrors).
func DropRepeatedCompilerOutput(out string) string {
	lines := strings.SplitAfter(out, "\n")
	var typeErrs []packages.Error
	for _, l := range lines {
		m := compilerLine.FindStringSubmatch(strings.TrimSuffix(l, "\n"))
		if m != nil && filepath.IsAbs(m[1]) {
			typeErrs = append(typeErrs, packages.Error{Pos: m[1] + ":" + m[2], Msg: m[3], Kind: packages.TypeError})
		}
	}
	var b strings.Builder
	for i := 0; i < len(lines); {
		head, ok := strings.CutPrefix(lines[i], "-: ")
		if !ok || !strings.HasPrefix(head, "# ") {
			b.WriteString(lines[i])
			i++
			continue
		}
		// The block: the compiler's lines (relative paths) and their
		// continuation lines.
		end := i + 1
		for end < len(lines) {
			l := strings.TrimSuffix(lines[end], "\n")
			m := compilerLine.FindStringSubmatch(l)
			if !strings.HasPrefix(l, "\t") && (m == nil || filepath.IsAbs(m[1])) {
				break
			}
			end++
		}
		block := strings.Join(lines[i:end], "")
		e := packages.Error{Msg: strings.TrimPrefix(block, "-: "), Kind: packages.ListError}
		if !RepeatsTypeErrors(e, typeErrs) {
			b.WriteString(block)
		}
		i = end
	}
	return b.String()
}

// ParsePos parses a go/packages error position, "file:line:col" or
// "file:line"; col is 0 in the latter.
func ParsePos(s string) (file string, line, col int, ok bool) {
	var nums []int
	for range 2 {
		i := strings.LastIndexByte(s, ':')
		if i < 0 {
			break
		}
		n, err := strconv.Atoi(s[i+1:])
		if err != nil {
			break
		}
		nums = append([]int{n}, nums...)
		s = s[:i]
	}
	if len(nums) == 0 || s == "" {
		return "", 0, 0, false
	}
	if len(nums) == 2 {
		col = nums[1]
	}
	return s, nums[0], col, true
}
