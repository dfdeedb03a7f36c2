package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"strings"

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
