package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// noPackagesError returns the error for patterns that a load with export
// data (the batching driver's, singlechecker's) found no packages for.
// go/packages drops go list's error in that mode ("Export mode entails a
// build", golist.go): a go.mod that needs "go mod tidy" would be reported
// only as "./... matched no packages". Listed again without export data,
// which costs one go list and happens only on this failure, go/packages
// returns go list's error; it is returned verbatim, or the packages'
// errors, or else the usual "matched no packages".
func noPackagesError(patterns []string, tests bool) error {
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

// loadErrorWriter is the output of the log package under singlechecker
// (-fix, -diff, ERRCODELINT_DRIVER=singlechecker), which logs its load
// error: it replaces "... matched no packages" with noPackagesError's
// account of the command line's patterns, and passes the rest through.
type loadErrorWriter struct{ w io.Writer }

func (l loadErrorWriter) Write(p []byte) (int, error) {
	if !bytes.HasSuffix(p, []byte(" matched no packages\n")) || !flag.Parsed() {
		return l.w.Write(p)
	}
	tests := true
	if f := flag.Lookup("test"); f != nil {
		tests = f.Value.String() == "true"
	}
	if _, err := fmt.Fprintf(l.w, "%s%v\n", log.Prefix(), noPackagesError(flag.Args(), tests)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// printText prints the diagnostics of g as g.PrintText does, but each
// analysis error once over all batches (printed holds those printed): a
// malformed .errcodelint.yml or -catalog page fails the analysis of every
// package alike, and would otherwise be printed once per package.
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

// onceLines writes to w the lines written to it, each line that begins
// with prefix only the first time: singlechecker prints an analysis error
// once per package. Close writes an unterminated last line.
type onceLines struct {
	w      io.Writer
	prefix string
	seen   map[string]bool
	buf    []byte
}

func (o *onceLines) Write(p []byte) (int, error) {
	o.buf = append(o.buf, p...)
	for {
		i := bytes.IndexByte(o.buf, '\n')
		if i < 0 {
			return len(p), nil
		}
		line := string(o.buf[:i+1])
		o.buf = o.buf[i+1:]
		if strings.HasPrefix(line, o.prefix) {
			if o.seen[line] {
				continue
			}
			if o.seen == nil {
				o.seen = make(map[string]bool)
			}
			o.seen[line] = true
		}
		if _, err := io.WriteString(o.w, line); err != nil {
			return 0, err
		}
	}
}

func (o *onceLines) Close() error {
	_, err := o.w.Write(o.buf)
	o.buf = nil
	return err
}

// compilerLine matches an error line of the compiler's output:
// "./a.go:3:25: message".
var compilerLine = regexp.MustCompile(`^(.+?):(\d+)(?::\d+)?: (.*)$`)

// repeatsTypeErrors reports whether e, an error of the go command without
// a position, merely repeats the type errors among errs. go list -export
// builds the package, and its error is the compiler's output ("# pkg",
// then "./a.go:3:25: message" lines, cut at "too many errors"), which
// go/packages, type-checking the package itself, reports again, each
// error with its position. Only an output whose every error go/types
// reported on the same line with the same message repeats them; anything
// else (cgo's error, the linker's) is not a repetition.
func repeatsTypeErrors(e packages.Error, errs []packages.Error) bool {
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
		if pos, ok := parsePos(te.Pos); ok && te.Kind == packages.TypeError {
			msg, _, _ := strings.Cut(te.Msg, "\n")
			reported[key{filepath.Base(pos.File), pos.Line, msg}] = true
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

// dropRepeatedCompilerOutput removes from singlechecker's error output
// (packages.PrintErrors: "-: # pkg" and the compiler's lines, then
// go/types' errors with absolute paths) each go command error that merely
// repeats the type errors printed with it (repeatsTypeErrors).
func dropRepeatedCompilerOutput(out string) string {
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
		if !repeatsTypeErrors(e, typeErrs) {
			b.WriteString(block)
		}
		i = end
	}
	return b.String()
}
