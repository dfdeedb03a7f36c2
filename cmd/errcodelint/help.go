package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/errcodelint/errcodelint/internal/batch"
	"github.com/errcodelint/errcodelint/internal/catalogcli"
)

const helpText = `errcodelint checks Huawei Cloud error-code string literals and comparisons in
Go code (se.ErrorCode == "ModelArts.0204") against the catalog generated from
the vendor's error-code pages. It reports unknown codes, malformed spellings,
codes tied to an HTTP status their rows do not document, ambiguous codes used
without a status, repeated codes, and raw literals that have a named constant.

Usage:
  errcodelint [flags] packages...              check packages (standalone driver)
  errcodelint -sarif FILE [flags] packages...  also write a SARIF 2.1.0 log (FILE "-": stdout)
  go vet -vettool=$(command -v errcodelint) [analyzer flags] packages...
  errcodelint vet [analyzer flags] packages... the same; go vet's cache notices edits of the
                                               -catalog pages and .errcodelint.yml
  errcodelint catalog list|show|export|check|constants ...
                                               query and audit the catalog ("errcodelint catalog -h")
  errcodelint version                          version and built-in catalog digests (also -V)
  errcodelint help                             this text (also -h)

A first argument "vet", "catalog", "version" or "help" is a subcommand; to
check a package directory with that name, write ./vet.

Exit codes of the standalone driver and -sarif:
  0  no findings; with -json or -fix -diff, also when there are findings
  1  packages failed to load or type-check, a -catalog file or
     .errcodelint.yml failed to load, analysis failed, or no package was given
  2  usage error: unknown flag or bad flag value; -sarif with -fix or -diff,
     or without packages
  3  findings were reported; with -fix, findings remain that have no
     automatic fix (printed with the reason)
go vet and "errcodelint vet" exit 1 on findings. The catalog commands exit 0
when all is well, 1 on a negative answer (unknown code, audit findings) and 2
on usage errors and failures.

`

// driverFlags declares, for the help text only, the flags of the standalone
// driver (golang.org/x/tools/go/analysis/singlechecker parses them) other
// than its deprecated no-ops (-all, -source, -tags, -v), plus -sarif.
func driverFlags() *flag.FlagSet {
	fs := flag.NewFlagSet("errcodelint", flag.ContinueOnError)
	fs.Bool("fix", false, "apply all suggested fixes")
	fs.Bool("diff", false, "with -fix, don't update the files, but print a unified diff")
	fs.Bool("json", false, "print findings as JSON on standard output")
	fs.Int("c", -1, "display offending line with this many lines of context")
	fs.Bool("test", true, "also check test files")
	fs.String("sarif", "", "also write findings as SARIF 2.1.0 to `FILE` (\"-\" for standard output)")
	fs.Int("batch", batch.DefaultFiles, "load and analyse packages in batches of about `N` Go files, so that memory does not grow with the tree (0: all at once)")
	fs.Bool("V", false, "print the version and the built-in catalog's digests; -V=full prints the identity go vet keys its cache on")
	fs.Bool("flags", false, "print the analyzer flags as JSON (go vet asks for them)")
	fs.String("cpuprofile", "", "write CPU profile to this `file`")
	fs.String("memprofile", "", "write memory profile to this `file`")
	fs.String("trace", "", "write trace log to this `file`")
	fs.String("debug", "", "debug flags, any subset of \"fpstv\"")
	return fs
}

// printHelp writes "errcodelint help": the overview, then the driver's
// flags, then the analyzer's.
func printHelp(w io.Writer, a *analysis.Analyzer) {
	fmt.Fprint(w, helpText)
	fmt.Fprintln(w, "Flags of the standalone driver:")
	fs := driverFlags()
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprintln(w, "\nAnalyzer flags (standalone, -sarif, go vet and errcodelint vet):")
	afs := flag.NewFlagSet("errcodelint", flag.ContinueOnError)
	a.Flags.VisitAll(func(f *flag.Flag) {
		if f.Name != catalogSumFlag {
			afs.Var(f.Value, f.Name, f.Usage)
		}
	})
	afs.SetOutput(w)
	afs.PrintDefaults()
	fmt.Fprintf(w, "\nDocumentation: %s\n", strings.TrimSuffix(a.URL, "#checks"))
}

// helpArg reports whether args ask for help: -h, -help or --help before
// any "--".
func helpArg(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help", "--h":
			return true
		}
	}
	return false
}

// runHelp implements "errcodelint help [catalog|vet]".
func runHelp(args []string) int {
	switch {
	case len(args) == 0, len(args) == 1 && helpArg(args):
		printHelp(os.Stdout, newAnalyzer(false))
		return 0
	case len(args) == 1 && args[0] == "catalog":
		return catalogcli.Main([]string{"help"}, os.Stdout, os.Stderr)
	case len(args) == 1 && args[0] == "vet":
		fmt.Fprint(os.Stdout, vetUsage)
		return 0
	}
	fmt.Fprintf(os.Stderr, "errcodelint help: unknown topic %q (want catalog or vet)\n", strings.Join(args, " "))
	return 2
}

// runVersion implements "errcodelint version".
func runVersion(args []string) int {
	if helpArg(args) {
		fmt.Fprint(os.Stdout, "usage: errcodelint version\n\nPrints the version of this build and a digest of each built-in catalog page (also -V).\n")
		return 0
	}
	if len(args) > 0 {
		fmt.Fprintf(os.Stderr, "errcodelint version: unexpected argument %q\n", args[0])
		return 2
	}
	printVersion(os.Stdout)
	return 0
}

// commonFlags handles the arguments every mode other than go vet's own
// invocation answers before any driver runs: -h (help on stdout, exit 0),
// -V and -V=full (version), and no arguments at all (a short usage on
// stderr, exit 1).
func commonFlags(args []string) (code int, done bool) {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, "errcodelint: no packages given\n"+usageLine)
		return 1, true
	}
	if helpArg(args) {
		printHelp(os.Stdout, newAnalyzer(false))
		return 0, true
	}
	if asked, full := versionArg(args); asked {
		if !full {
			printVersion(os.Stdout)
			return 0, true
		}
		if err := printVetVersion(os.Stdout); err != nil {
			fmt.Fprintf(os.Stderr, "errcodelint: %v\n", err)
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// usageLine follows a usage error of the standalone command.
const usageLine = "usage: errcodelint [flags] packages...  (run \"errcodelint help\" for modes, exit codes and flags)\n"

// checkFlags parses the flags of a standalone command line (not go vet's
// invocation) before a driver runs: a flag no driver knows or a bad value
// is one line and a pointer to "errcodelint help" (exit 2), and a command
// line with flags but no packages says so (exit 1), instead of x/tools'
// usage text with its deprecated no-op flags. The flags are the batching
// driver's (with the analyzer's), singlechecker's (driverFlags) and its
// deprecated no-ops, which are still accepted.
func checkFlags(args []string) (code int, done bool) {
	fs := knownFlags()
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(os.Stderr, "errcodelint: %v\n%s", err, usageLine)
		return 2, true
	}
	given := make(map[string]bool)
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	fail := func(code int, msg string) (int, bool) {
		fmt.Fprintf(os.Stderr, "errcodelint: %s\n%s", msg, usageLine)
		return code, true
	}
	switch {
	case given["sarif"] && (given["fix"] || given["diff"]):
		return fail(2, "-sarif does not combine with -fix or -diff")
	case given["sarif"] && fs.NArg() == 0:
		return fail(2, "no packages given") // as -sarif mode always did
	case fs.NArg() == 0 && !given["flags"]:
		return fail(1, "no packages given")
	}
	return 0, false
}

// knownFlags returns a silent flag set of every flag a driver accepts.
func knownFlags() *flag.FlagSet {
	fs := standaloneFlagSet(newAnalyzer(false), new(standaloneOptions))
	driverFlags().VisitAll(func(f *flag.Flag) {
		if fs.Lookup(f.Name) == nil {
			fs.Var(f.Value, f.Name, f.Usage)
		}
	})
	for _, name := range []string{"all", "source", "v"} {
		fs.Bool(name, false, "no effect (deprecated)")
	}
	fs.String("tags", "", "no effect (deprecated)")
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// checkVetFlags parses the flags go vet passes to this tool (args ends
// with the package's .cfg file). go vet runs the tool for each package
// and for each of its dependencies, the standard library's included: on
// a bad flag value each run would print x/tools' usage. Instead the run
// for a package go vet checks prints one line (exit 2), and a run for a
// dependency (VetxOnly: asked for facts, which errcodelint declares none
// of) ends quietly.
func checkVetFlags(args []string) (code int, done bool) {
	err := knownFlags().Parse(args)
	if err == nil {
		return 0, false
	}
	var cfg struct{ VetxOnly bool }
	if data, rerr := os.ReadFile(args[len(args)-1]); rerr == nil && json.Unmarshal(data, &cfg) == nil && cfg.VetxOnly {
		return 0, true
	}
	fmt.Fprintf(os.Stderr, "errcodelint: %v\n", err)
	return 2, true
}
