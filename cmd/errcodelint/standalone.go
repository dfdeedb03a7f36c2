package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/errcodelint/errcodelint/internal/batch"
	"github.com/errcodelint/errcodelint/internal/sarif"
)

// The standalone command runs the batching driver of internal/batch
// (packages loaded and analysed in batches, so that memory does not grow
// with the tree) with errcodelint's analyzer, and adds -sarif to its
// flags and outputs. -fix, -diff and the flags that driver does not know
// are left to singlechecker.

// driverEnv, set to "singlechecker", makes the standalone command use
// singlechecker for every invocation, as before the batching driver.
const driverEnv = batch.DriverEnv

// batchDriver reports whether the command line args (without the program
// name) are for the batching driver: -sarif, or a standalone run whose
// flags it knows (batch.Selected).
func batchDriver(args []string) bool {
	return sarifFlag(args) || batch.Selected(standaloneFlagSet(newAnalyzer(false), new(standaloneOptions)), args)
}

// standaloneOptions are the flags of the batching driver and -sarif.
type standaloneOptions struct {
	batch.Options
	sarif string
}

// standaloneFlagSet returns the flags of the batching driver, -sarif and
// the analyzer's, bound to o and a.
func standaloneFlagSet(a *analysis.Analyzer, o *standaloneOptions) *flag.FlagSet {
	fs := batch.FlagSet(a, &o.Options)
	fs.StringVar(&o.sarif, "sarif", "", "also write findings as SARIF 2.1.0 to `FILE` (\"-\" for standard output)")
	return fs
}

// runStandalone runs the batching driver on the command line's arguments.
func runStandalone(args []string) int {
	return standaloneMain(func() *analysis.Analyzer { return newAnalyzer(false) }, args, os.Stdout, os.Stderr)
}

// standaloneMain parses args and runs the driver. newA returns a fresh
// analyzer: each batch gets its own, configured by the same flags, so that
// nothing one batch's packages own is kept for the next.
func standaloneMain(newA func() *analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	a := newA()
	var o standaloneOptions
	fs := standaloneFlagSet(a, &o)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s [-json] [-c=N] [-test=false] [-sarif FILE] [-batch=N] [analyzer flags] packages...\n(run \"%s help\" for the flags)\n", a.Name, a.Name)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		if o.sarif != "" {
			return 2 // as -sarif mode always did
		}
		return 1 // as singlechecker does
	}
	sarifGiven := false
	fs.Visit(func(f *flag.Flag) { sarifGiven = sarifGiven || f.Name == "sarif" })
	if sarifGiven && o.sarif == "" {
		fmt.Fprintf(stderr, "%s: -sarif needs a file name\n", a.Name)
		return 2
	}
	if o.JSON && o.sarif == "-" {
		fmt.Fprintf(stderr, "%s: -json and -sarif=- both write to standard output\n", a.Name)
		return 2
	}
	d := &batch.Driver{NewAnalyzer: newA}
	var sarifOut *sarifLog
	if o.sarif != "" {
		sarifOut = newSARIFLog(a)
		d.Batch = func(pkgs []*packages.Package, g *checker.Graph) {
			sarifOut.addPackages(pkgs)
			if g != nil {
				sarifOut.add(g)
			}
		}
		d.Failed = func(err error) { sarifOut.notify(sarif.Notice{Message: err.Error()}) }
	}
	code := d.Run(fs, o.Options, stdout, stderr)
	if sarifOut != nil {
		if err := sarifOut.write(o.sarif, code == 1, stdout); err != nil {
			fmt.Fprintf(stderr, "%s: writing SARIF: %v\n", a.Name, err)
			code = 1
		}
	}
	return code
}

// recoverRun wraps an analyzer's Run so that a panic becomes the
// analysis's error for that package: every driver then reports it as
// "errcodelint: ..." and exits 1, instead of crashing with a stack trace.
// ERRCODELINT_STACK=1 adds the stack to the error.
func recoverRun(a *analysis.Analyzer) {
	run := a.Run
	a.Run = func(pass *analysis.Pass) (res any, err error) {
		defer func() {
			if r := recover(); r != nil {
				res = nil
				path := "?"
				if pass.Pkg != nil {
					path = pass.Pkg.Path()
				}
				err = fmt.Errorf("internal error analysing package %s: %v (please report it; ERRCODELINT_STACK=1 shows where)", path, r)
				if ok, _ := strconv.ParseBool(os.Getenv("ERRCODELINT_STACK")); ok {
					err = fmt.Errorf("internal error analysing package %s: %v\n%s", path, r, debug.Stack())
				}
			}
		}()
		return run(pass)
	}
}
