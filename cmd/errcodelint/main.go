// Command errcodelint checks Huawei Cloud error-code string literals in Go
// code against the vendor's documented catalog.
//
// Usage:
//
//	errcodelint [flags] packages...           standalone (go/packages driver)
//	errcodelint -sarif FILE [flags] packages  also write SARIF 2.1.0 (FILE "-" = stdout)
//	errcodelint vet [go vet flags] packages   go vet -vettool=<this binary> [-catalog-sum=...]
//	errcodelint catalog list|show|export|check|constants ...
//	errcodelint version                       version and built-in catalog digests (also -V)
//	errcodelint help                          overview, exit codes and flags (also -h)
//	go vet -vettool=$(which errcodelint) [flags] packages
//
// Standalone mode accepts -fix, -diff, -json, -c=N, -test, -batch=N and
// the analyzer's flags (-catalog, -status-funcs, -checks, -constants-pkg,
// -prose); run "errcodelint help" for the list. -sarif mode accepts the
// analyzer's flags, -test, -c, -json and -batch. Standalone and -sarif
// analyse the packages in batches, so that memory does not grow with the
// tree (see internal/batch); -fix and -diff use singlechecker. -V=full prints
// the executable's identity in the form go vet keys its cache on.
//
// Exit codes of the standalone and -sarif modes:
//
//	0  no findings; with -json or -fix -diff, also when there are findings
//	1  packages failed to load or type-check, a catalog file or
//	   .errcodelint.yml failed to load, analysis failed, or no package was given
//	2  usage error: unknown flag or bad flag value; -sarif with -fix or
//	   -diff, or without packages
//	3  findings were reported; with -fix, findings remain that have no
//	   automatic fix (printed with the reason, see fix.go)
//
// go vet (and so "errcodelint vet") exits 1 when the tool reports findings.
// The catalog subcommands document their own exit codes.
//
// go vet caches results keyed by the tool's -V=full identity (the SHA-256
// of this executable, which embeds the built-in catalog), the flags and the
// package's files, but not the contents of -catalog files, of the
// module's .errcodelint.yml or of the pages it names; "errcodelint vet"
// therefore adds -catalog-sum=<digest of those files>, a flag that does
// nothing else.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/errcodelint/errcodelint/analyzer"
	"github.com/errcodelint/errcodelint/internal/batch"
	"github.com/errcodelint/errcodelint/internal/catalogcli"
)

func main() {
	if batch.Serve() {
		return
	}
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "catalog":
			os.Exit(catalogcli.Main(os.Args[2:], os.Stdout, os.Stderr))
		case "vet":
			os.Exit(runVet(os.Args[2:]))
		case "help":
			os.Exit(runHelp(os.Args[2:]))
		case "version":
			os.Exit(runVersion(os.Args[2:]))
		}
	}
	if code, done := commonFlags(os.Args[1:]); done {
		os.Exit(code)
	}
	args := os.Args[1:]
	check := checkFlags
	if vetTool(args) {
		check = checkVetFlags
	}
	if code, done := check(args); done {
		os.Exit(code)
	}
	if os.Getenv(fixChildEnv) == "" {
		if fixMode(args) {
			os.Exit(runFix(args, os.Stdout, os.Stderr))
		}
		if diffMode(args) {
			os.Exit(runFixChild(args, os.Stdout, os.Stderr, true))
		}
	}
	if batchDriver(args) {
		os.Exit(runStandalone(args))
	}
	vet := vetTool(args)
	if !vet {
		log.SetOutput(loadErrorWriter{os.Stderr})
	}
	a := newAnalyzer(vet)
	if os.Getenv(fixChildEnv) != "" {
		printErrors(a)
	}
	singlechecker.Main(a)
}

// newAnalyzer returns an analyzer for this process, with the flags of the
// analyzer package and -catalog-sum; a panic in it becomes an error for the
// package (recoverRun). The standalone and -sarif drivers load
// each package with internal tests both with and without them, so there the
// test variant checks only its _test.go files and each other file is
// checked once; under go vet, which analyzes only the test variant, every
// file is checked.
func newAnalyzer(vet bool) *analysis.Analyzer {
	a := analyzer.New(analyzer.Config{SkipNonTestFilesInTestVariants: !vet})
	a.Flags.String(catalogSumFlag, "",
		"ignored; a digest of the -catalog files, .errcodelint.yml and its pages that makes go vet's cache notice when they change (set by errcodelint vet)")
	recoverRun(a)
	if vet {
		exitOnError(a)
	}
	return a
}

// exitOnError makes an error of the analysis (a malformed .errcodelint.yml,
// a -catalog file that cannot be loaded, an internal error) end the process
// with status 1 under go vet. Reported the usual way, as an "error" entry
// of the JSON go vet asks for, the go command caches the package's result
// before it reads that entry, and the next go vet replays an empty result:
// no error, no findings, exit 0, until the package's files change. A failing
// tool is not cached.
func exitOnError(a *analysis.Analyzer) {
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		res, err := run(pass)
		if err != nil {
			path := "?"
			if pass.Pkg != nil {
				path = pass.Pkg.Path()
			}
			fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
			os.Exit(1)
		}
		return res, nil
	}
}

// vetTool reports whether go vet runs this process as its -vettool on one
// package: the go command passes the package's configuration file last.
func vetTool(args []string) bool {
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}
