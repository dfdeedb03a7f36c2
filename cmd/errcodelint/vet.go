package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/errcodelint/errcodelint/internal/config"
	"github.com/errcodelint/errcodelint/internal/textutil"
)

// catalogSumFlag names a flag that does nothing but become part of go vet's
// cache key. go vet caches a vet tool's results keyed by the tool binary,
// the flags and the package's inputs; the contents of -catalog files, of
// .errcodelint.yml and of the pages it names are none of these, so after
// one of them changes go vet may replay stale results. "errcodelint vet"
// passes -catalog-sum=<sha256 of the files> so that changing one changes
// the key.
const catalogSumFlag = "catalog-sum"

const vetUsage = `usage: errcodelint vet [go vet flags] [analyzer flags] packages...

Runs "go vet -vettool=<this executable> [-catalog-sum=DIGEST] ARGS...": go vet
with errcodelint as its only analyzer, so that hooks and scripts need not know
where the binary is installed. go vet caches each package's result; the
-catalog-sum flag (a digest of the -catalog files, of .errcodelint.yml and of
the pages it names) makes the cache notice when one of them changes. Exit codes are go vet's: 0 no findings, 1 findings or
failures, 2 usage error.

Analyzer flags: -catalog, -status-funcs, -checks, -constants-pkg, -prose (see
"errcodelint help"). go vet flags: see "go help vet".
`

// runVet implements "errcodelint vet ARGS...": it runs
// "go vet -vettool=<this executable> [-catalog-sum=DIGEST] ARGS..." so that
// hooks and scripts need not know where the binary is installed. The go
// command's exit status is returned (go vet exits 1 when the tool reports
// findings).
func runVet(args []string) int {
	if helpArg(args) {
		fmt.Fprint(os.Stdout, vetUsage)
		return 0
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintf(os.Stderr, "errcodelint: %v\n", err)
		return 1
	}
	vetArgs := []string{"vet", "-vettool=" + self}
	if sum := catalogSum(args); sum != "" {
		vetArgs = append(vetArgs, "-"+catalogSumFlag+"="+sum)
	}
	cmd := exec.Command("go", append(vetArgs, args...)...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err = cmd.Run()
	code, ok := childStatus(err)
	if !ok {
		fmt.Fprintf(os.Stderr, "errcodelint: %v\n", err)
	}
	return code
}

// catalogSum returns a digest of the contents of the files named by the
// -catalog flags in args (relative names resolved from the module root, as
// the analyzer resolves them), of the module's .errcodelint.yml and of the
// pages it names, or "" when there are none. Unreadable files contribute
// their name only; the analyzer reports them.
func catalogSum(args []string) string {
	var files []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		if !strings.HasPrefix(a, "-") {
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if name != "catalog" {
			continue
		}
		if !hasValue && i+1 < len(args) {
			i++
			value = args[i]
		}
		files = append(files, textutil.SplitList(value)...)
	}
	root := moduleRoot()
	if root != "" {
		files = append(files, configFiles(root)...)
	}
	if len(files) == 0 {
		return ""
	}
	h := sha256.New()
	for _, f := range files {
		path := f
		if !filepath.IsAbs(path) && root != "" {
			path = filepath.Join(root, path)
		}
		fmt.Fprintf(h, "%s\n", f)
		if data, err := os.ReadFile(path); err == nil {
			fmt.Fprintf(h, "%d\n", len(data))
			h.Write(data)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// configFiles returns the module's configuration file and the catalog pages
// it names (absolute), or nothing when the module has none.
func configFiles(root string) []string {
	path := config.Find(root)
	if path == "" {
		return nil
	}
	files := []string{path}
	if s, err := config.Load(path); err == nil {
		files = append(files, s.CatalogPaths()...)
	}
	return files
}

// moduleRoot returns the directory of the main module's go.mod, or "".
func moduleRoot() string {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return ""
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return ""
	}
	return filepath.Dir(gomod)
}
