package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/errcodelint/errcodelint/internal/batch"
)

// fixChildEnv marks the process that applies the fixes for runFix.
const fixChildEnv = "ERRCODELINT_FIX_CHILD"

// fixMode reports whether a standalone command line asks to apply the
// fixes: -fix among the flags before the first package pattern, without
// -diff (which only prints them).
func fixMode(args []string) bool {
	fix, diff := fixFlags(args)
	return fix && !diff
}

// diffMode reports whether a standalone command line asks to print the
// fixes as a diff: -fix and -diff among the flags before the first
// package pattern.
func diffMode(args []string) bool {
	fix, diff := fixFlags(args)
	return fix && diff
}

// fixFlags returns the values of -fix and -diff among the flags before the
// first package pattern (the last occurrence of each wins).
func fixFlags(args []string) (fix, diff bool) {
	for _, a := range args {
		if a == "--" || !strings.HasPrefix(a, "-") {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		on := true
		if hasValue {
			on, _ = strconv.ParseBool(value)
		}
		switch name {
		case "fix":
			fix = on
		case "diff":
			diff = on
		}
	}
	return fix, diff
}

// withoutFix returns args without their -fix flags.
func withoutFix(args []string) []string {
	var out []string
	for i, a := range args {
		if a == "--" || !strings.HasPrefix(a, "-") {
			return append(out, args[i:]...)
		}
		if name, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "="); name != "fix" {
			out = append(out, a)
		}
	}
	return out
}

// runFix implements -fix as golangci-lint run --fix does: it applies the
// suggested fixes (singlechecker in a child process, since x/tools has no
// public API to apply them), then reports the findings that remain, each
// with the reason it has no fix, and exits 3 when there are any. The
// child's output is shown only when it fails (each analysis error once,
// not once per package, and each type error once): the second run
// reports the analysis errors too.
func runFix(args []string, stdout, stderr io.Writer) int {
	if code := runFixChild(args, stdout, stderr, false); code != 0 {
		return code
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "errcodelint: %v\n", err)
		return 1
	}
	rest := withoutFix(args)
	var code int
	if batchDriver(rest) {
		code = standaloneMain(func() *analysis.Analyzer { return newAnalyzer(false) }, rest, stdout, stderr)
	} else {
		cmd := exec.Command(self, rest...)
		cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, stdout, stderr
		code, _ = childStatus(cmd.Run())
	}
	if code == 3 {
		fmt.Fprintln(stderr, "errcodelint -fix: the findings above have no automatic fix (the message says why): fix them by hand or suppress them with //errcodelint:ignore")
	}
	return code
}

// runFixChild runs args (-fix, or -fix -diff) with singlechecker in a
// child process, its standard output passed through, and returns its exit
// code. Its error output is printed (always, or only when it fails) with
// each analysis error once, not once per package, and without the go
// command's compiler output that repeats the type errors.
func runFixChild(args []string, stdout, stderr io.Writer, always bool) int {
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "errcodelint: %v\n", err)
		return 1
	}
	var childErr bytes.Buffer
	cmd := exec.Command(self, args...)
	cmd.Env = append(os.Environ(), fixChildEnv+"=1")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, stdout, &childErr
	err = cmd.Run()
	if err == nil && failed(childErr.String()) {
		err = errors.New("analysis failed") // printed by the child
	}
	if err != nil || always {
		once := &onceLines{w: stderr, prefix: "errcodelint: "}
		io.WriteString(once, batch.DropRepeatedCompilerOutput(childErr.String()))
		once.Close()
	}
	if code, ok := childStatus(err); ok {
		return code
	}
	if !failed(childErr.String()) {
		fmt.Fprintf(stderr, "errcodelint: %v\n", err)
	}
	return 1
}

// childStatus returns the exit status to pass on for the error of a child
// process's Run: 0 for none, the child's own status (at least 1) when it
// ran and failed, and 1 and false when it did not run to its end.
func childStatus(err error) (int, bool) {
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0, true
	case errors.As(err, &exit):
		return max(exit.ExitCode(), 1), true
	}
	return 1, false
}

// printErrors makes the analyzer of the process that applies the fixes
// print its errors (a malformed .errcodelint.yml, a -catalog page that
// cannot be loaded, an internal error), each once: with -fix, x/tools
// neither prints them nor exits 1, so -fix -diff would show an empty diff
// and exit 0. runFixChild sees them (failed) and exits 1.
func printErrors(a *analysis.Analyzer) {
	var mu sync.Mutex
	printed := make(map[string]bool)
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		res, err := run(pass)
		if err != nil {
			msg := fmt.Sprintf("%s: %v\n", a.Name, err)
			mu.Lock()
			if !printed[msg] {
				printed[msg] = true
				fmt.Fprint(os.Stderr, msg)
			}
			mu.Unlock()
		}
		return res, err
	}
}

// failed reports whether the error output of the process that applies
// the fixes holds an error: singlechecker logs load errors and failures
// to apply the fixes, and printErrors the analysis errors, as
// "errcodelint: ..." lines.
func failed(stderr string) bool {
	return strings.HasPrefix(stderr, "errcodelint: ") || strings.Contains(stderr, "\nerrcodelint: ")
}
