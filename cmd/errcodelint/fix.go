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

	"golang.org/x/tools/go/analysis"
)

// fixChildEnv marks the process that applies the fixes for runFix.
const fixChildEnv = "ERRCODELINT_FIX_CHILD"

// fixMode reports whether a standalone command line asks to apply the
// fixes: -fix among the flags before the first package pattern, without
// -diff (which only prints them).
func fixMode(args []string) bool {
	fix := false
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
			if on {
				return false
			}
		}
	}
	return fix
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
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "errcodelint: %v\n", err)
		return 1
	}
	var childErr bytes.Buffer
	cmd := exec.Command(self, args...)
	cmd.Env = append(os.Environ(), fixChildEnv+"=1")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, stdout, &childErr
	if err := cmd.Run(); err != nil {
		once := &onceLines{w: stderr, prefix: "errcodelint: "}
		io.WriteString(once, dropRepeatedCompilerOutput(childErr.String()))
		once.Close()
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return max(exit.ExitCode(), 1)
		}
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
		code = 0
		if err := cmd.Run(); err != nil {
			code = 1
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				code = max(exit.ExitCode(), 1)
			}
		}
	}
	if code == 3 {
		fmt.Fprintln(stderr, "errcodelint -fix: the findings above have no automatic fix (the message says why): fix them by hand or suppress them with //errcodelint:ignore")
	}
	return code
}
