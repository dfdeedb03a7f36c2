// Package synth writes a synthetic Go module that looks like real Huawei
// Cloud client code, for errcodelint's benchmarks and soundness tests.
//
// The module has Files .go files in packages of about PerPackage files,
// with cross-package imports (so type-checking depth is realistic), a
// ServiceResponseError-like SDK type and helpers, and in every file a mix
// of error-code sites (comparisons with and without status ties, switches,
// strings.EqualFold, slices.Contains, map sets, []string slices spread into
// variadic helpers, struct literals in tests, user constants) among many
// more unrelated strings and calls, as in real code. A few near-misses
// (malformed spellings, unknown codes, repeated codes, prose mentions) are
// sprinkled in at low rates. Output is a pure function of Options: the same
// options always give byte-identical files.
//
// The files deliberately carry no "Code generated ... DO NOT EDIT." header:
// errcodelint skips generated files, and the benchmark must make it work.
package synth

import (
	"bytes"
	"fmt"
	"go/format"
	"go/scanner"
	"go/token"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/errcodelint/errcodelint/internal/codeshape"
)

// Code is a documented error code and its documented HTTP statuses (empty
// when the vendor documents none).
type Code struct {
	Code     string
	Statuses []int
}

// Options control the generated module.
type Options struct {
	Files      int    // number of .go files in total (default 2000)
	PerPackage int    // files per package (default 20); the last of each package is a _test.go file
	Seed       uint64 // random seed (default 1)
	Module     string // module path (default "example.com/synth")

	// Codes are the documented codes to draw from (required).
	Codes []Code

	// Replace, when set, is the directory of an errcodelint checkout: the
	// go.mod requires github.com/errcodelint/errcodelint and replaces it
	// with that directory, so that use-constant fixes (which import its
	// codes package, which imports nothing) build.
	Replace string

	// Dense multiplies the error-code sites about fourfold (about 11 code
	// literals per file instead of about 3), for a worst-case figure.
	Dense bool

	// CodesPerFile, when positive, adds error-code sites to each source
	// file of a package with codes until it holds about that many code
	// literals (every one a finding where the use-constant check applies):
	// the code-dense worst case, e.g. 24 in files of about 130 lines.
	CodesPerFile int

	// CodePackages, when between 1 and 99, is the percentage of packages
	// (spread evenly) whose files hold error codes; the others are the
	// same kind of client code without any, as most packages of a large
	// codebase are. 0 means every package holds codes.
	CodePackages int

	// ConstName, when set (together with Replace), maps a code to the name
	// of its constant in github.com/errcodelint/errcodelint/codes; some
	// files then already use those constants, as code that adopted them
	// would.
	ConstName func(code string) string
}

// Stats describes a generated module.
type Stats struct {
	Files, Packages, Lines, Bytes int
	Strings                       int // string literals in all .go files
	CodeSites                     int // of which written as well-formed known codes
	NearMisses                    int // malformed or unknown codes, repeated codes, undocumented statuses
}

const errcodelintModule = "github.com/errcodelint/errcodelint"

// Write generates the module into dir (which must be empty or absent) and
// returns statistics about it.
func Write(dir string, opt Options) (Stats, error) {
	if opt.Files == 0 {
		opt.Files = 2000
	}
	if opt.PerPackage == 0 {
		opt.PerPackage = 20
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	if opt.Module == "" {
		opt.Module = "example.com/synth"
	}
	if len(opt.Codes) < 8 {
		return Stats{}, fmt.Errorf("synth: need at least 8 codes, have %d", len(opt.Codes))
	}
	if opt.Files < 2 || opt.PerPackage < 2 {
		return Stats{}, fmt.Errorf("synth: need at least 2 files and 2 files per package")
	}
	if ents, err := os.ReadDir(dir); err == nil && len(ents) > 0 {
		return Stats{}, fmt.Errorf("synth: %s is not empty", dir)
	}
	g := &gen{opt: opt, rng: rand.New(rand.NewPCG(opt.Seed, 0x5eed)), dir: dir, files: map[string][]byte{}}
	for _, c := range opt.Codes {
		if len(c.Statuses) > 0 {
			g.withStatus = append(g.withStatus, c)
		}
	}
	if len(g.withStatus) == 0 {
		g.withStatus = opt.Codes
	}
	if err := g.module(); err != nil {
		return Stats{}, err
	}
	names := make([]string, 0, len(g.files))
	for name := range g.files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return Stats{}, err
		}
		if err := os.WriteFile(path, g.files[name], 0o644); err != nil {
			return Stats{}, err
		}
		if strings.HasSuffix(name, ".go") {
			g.stats.Lines += bytes.Count(g.files[name], []byte("\n"))
			g.stats.Bytes += len(g.files[name])
			g.stats.Strings += countStrings(g.files[name])
		}
	}
	return g.stats, nil
}

type gen struct {
	opt        Options
	rng        *rand.Rand
	dir        string
	files      map[string][]byte
	withStatus []Code
	stats      Stats

	// per-file state
	pkgName  string
	file     int
	deps     []string // import paths of sibling packages this package uses
	useCodes bool
	codeFree bool // the package holds no error code (Options.CodePackages)
}

func (g *gen) useCodesPkg() bool { return g.opt.Replace != "" && g.opt.ConstName != nil }

func (g *gen) module() error {
	var gomod strings.Builder
	fmt.Fprintf(&gomod, "module %s\n\ngo 1.26.0\n", g.opt.Module)
	if g.opt.Replace != "" {
		abs, err := filepath.Abs(g.opt.Replace)
		if err != nil {
			return err
		}
		fmt.Fprintf(&gomod, "\nrequire %s v0.0.0-00010101000000-000000000000\n\nreplace %s => %s\n", errcodelintModule, errcodelintModule, abs)
	}
	g.files["go.mod"] = []byte(gomod.String())

	if err := g.put("sdk/sdkerr/sdkerr.go", sdkerrSource); err != nil {
		return err
	}
	if err := g.put("internal/consts/consts.go", g.constsSource()); err != nil {
		return err
	}
	g.stats.Files = 2

	npkg := (g.opt.Files - 2 + g.opt.PerPackage - 1) / g.opt.PerPackage
	if npkg < 1 {
		npkg = 1
	}
	remaining := g.opt.Files - 2
	for p := 0; p < npkg; p++ {
		n := g.opt.PerPackage
		if p == npkg-1 || remaining < n {
			n = remaining
		}
		if n < 1 {
			break
		}
		remaining -= n
		g.pkgName = fmt.Sprintf("p%03d", p)
		cp := g.opt.CodePackages
		g.codeFree = cp > 0 && cp < 100 && p*cp/100 == (p+1)*cp/100
		g.deps = nil
		for _, d := range []int{p - 1, p / 2, p - 7} {
			if d >= 0 && d < p {
				path := fmt.Sprintf("%s/pkgs/p%03d", g.opt.Module, d)
				if !slices.Contains(g.deps, path) {
					g.deps = append(g.deps, path)
				}
			}
		}
		g.stats.Packages++
		for f := 0; f < n; f++ {
			g.file = f
			name := fmt.Sprintf("pkgs/%s/f%02d.go", g.pkgName, f)
			var src string
			if f == n-1 && n > 1 {
				name = fmt.Sprintf("pkgs/%s/%s_test.go", g.pkgName, g.pkgName)
				src = g.testFile(n - 1)
			} else {
				src = g.sourceFile()
			}
			if err := g.put(name, src); err != nil {
				return err
			}
			g.stats.Files++
		}
	}
	return nil
}

func (g *gen) put(name, src string) error {
	out, err := format.Source([]byte(src))
	if err != nil {
		return fmt.Errorf("synth: generated %s does not parse: %v\n%s", name, err, src)
	}
	g.files[name] = out
	return nil
}

// ---- random helpers ----

func (g *gen) pct(p int) bool { return g.rng.IntN(100) < p }

func (g *gen) pick(list []string) string { return list[g.rng.IntN(len(list))] }

func (g *gen) code() Code { return g.opt.Codes[g.rng.IntN(len(g.opt.Codes))] }

func (g *gen) codeWithStatus() Code { return g.withStatus[g.rng.IntN(len(g.withStatus))] }

// lit returns the Go literal for a known code, or (rarely, as in real
// code) a near miss of one.
func (g *gen) lit(c Code) string {
	switch r := g.rng.IntN(1000); {
	case r < 4: // malformed: other letter case
		g.stats.NearMisses++
		return fmt.Sprintf("%q", strings.ToLower(c.Code))
	case r < 6: // malformed: stray space
		g.stats.NearMisses++
		return fmt.Sprintf("%q", c.Code+" ")
	case r < 9: // unknown code of a known family
		g.stats.NearMisses++
		p := c.Code // prefix and separator
		if prefix, sep, _, ok := codeshape.Split(c.Code); ok {
			p = prefix + string(sep)
		}
		return fmt.Sprintf("%q", p+strings.Repeat("9", len(c.Code)-len(p)))
	}
	g.stats.CodeSites++
	if g.pct(4) {
		return "`" + c.Code + "`"
	}
	return fmt.Sprintf("%q", c.Code)
}

// ref returns an expression for code c: usually a literal, sometimes the
// catalog constant (in files that adopted the constants package).
func (g *gen) ref(c Code) string {
	if g.useCodes && g.pct(30) {
		return "codes." + g.opt.ConstName(c.Code)
	}
	return g.lit(c)
}

// status returns a Go expression for a status documented for c (or, at a
// low rate, one that is not, as a real bug would be).
func (g *gen) status(c Code) string {
	s := 400
	if len(c.Statuses) > 0 {
		s = c.Statuses[g.rng.IntN(len(c.Statuses))]
	}
	if g.pct(2) && len(c.Statuses) > 0 { // a status the vendor does not document for c
		for _, w := range []int{409, 503, 429, 403, 500} {
			if !slices.Contains(c.Statuses, w) {
				s = w
				g.stats.NearMisses++
				break
			}
		}
	}
	if name, ok := httpStatusNames[s]; ok && g.pct(50) {
		return "http." + name
	}
	return fmt.Sprint(s)
}

func countStrings(src []byte) int {
	fset := token.NewFileSet()
	var s scanner.Scanner
	s.Init(fset.AddFile("", -1, len(src)), src, nil, 0)
	n := 0
	for {
		_, tok, _ := s.Scan()
		if tok == token.EOF {
			return n
		}
		if tok == token.STRING {
			n++
		}
	}
}

var httpStatusNames = map[int]string{
	200: "StatusOK", 400: "StatusBadRequest", 401: "StatusUnauthorized", 403: "StatusForbidden",
	404: "StatusNotFound", 409: "StatusConflict", 429: "StatusTooManyRequests",
	500: "StatusInternalServerError", 503: "StatusServiceUnavailable",
}
