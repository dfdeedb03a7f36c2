// Command gen writes the synthetic Go module that errcodelint's benchmarks
// run on (see package synth and docs/performance.md):
//
//	go run ./bench/gen -n 2000 -o bench/out/mod2000
//
// The module replaces github.com/errcodelint/errcodelint with the checkout
// given by -replace (default: the current module's root), so that
// use-constant fixes, which import its codes package, build.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"

	"github.com/errcodelint/errcodelint/bench/synth"
)

func main() {
	n := flag.Int("n", 2000, "number of .go files")
	per := flag.Int("per-package", 20, "files per package")
	seed := flag.Uint64("seed", 1, "random seed")
	dense := flag.Bool("dense", false, "about four times as many error-code sites (worst case)")
	perFile := flag.Int("codes-per-file", 0, "add error-code sites until each source file holds about this many code literals (code-dense worst case, e.g. 24)")
	codePkgs := flag.Int("code-packages", 0, "percentage of packages that hold error codes (0: all), as in a large codebase where most hold none")
	out := flag.String("o", "", "output directory (must be empty or absent)")
	replace := flag.String("replace", "", "errcodelint checkout to replace the module with (default: this module's root)")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: gen [-n files] [-per-package n] [-seed n] [-replace dir] -o dir")
		os.Exit(2)
	}
	root := *replace
	if root == "" {
		b, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/errcodelint/errcodelint").Output()
		if err != nil {
			fmt.Fprintln(os.Stderr, "gen: cannot find the errcodelint checkout (run inside it or pass -replace):", err)
			os.Exit(1)
		}
		root = strings.TrimSpace(string(b))
	}
	opt := synth.DefaultOptions(*n, root)
	opt.PerPackage = *per
	opt.Seed = *seed
	opt.Dense = *dense
	opt.CodePackages = *codePkgs
	opt.CodesPerFile = *perFile
	st, err := synth.Write(*out, opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d files in %d packages, %d lines, %d bytes, %d string literals of which %d code sites; %d near misses\n",
		*out, st.Files, st.Packages, st.Lines, st.Bytes, st.Strings, st.CodeSites, st.NearMisses)
}
