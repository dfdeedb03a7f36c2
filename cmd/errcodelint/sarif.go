package main

import (
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/errcodelint/errcodelint/analyzer"
	"github.com/errcodelint/errcodelint/internal/batch"
	"github.com/errcodelint/errcodelint/internal/sarif"
)

// informationURI is the tool's home page in SARIF logs.
const informationURI = "https://github.com/errcodelint/errcodelint"

// rules returns the SARIF rules: one per check, from the analyzer's table
// of checks (the same source as the README's checks section). They are
// built on first use: go vet starts a process per package, which needs
// none of them.
var rules = sync.OnceValue(func() []sarif.Rule {
	var out []sarif.Rule
	for _, c := range analyzer.AllChecks() {
		out = append(out, sarifRule(c))
	}
	return out
})

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

// sarifLog collects the findings and notices of the batches for -sarif.
type sarifLog struct {
	name string // the analyzer's
	b    *sarif.Builder
	seen map[sarif.Notice]bool // notices given, each once over all batches
}

func newSARIFLog(a *analysis.Analyzer) *sarifLog {
	wd, _ := os.Getwd()
	v := readBuildVersion()
	return &sarifLog{
		name: a.Name,
		b: &sarif.Builder{
			Tool:            a.Name,
			Version:         v.String(),
			SemanticVersion: v.Semantic(),
			InformationURI:  informationURI,
			BaseDir:         sarif.RootDir(wd),
		},
		seen: make(map[sarif.Notice]bool),
	}
}

// notify adds n as a tool execution notification, unless it was given.
func (s *sarifLog) notify(n sarif.Notice) {
	if !s.seen[n] {
		s.seen[n] = true
		s.b.Notify(n)
	}
}

// addPackages adds the load, parse and type errors of a batch's packages.
func (s *sarifLog) addPackages(pkgs []*packages.Package) {
	for _, n := range loadNotices(pkgs) {
		s.notify(n)
	}
}

// add adds the diagnostics of a batch's root actions, and the failures of
// its actions.
func (s *sarifLog) add(g *checker.Graph) {
	for act := range g.All() {
		if act.Err != nil {
			// Once over all packages: a malformed .errcodelint.yml
			// fails every package alike; an internal error names its
			// package.
			s.notify(sarif.Notice{Message: act.Err.Error()})
			continue
		}
		if !act.IsRoot || act.Analyzer.Name != s.name {
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
			s.b.Add(f)
		}
	}
}

// write adds the rules and writes the log to the file name ("-": stdout).
// failed records that a package failed to load or analyse.
func (s *sarifLog) write(name string, failed bool, stdout io.Writer) error {
	s.b.Rules = append(s.b.Rules, rules()...)
	s.b.Failed = failed
	return writeSARIF(s.b, name, stdout)
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

// loadNotices returns the load, parse and type errors of pkgs and their
// dependencies as SARIF notices, each once (a package and its test variant
// share files), with the error's position when it has one. A package's
// error from the go command that merely repeats, without a position, the
// type errors is left out (batch.RepeatsTypeErrors).
func loadNotices(pkgs []*packages.Package) []sarif.Notice {
	var out []sarif.Notice
	seen := map[sarif.Notice]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			n := sarif.Notice{Message: e.Msg}
			if pos, ok := parsePos(e.Pos); ok {
				n.Pos = pos
			} else if batch.RepeatsTypeErrors(e, p.Errors) {
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
// "file:line", into an absolute position.
func parsePos(s string) (sarif.Pos, bool) {
	file, line, col, ok := batch.ParsePos(s)
	if !ok {
		return sarif.Pos{}, false
	}
	pos := sarif.Pos{File: file, Line: line, Column: col}
	if !filepath.IsAbs(pos.File) {
		if abs, err := filepath.Abs(pos.File); err == nil {
			pos.File = abs
		}
	}
	return pos, true
}
