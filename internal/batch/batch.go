// Package batch is a standalone driver for a go/analysis analyzer that
// declares no facts, with memory that does not grow with the tree: the
// default driver of errcodelint, and of the benchmark's no-op and floor
// commands, which measure it (bench/).
//
// singlechecker loads every package named on the command line, with its
// syntax and types, and keeps all of them until the end: its memory grows
// with the tree. An analyzer without facts can analyse each package on its
// own. This driver lists the packages first (names and files only), then
// loads and analyses them in batches of about -batch Go files with
// go/packages (dependencies from export data) and go/analysis/checker,
// prints each batch's diagnostics and lets it go: peak memory is that of
// one batch, whatever the size of the tree.
//
// A package and its test variants are always in the same batch, so that an
// analyzer that checks only the _test.go files of a test variant still
// checks each non-test file once, and checker's text output removes the
// same duplicates as singlechecker's.
//
// Output is go/analysis's own: text through checker.Graph.PrintText (with
// -c context lines), and -json in the format of singlechecker's -json
// (reproduced by jsonTree, since x/tools keeps its printer internal). A
// command adds outputs of its own (errcodelint's -sarif) through
// Driver.Batch. -fix and -diff, and flags this driver does not know, are
// left to singlechecker (Selected): x/tools has no public API to apply
// suggested fixes.
//
// Exit codes are singlechecker's: 1 when a package failed to load or
// type-check or the analysis failed (even when there are findings), else 3
// when there are findings (0 with -json), else 0. With -json a package's
// load, parse and type errors appear under the pseudo-analyzer name
// "typecheck" (TypecheckName) of its entry, as {"error": "..."}, one error
// per line.
//
// go/packages loads each batch from the listing through its driver
// protocol (GOPACKAGESDRIVER), answered by the command's own executable: a
// command's main function must call Serve first (Main does).
//
// Usage, for a command that runs one analyzer:
//
//	func main() { batch.Main(func() *analysis.Analyzer { return myanalyzer.Analyzer }) }
package batch

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/singlechecker"
	"golang.org/x/tools/go/packages"
)

// DefaultFiles is the default of -batch: large enough that go list and the
// export data of shared dependencies are a small part of a batch's time,
// small enough that a batch's syntax and types take tens of megabytes.
const DefaultFiles = 400

// DriverEnv, set to "singlechecker", makes Selected choose singlechecker
// for every invocation (for comparisons: see bench/run.sh and
// docs/performance.md).
const DriverEnv = "ERRCODELINT_DRIVER"

// Main is the main function of a command that runs one analyzer without
// facts: it serves go/packages' requests (Serve), runs the batching driver
// when it is Selected, and singlechecker otherwise (-fix, -diff, -V,
// go vet's -vettool invocations, $ERRCODELINT_DRIVER=singlechecker). newA
// returns the analyzer; the driver calls it once per batch, so that a
// fresh instance keeps nothing of the previous batch. Main does not
// return.
func Main(newA func() *analysis.Analyzer) {
	if Serve() {
		os.Exit(0)
	}
	a := newA()
	var o Options
	fs := FlagSet(a, &o)
	args := os.Args[1:]
	if !Selected(fs, args) {
		singlechecker.Main(a)
		os.Exit(0)
	}
	fs.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: %s [-json] [-c=N] [-test=false] [-batch=N] [analyzer flags] packages...\n", a.Name)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		os.Exit(2)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		os.Exit(1)
	}
	os.Exit((&Driver{NewAnalyzer: newA}).Run(fs, o, os.Stdout, os.Stderr))
}

// Selected reports whether the batching driver runs the command line args
// (without the program name) of a command whose flags are fs (FlagSet and
// the command's own): not when go vet runs the command as its -vettool
// (the last argument is a .cfg file), not when $ERRCODELINT_DRIVER is
// "singlechecker", and not when a flag before the first package pattern
// is not in fs (-fix, -diff, -V, -flags, -debug, -h, deprecated no-op
// flags, unknown flags): singlechecker handles those.
func Selected(fs *flag.FlagSet, args []string) bool {
	if len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") || os.Getenv(DriverEnv) == "singlechecker" {
		return false
	}
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" || !strings.HasPrefix(arg, "-") || arg == "-" {
			return true
		}
		name, _, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(arg, "-"), "-"), "=")
		f := fs.Lookup(name)
		if f == nil {
			return false
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if !hasValue {
			i++ // the value is the next argument
		}
	}
	return true
}

// Options are the driver's own flags.
type Options struct {
	JSON       bool   // -json: print go/analysis's JSON on standard output
	Context    int    // -c: lines of context around each finding (-1: none)
	Tests      bool   // -test: analyse test variants too
	Files      int    // -batch: Go files per batch (0: all at once)
	CPUProfile string // -cpuprofile
	MemProfile string // -memprofile
}

// FlagSet returns a flag set named after a, with the driver's flags bound
// to o (at their defaults) and a's flags. A command adds its own flags
// before parsing it.
func FlagSet(a *analysis.Analyzer, o *Options) *flag.FlagSet {
	fs := flag.NewFlagSet(a.Name, flag.ContinueOnError)
	fs.BoolVar(&o.JSON, "json", false, "emit JSON output")
	fs.IntVar(&o.Context, "c", -1, "display offending line with this many lines of context")
	fs.BoolVar(&o.Tests, "test", true, "indicates whether test files should be analyzed, too")
	fs.IntVar(&o.Files, "batch", DefaultFiles,
		"load and analyse packages in batches of about `N` Go files, so that memory does not grow with the tree (0: all at once)")
	fs.StringVar(&o.CPUProfile, "cpuprofile", "", "write CPU profile to this file")
	fs.StringVar(&o.MemProfile, "memprofile", "", "write memory profile to this file")
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	return fs
}

// Driver runs an analyzer over the packages of a command line in batches.
type Driver struct {
	// NewAnalyzer returns a fresh analyzer; each batch gets its own,
	// configured by the analyzer flags of the command line, so that
	// nothing one batch's packages own is kept for the next.
	NewAnalyzer func() *analysis.Analyzer

	// Batch, if set, is called with each batch's root packages and its
	// results, after the driver has printed them; g is nil when the batch
	// failed to load (its packages then carry the error).
	Batch func(pkgs []*packages.Package, g *checker.Graph)

	// Failed, if set, is called with the error that stopped the run
	// (the packages could not be listed), after the driver has printed it.
	Failed func(err error)
}

// Run analyses the packages matching fs.Args(), fs being a parsed
// FlagSet (with the command's own flags, if any) and o the Options it
// set, prints the findings and errors, and returns the exit code. The
// analyzer flags set on fs are set alike on each batch's analyzer.
func (d *Driver) Run(fs *flag.FlagSet, o Options, stdout, stderr io.Writer) int {
	name := fs.Name()
	var given []*flag.Flag
	fs.Visit(func(f *flag.Flag) { given = append(given, f) })
	fresh := func() (*analysis.Analyzer, error) {
		a := d.NewAnalyzer()
		for _, f := range given {
			if a.Flags.Lookup(f.Name) == nil {
				continue // the driver's or the command's
			}
			if err := a.Flags.Set(f.Name, f.Value.String()); err != nil {
				return nil, fmt.Errorf("-%s: %v", f.Name, err)
			}
		}
		if !o.JSON && d.Batch == nil {
			a = textOnly(a)
		}
		return a, nil
	}
	if o.Files > 0 && os.Getenv("GOGC") == "" {
		// A batch's heap is small and bounded: let it grow to three
		// times its live data instead of two before collecting, which
		// saves about a fifth of the CPU time for some 50% more memory
		// (still a fraction of singlechecker's; see docs/performance.md).
		debug.SetGCPercent(200)
	}
	stop, err := startProfiles(o.CPUProfile, o.MemProfile)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return 1
	}
	defer stop()

	code := 0
	exitAtLeast := func(c int) { code = max(code, c) }
	var tree jsonTree
	if o.JSON {
		tree = make(jsonTree)
	}
	findings := 0
	errs := newErrorPrinter(stderr)
	printedErrs := make(map[string]bool)
	err = forEachBatch(fs.Args(), batchConfig{tests: o.Tests, maxFiles: o.Files}, fresh,
		func(pkgs []*packages.Package, g *checker.Graph) error {
			if errs.print(pkgs, tree) > 0 {
				exitAtLeast(1)
			}
			if g != nil {
				if o.JSON {
					tree.addGraph(g)
				} else if err := printText(stderr, g, o.Context, printedErrs); err != nil {
					return err
				}
				for act := range g.All() {
					if act.Err != nil {
						exitAtLeast(1)
					} else if act.IsRoot {
						findings += len(act.Diagnostics)
					}
				}
			}
			if d.Batch != nil {
				d.Batch(pkgs, g)
			}
			return nil
		})
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		if d.Failed != nil {
			d.Failed(err)
		}
		exitAtLeast(1)
	}
	if o.JSON {
		if err := tree.print(stdout); err != nil {
			exitAtLeast(1)
		}
	}
	if code == 0 && findings > 0 && !o.JSON {
		code = 3
	}
	return code
}

// textOnly returns a copy of a for a run whose only output is the text
// printer, which shows neither a diagnostic's category, its URL nor its
// fixes: the copy has no URL and reports a's diagnostics without any of
// them. checker would otherwise resolve a URL for every diagnostic,
// parsing the analyzer's URL and the category's fragment and joining
// them (about 4,500 instructions a finding, a quarter of what the driver
// spends on one), and validate its fixes (about 1,100 more; see
// docs/performance.md). -json and a command's own outputs (Driver.Batch)
// get the diagnostics as a reports them.
func textOnly(a *analysis.Analyzer) *analysis.Analyzer {
	c := *a
	c.URL = ""
	run := a.Run
	c.Run = func(pass *analysis.Pass) (any, error) {
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			d.Category, d.URL, d.SuggestedFixes = "", "", nil
			report(d)
		}
		return run(pass)
	}
	return &c
}

// batchConfig says how forEachBatch loads packages.
type batchConfig struct {
	tests    bool // load test variants too
	maxFiles int  // Go files per batch; <= 0: one batch
}

// loadMode is what singlechecker loads for an analyzer without facts.
const loadMode = packages.LoadSyntax | packages.NeedModule

// listMode lists the whole package graph, with the export data of every
// package, but parses and type-checks nothing: the same go list run as
// loadMode's.
const listMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedExportFile | packages.NeedModule |
	packages.NeedForTest | packages.NeedEmbedFiles | packages.NeedEmbedPatterns

// forEachBatch loads the packages matching patterns in batches of about
// cfg.maxFiles Go files, analyses each batch with a fresh analyzer from
// newA and calls fn with the batch's root packages and its graph (nil if
// the batch failed to load: its packages then carry the error). It
// returns an error if the packages cannot be listed or fn fails.
//
// The package graph is listed once (go list -deps -export, as for a single
// load); each batch is then loaded by go/packages from that listing, which
// go/packages reads through its driver protocol (GOPACKAGESDRIVER, served
// by this executable: see Serve): a go list per batch would walk
// the dependencies of the batch again, which costs as much as the batch's
// own type-checking in a tree with deep internal imports. go/packages
// parses and type-checks each batch's packages from source and their
// dependencies from export data, exactly as in one load.
func forEachBatch(patterns []string, cfg batchConfig, newA func() (*analysis.Analyzer, error),
	fn func([]*packages.Package, *checker.Graph) error) error {
	analyze := func(pkgs []*packages.Package) error {
		a, err := newA()
		if err != nil {
			return err
		}
		g, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
		if err != nil {
			return err
		}
		return fn(pkgs, g)
	}
	if cfg.maxFiles <= 0 {
		pkgs, err := packages.Load(&packages.Config{Mode: loadMode, Tests: cfg.tests}, patterns...)
		if err == nil && len(pkgs) == 0 {
			err = NoPackagesError(patterns, cfg.tests)
		}
		if err != nil {
			return err
		}
		return analyze(pkgs)
	}
	l, err := newLister(patterns, cfg)
	if err != nil {
		return err
	}
	for _, roots := range l.batches(cfg.maxFiles) {
		pkgs, err := l.load(roots)
		if err != nil {
			// The batch could not be loaded: report it against its
			// packages and go on with the others.
			pkgs = nil
			for _, r := range roots {
				pkgs = append(pkgs, &packages.Package{ID: r.ID, PkgPath: r.PkgPath, Name: r.Name,
					Errors: []packages.Error{{Msg: err.Error(), Kind: packages.UnknownError}}})
			}
			if err := fn(pkgs, nil); err != nil {
				return err
			}
			continue
		}
		if err := analyze(pkgs); err != nil {
			return err
		}
	}
	return nil
}

// lister holds the listing of the package graph, and loads batches of its
// root packages.
type lister struct {
	cfg       batchConfig
	roots     []*packages.Package
	byID      map[string]*packages.Package
	arch      string
	goVersion int    // the go command's minor version
	self      string // this executable
}

// driverResponseEnv names the file holding the response that this
// executable, run by go/packages as GOPACKAGESDRIVER, prints.
const driverResponseEnv = "ERRCODELINT_PACKAGES_RESPONSE"

// Serve answers a go/packages driver request with the response prepared
// in the file named by $ERRCODELINT_PACKAGES_RESPONSE, and reports whether
// it did (the variable was set): the driver runs the command's own
// executable as GOPACKAGESDRIVER for each batch, so the main function of
// a command that uses Driver (and TestMain of a test that runs it) must
// call Serve first and return at once when it reports true.
func Serve() bool {
	name := os.Getenv(driverResponseEnv)
	if name == "" {
		return false
	}
	data, err := os.ReadFile(name)
	if err == nil {
		_, err = os.Stdout.Write(data)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: serving package list: %v\n", filepath.Base(os.Args[0]), err)
		os.Exit(1)
	}
	return true
}

func newLister(patterns []string, cfg batchConfig) (*lister, error) {
	roots, err := packages.Load(&packages.Config{Mode: listMode, Tests: cfg.tests}, patterns...)
	if err != nil {
		return nil, err
	}
	if len(roots) == 0 {
		return nil, NoPackagesError(patterns, cfg.tests)
	}
	l := &lister{cfg: cfg, roots: roots, byID: make(map[string]*packages.Package)}
	for p := range packages.Postorder(roots) {
		l.byID[p.ID] = p
	}
	out, err := exec.Command("go", "env", "GOARCH", "GOVERSION").Output()
	if err != nil {
		return nil, fmt.Errorf("go env: %v", err)
	}
	if f := strings.Fields(string(out)); len(f) == 2 {
		l.arch = f[0]
		l.goVersion = minorVersion(strings.TrimPrefix(f[1], "go"))
	}
	if l.self, err = os.Executable(); err != nil {
		return nil, err
	}
	return l, nil
}

// minorVersion returns 26 for "1.26", "1.26.0" or "1.26rc1", else 0.
func minorVersion(v string) int {
	rest, ok := strings.CutPrefix(v, "1.")
	if !ok {
		return 0
	}
	end := 0
	for end < len(rest) && '0' <= rest[end] && rest[end] <= '9' {
		end++
	}
	n, _ := strconv.Atoi(rest[:end])
	return n
}

// batches groups the root packages into batches of about maxFiles Go
// files, in the order listed (go list -deps's, dependencies first, so
// that a batch's dependencies seldom import its roots; see load): each
// package with its test variants and test main, which are all loaded
// together, and only packages of modules with the same go version
// together (see load).
func (l *lister) batches(maxFiles int) [][]*packages.Package {
	type group struct {
		pkgs  []*packages.Package
		files int
	}
	var order []string
	groups := make(map[string]*group)
	for _, p := range l.roots {
		key := p.ID
		if p.ForTest != "" {
			key = p.ForTest
		} else if base, ok := strings.CutSuffix(p.ID, ".test"); ok && p.Name == "main" {
			key = base // the test main
		}
		g := groups[key]
		if g == nil {
			g = new(group)
			groups[key] = g
			order = append(order, key)
		}
		g.pkgs = append(g.pkgs, p)
		g.files += len(p.CompiledGoFiles)
	}
	var batches [][]*packages.Package
	var cur []*packages.Package
	n, curVersion := 0, ""
	for _, key := range order {
		g := groups[key]
		v := moduleGoVersion(g.pkgs[0])
		if len(cur) > 0 && (n+g.files > maxFiles || v != curVersion) {
			batches = append(batches, cur)
			cur, n = nil, 0
		}
		cur = append(cur, g.pkgs...)
		n += g.files
		curVersion = v
	}
	if len(cur) > 0 {
		batches = append(batches, cur)
	}
	return batches
}

func moduleGoVersion(p *packages.Package) string {
	if p.Module != nil {
		return p.Module.GoVersion
	}
	return ""
}

// load loads the root packages roots, and their dependencies from export
// data, with go/packages, from the listing. The driver protocol does not
// carry Package.Module, so the language version for type-checking goes in
// the response's GoVersion (all roots of a batch share their module's go
// version), and Module is set again on the loaded packages.
func (l *lister) load(roots []*packages.Package) ([]*packages.Package, error) {
	resp := packages.DriverResponse{Compiler: "gc", Arch: l.arch, GoVersion: l.goVersion}
	if v := minorVersion(moduleGoVersion(roots[0])); v > 0 {
		resp.GoVersion = v
	}
	for _, r := range roots {
		resp.Roots = append(resp.Roots, r.ID)
	}
	// Dependencies are loaded from export data: go/packages needs their
	// names, export files, imports and errors, not their file lists.
	// Except where go/packages type-checks a dependency from source, as it
	// would in one load of everything, and needs its files: when it has no
	// export data (it does not compile), and when it imports a root or
	// such a dependency, directly or not (it lies on a path between two
	// roots, and must see the root's types from source).
	fromSource := make(map[*packages.Package]bool, len(roots))
	for _, r := range roots {
		fromSource[r] = true
	}
	for p := range packages.Postorder(roots) {
		if p.ExportFile == "" && p.PkgPath != "unsafe" {
			fromSource[p] = true
		}
		if !fromSource[p] {
			for _, imp := range p.Imports {
				if fromSource[imp] {
					fromSource[p] = true
					break
				}
			}
		}
		if !fromSource[p] {
			p = &packages.Package{ID: p.ID, Name: p.Name, PkgPath: p.PkgPath, Errors: p.Errors,
				ExportFile: p.ExportFile, Imports: p.Imports}
		}
		resp.Packages = append(resp.Packages, p)
	}
	data, err := json.Marshal(resp)
	if err != nil {
		return nil, err
	}
	// A file per batch, removed as soon as go/packages has read it, so
	// that an interrupted run leaves at most one behind.
	f, err := os.CreateTemp("", "errcodelint-packages-*.json")
	if err != nil {
		return nil, err
	}
	name := f.Name()
	defer os.Remove(name)
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	pkgs, err := packages.Load(&packages.Config{
		Mode:  loadMode,
		Tests: l.cfg.tests,
		Env:   append(os.Environ(), "GOPACKAGESDRIVER="+l.self, driverResponseEnv+"="+name),
	}, name) // the driver answers with the response, whatever the pattern
	if err != nil {
		return nil, err
	}
	for p := range packages.Postorder(pkgs) {
		if q := l.byID[p.ID]; q != nil {
			p.Module = q.Module
		}
	}
	return pkgs, nil
}

// errorPrinter prints the errors of loaded packages as
// packages.PrintErrors does, but each package's and module's errors once
// over all batches: a dependency shared by several batches, or loaded as
// a root in one and as a dependency in another, is reported once.
type errorPrinter struct {
	w    io.Writer
	pkgs map[string]bool // package IDs whose errors were printed
	mods map[string]bool // modules whose error was printed
}

func newErrorPrinter(w io.Writer) *errorPrinter {
	return &errorPrinter{w: w, pkgs: make(map[string]bool), mods: make(map[string]bool)}
}

// print prints the errors of pkgs and their dependencies not printed yet,
// but not the go command's output that repeats the type errors
// (RepeatsTypeErrors), records them in tree (if not nil), and returns how
// many it printed.
func (e *errorPrinter) print(pkgs []*packages.Package, tree jsonTree) int {
	n := 0
	for pkg := range packages.Postorder(pkgs) {
		if len(pkg.Errors) > 0 && !e.pkgs[pkg.ID] {
			e.pkgs[pkg.ID] = true
			var msgs []string
			for _, err := range pkg.Errors {
				if RepeatsTypeErrors(err, pkg.Errors) {
					continue
				}
				fmt.Fprintln(e.w, err)
				msgs = append(msgs, err.Error())
				n++
			}
			tree.addError(pkg.ID, TypecheckName, strings.Join(msgs, "\n"))
		}
		if mod := pkg.Module; mod != nil && mod.Error != nil && !e.mods[mod.Path] {
			e.mods[mod.Path] = true
			fmt.Fprintln(e.w, mod.Error.Err)
			tree.addError(pkg.ID, TypecheckName, mod.Error.Err)
			n++
		}
	}
	return n
}

// TypecheckName is the key of a package's load, parse and type errors in
// the -json output, beside the analyzer's own entry.
const TypecheckName = "typecheck"

// startProfiles starts a CPU profile and arranges a heap profile, as
// singlechecker's -cpuprofile and -memprofile do; stop writes them.
func startProfiles(cpu, mem string) (stop func(), err error) {
	var cpuFile *os.File
	if cpu != "" {
		if cpuFile, err = os.Create(cpu); err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(cpuFile); err != nil {
			cpuFile.Close()
			return nil, err
		}
	}
	return func() {
		if cpuFile != nil {
			pprof.StopCPUProfile()
			cpuFile.Close()
		}
		if mem != "" {
			f, err := os.Create(mem)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				return
			}
			runtime.GC()
			if err := pprof.WriteHeapProfile(f); err != nil {
				fmt.Fprintln(os.Stderr, err)
			}
			f.Close()
		}
	}, nil
}
