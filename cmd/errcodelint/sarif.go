package main

import (
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/errcodelint/errcodelint/analyzer"
	"github.com/errcodelint/errcodelint/internal/sarif"
)

// informationURI is the tool's home page in SARIF logs.
const informationURI = "https://github.com/errcodelint/errcodelint"

// rules are the SARIF rules: one per check, from the analyzer's table of
// checks (the same source as the README's checks section).
var rules = func() []sarif.Rule {
	var out []sarif.Rule
	for _, c := range analyzer.AllChecks() {
		out = append(out, sarifRule(c))
	}
	return out
}()

// sarifRule returns the SARIF rule of check c: its title as the short
// description, its paragraph as the full description, and help with the
// bad and good examples, as text and as Markdown. use-constant asks for a
// style change, so its results are notes (GitHub: recommendation); the
// other checks' are warnings.
func sarifRule(c analyzer.Check) sarif.Rule {
	title := strings.ToUpper(c.Title[:1]) + c.Title[1:]
	plain := strings.ReplaceAll(c.Doc, "`", "")
	r := sarif.Rule{
		ID:          c.Name,
		Description: title,
		Full:        title + ". " + plain,
		HelpText: title + ".\n\n" + plain + "\n\nBad:\n\n\t" + strings.ReplaceAll(c.Bad, "\n", "\n\t") +
			"\n\nGood:\n\n\t" + strings.ReplaceAll(c.Good, "\n", "\n\t") + "\n\nDocumentation: " + c.URL(),
		HelpMarkdown: "**" + title + ".**\n\n" + c.Doc + "\n\nBad:\n\n```go\n" + c.Bad + "\n```\n\nGood:\n\n```go\n" + c.Good +
			"\n```\n\n[Documentation](" + c.URL() + ")",
		HelpURI:   c.URL(),
		Precision: "very-high",
		Tags:      []string{"correctness", "error-codes"},
	}
	if c.Name == analyzer.CatUseConstant {
		r.Level = "note"
		r.Tags = []string{"maintainability", "error-codes"}
	}
	return r
}

// sarifFlag reports whether args ask for SARIF output (-sarif or --sarif,
// with the value attached or separate). Arguments after "--" are not flags.
func sarifFlag(args []string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		name, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if strings.HasPrefix(a, "-") && name == "sarif" {
			return true
		}
	}
	return false
}

// runSARIF is the -sarif mode: a go/packages + go/analysis/checker driver
// that prints the usual text diagnostics to stderr and writes a SARIF 2.1.0
// log to the named file. It returns the same exit codes as standalone mode.
func runSARIF(args []string) int {
	return sarifMain(newAnalyzer(false), args, os.Stdout, os.Stderr)
}

func sarifMain(a *analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(a.Name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("sarif", "", "write findings as SARIF 2.1.0 to `FILE` (\"-\" for standard output)")
	tests := fs.Bool("test", true, "indicates whether test files should be analyzed, too")
	contextLines := fs.Int("c", -1, "display offending line with this many lines of context")
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s -sarif FILE [-test=false] [-c=N] [analyzer flags] packages...\n(run \"%s help\" for the flags)\n", a.Name, a.Name)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *out == "" || fs.NArg() == 0 {
		fmt.Fprintf(stderr, "%s: -sarif needs a file name and at least one package pattern\n", a.Name)
		fs.Usage()
		return 2
	}
	analyzers := []*analysis.Analyzer{a}
	if err := analysis.Validate(analyzers); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", a.Name, err)
		return 1
	}

	wd, _ := os.Getwd()
	v := readBuildVersion()
	b := &sarif.Builder{
		Tool:            a.Name,
		Version:         v.String(),
		SemanticVersion: v.Semantic(),
		InformationURI:  informationURI,
		BaseDir:         sarif.RootDir(wd),
	}
	code := 0
	exitAtLeast := func(c int) { code = max(code, c) }

	mode := packages.LoadSyntax | packages.NeedModule
	if needFacts(analyzers) {
		mode = packages.LoadAllSyntax | packages.NeedModule
	}
	pkgs, err := packages.Load(&packages.Config{Mode: mode, Tests: *tests}, fs.Args()...)
	if err == nil && len(pkgs) == 0 {
		err = fmt.Errorf("%s matched no packages", strings.Join(fs.Args(), " "))
	}
	var graph *checker.Graph
	if err == nil {
		if packages.PrintErrors(pkgs) > 0 {
			exitAtLeast(1)
		}
		for _, n := range loadNotices(pkgs) {
			b.Notify(n)
		}
		graph, err = checker.Analyze(analyzers, pkgs, nil)
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", a.Name, err)
		b.Notify(sarif.Notice{Message: err.Error()})
		exitAtLeast(1)
	}

	if graph != nil {
		if err := graph.PrintText(stderr, *contextLines); err != nil {
			exitAtLeast(1)
		}
		for act := range graph.All() {
			if act.Err != nil {
				b.Notify(sarif.Notice{Message: fmt.Sprintf("analysis of %s failed: %v", act.Package.PkgPath, act.Err)})
				exitAtLeast(1)
				continue
			}
			if !act.IsRoot || act.Analyzer != a {
				continue
			}
			fset := act.Package.Fset
			pos := func(p, def token.Pos) sarif.Pos {
				if !p.IsValid() {
					p = def
				}
				q := fset.Position(p)
				return sarif.Pos{File: q.Filename, Line: q.Line, Column: q.Column}
			}
			for _, d := range act.Diagnostics {
				f := sarif.Finding{
					Rule:    d.Category,
					Message: d.Message,
					Start:   pos(d.Pos, d.Pos),
					End:     pos(d.End, d.Pos),
				}
				for _, sf := range d.SuggestedFixes {
					fix := sarif.SuggestedFix{Message: sf.Message}
					for _, e := range sf.TextEdits {
						fix.Edits = append(fix.Edits, sarif.Edit{
							Start: pos(e.Pos, e.Pos), End: pos(e.End, e.Pos), NewText: string(e.NewText),
						})
					}
					f.Fixes = append(f.Fixes, fix)
				}
				b.Add(f)
			}
		}
	}
	b.Rules = append(b.Rules, rules...)
	b.Failed = code == 1

	if err := writeSARIF(b, *out, stdout); err != nil {
		fmt.Fprintf(stderr, "%s: writing SARIF: %v\n", a.Name, err)
		return 1
	}
	if code == 0 && b.Len() > 0 {
		code = 3
	}
	return code
}

func writeSARIF(b *sarif.Builder, name string, stdout io.Writer) error {
	if name == "-" {
		return b.Write(stdout)
	}
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := b.Write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// needFacts reports whether any analyzer in the graph uses facts, in which
// case every dependency must be loaded from source.
func needFacts(analyzers []*analysis.Analyzer) bool {
	seen := make(map[*analysis.Analyzer]bool)
	var visit func([]*analysis.Analyzer) bool
	visit = func(as []*analysis.Analyzer) bool {
		for _, a := range as {
			if seen[a] {
				continue
			}
			seen[a] = true
			if len(a.FactTypes) > 0 || visit(a.Requires) {
				return true
			}
		}
		return false
	}
	return visit(analyzers)
}

// loadNotices returns the load, parse and type errors of pkgs and their
// dependencies as SARIF notices, each once (a package and its test variant
// share files), with the error's position when it has one. A package's
// error from the go command that merely repeats, without a position, the
// compiler's positioned errors is left out.
func loadNotices(pkgs []*packages.Package) []sarif.Notice {
	var out []sarif.Notice
	seen := map[sarif.Notice]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		positioned := slices.ContainsFunc(p.Errors, func(e packages.Error) bool {
			_, ok := parsePos(e.Pos)
			return ok
		})
		for _, e := range p.Errors {
			n := sarif.Notice{Message: e.Msg}
			if pos, ok := parsePos(e.Pos); ok {
				n.Pos = pos
			} else if positioned && e.Kind == packages.ListError {
				continue
			} else {
				n.Message = fmt.Sprintf("package %s: %s", p.PkgPath, e.Msg)
			}
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	})
	return out
}

// parsePos parses a go/packages error position, "file:line:col" or
// "file:line".
func parsePos(s string) (sarif.Pos, bool) {
	var nums []int
	for range 2 {
		i := strings.LastIndexByte(s, ':')
		if i < 0 {
			break
		}
		n, err := strconv.Atoi(s[i+1:])
		if err != nil {
			break
		}
		nums = append([]int{n}, nums...)
		s = s[:i]
	}
	if len(nums) == 0 || s == "" {
		return sarif.Pos{}, false
	}
	pos := sarif.Pos{File: s, Line: nums[0]}
	if len(nums) == 2 {
		pos.Column = nums[1]
	}
	if !filepath.IsAbs(pos.File) {
		if abs, err := filepath.Abs(pos.File); err == nil {
			pos.File = abs
		}
	}
	return pos, true
}
