// Command errcodelint checks Huawei Cloud error-code string literals in Go
// code against the vendor's documented catalog.
//
// Usage:
//
//	errcodelint [flags] packages...          standalone (go/packages driver)
//	errcodelint -sarif FILE [flags] packages SARIF 2.1.0 output (FILE "-" = stdout)
//	errcodelint vet [go vet flags] packages  runs go vet -vettool=<this binary>
//	errcodelint catalog list|show|export|check|constants ...
//	go vet -vettool=$(which errcodelint) [flags] packages
//
// Standalone mode accepts -fix, -diff, -json, -c=N, -test and the
// analyzer's flags (-catalog, -status-funcs, -checks, -constants-pkg,
// -prose); run "errcodelint -help" for the list.
//
// Exit codes (standalone, -sarif and vet modes):
//
//	0  no findings (and always with -json, and after -fix)
//	1  packages failed to load or analysis failed (also: no arguments)
//	2  usage error (unknown flag, bad flag value)
//	3  findings were reported
//
// Under go vet the go command reports a failing vet tool with exit status 1
// whatever the tool returned.
package main

import (
	"os"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/errcodelint/errcodelint/analyzer"
	"github.com/errcodelint/errcodelint/internal/catalogcli"
)

func main() {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "catalog":
			os.Exit(catalogcli.Main(os.Args[2:], os.Stdout, os.Stderr))
		case "vet":
			os.Exit(runVet(os.Args[2:]))
		}
	}
	if sarifFlag(os.Args[1:]) {
		os.Exit(runSARIF(os.Args[1:]))
	}
	singlechecker.Main(analyzer.Analyzer)
}
