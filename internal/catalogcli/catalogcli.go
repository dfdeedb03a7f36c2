// Package catalogcli implements the `errcodelint catalog` subcommands:
//
//	errcodelint catalog list [-family F] [-catalog FILES]
//	errcodelint catalog show [-catalog FILES] CODE
//	errcodelint catalog export [-format json|csv|md] [-o FILE] [-catalog FILES]
//	errcodelint catalog check [-builtin=false] [-catalog FILES]
//	errcodelint catalog constants [-package NAME] [-type T] [-o DIR/FILE] [-used PACKAGES] [-catalog FILES]
//
// -catalog takes a comma-separated list of user catalog files (Markdown or
// HTML pages, or JSON in the export format) merged with the built-in
// catalog.
// Without -catalog, the pages named by the catalog key of the .errcodelint.yml
// at the root of the module enclosing the working directory are merged.
//
// Exit codes: 0 success; 1 a negative answer (show: the code is not
// documented as spelled; list: unknown family; check: the audit has
// findings); 2 usage errors and failures (bad flags, a catalog file that
// does not load, an output file that cannot be written).
//
// -h prints a command's usage to standard output and exits 0; every error
// goes to standard error as "errcodelint catalog CMD: reason", exit 2.
package catalogcli

import (
	"encoding/csv"
	"encoding/json"
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
	"text/tabwriter"

	"github.com/errcodelint/errcodelint/catalog"
	"github.com/errcodelint/errcodelint/internal/config"

	"github.com/errcodelint/errcodelint/internal/textutil"
)

const usage = `usage: errcodelint catalog <command> [flags]

commands:
  list [-family F]                 list the documented codes (of family F)
  show CODE                        print every documented row of CODE
  export [-format json|csv|md] [-o FILE]
                                   export every documented row, in page order
  check [-builtin=false]           audit the pages and report findings with page:line
                                   (-builtin=false: only the -catalog pages)
  constants [-package NAME] [-type T] [-o DIR/FILE] [-used ./...]
                                   write a Go file with one constant per code

every command takes -catalog file1,file2: user catalog files (Markdown or
HTML pages, or JSON in the export format) merged with the built-in catalog;
without it, the pages named by the module's .errcodelint.yml.
run "errcodelint catalog <command> -h" for a command's flags.

exit codes: 0 ok; 1 not found, unknown family or audit findings; 2 usage
error or failure.
`

// Main runs `errcodelint catalog ARGS...` and returns the exit code.
func Main(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, "errcodelint catalog: no command given\n\n"+usage)
		return 2
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "list":
		return runList(rest, stdout, stderr)
	case "show":
		return runShow(rest, stdout, stderr)
	case "export":
		return runExport(rest, stdout, stderr)
	case "check":
		return runCheck(rest, stdout, stderr)
	case "constants":
		return runConstants(rest, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "errcodelint catalog: unknown command %q\n\n%s", cmd, usage)
	return 2
}

// command holds what every subcommand shares.
type command struct {
	name     string
	args     string // the usage line after "[flags]"
	fs       *flag.FlagSet
	catalogs string
	stdout   io.Writer
	stderr   io.Writer
}

func newCommand(name, args string, stdout, stderr io.Writer) *command {
	c := &command{name: name, args: args, stdout: stdout, stderr: stderr}
	c.fs = flag.NewFlagSet("errcodelint catalog "+name, flag.ContinueOnError)
	c.fs.SetOutput(io.Discard) // parse reports errors itself
	c.fs.Usage = func() {}
	c.fs.StringVar(&c.catalogs, "catalog", "", "comma-separated user catalog files merged with the built-in catalog")
	return c
}

// usage prints the command's usage and flags to w.
func (c *command) usage(w io.Writer) {
	fmt.Fprintf(w, "usage: errcodelint catalog %s [flags]%s\n\nflags:\n", c.name, c.args)
	c.fs.SetOutput(w)
	c.fs.PrintDefaults()
	c.fs.SetOutput(io.Discard)
}

// usageError reports a usage error on stderr, followed by the usage, and
// returns exit code 2.
func (c *command) usageError(format string, a ...any) int {
	c.fail(2, format, a...)
	fmt.Fprintln(c.stderr)
	c.usage(c.stderr)
	return 2
}

// parse parses flags, which may come before or after positional arguments,
// and returns the positional arguments. ok is false with the exit code to
// return: -h prints the usage to stdout (exit 0), a bad flag is a usage
// error (exit 2).
func (c *command) parse(args []string) (pos []string, code int, ok bool) {
	for {
		if err := c.fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				c.usage(c.stdout)
				return nil, 0, false
			}
			return nil, c.usageError("%v", err), false
		}
		args = c.fs.Args()
		if len(args) == 0 {
			return pos, 0, true
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func (c *command) fail(code int, format string, a ...any) int {
	fmt.Fprintf(c.stderr, "errcodelint catalog %s: %s\n", c.name, fmt.Sprintf(format, a...))
	return code
}

// load loads the built-in catalog merged with the -catalog pages or, when
// -catalog is not given, with the pages named by the catalog key of the
// project's .errcodelint.yml (found at the root of the module enclosing
// the working directory), so that the catalog commands see the codes the
// analyzer sees.
func (c *command) load() (*catalog.Catalog, error) {
	if c.catalogs == "" {
		pages, err := projectPages()
		if err != nil {
			return nil, err
		}
		return catalog.Load(pages...)
	}
	return catalog.Load(textutil.SplitList(c.catalogs)...)
}

// projectPages returns the catalog pages that the .errcodelint.yml of the
// module enclosing the working directory names, if any.
func projectPages() ([]string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return nil, nil
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil, nil
		}
		dir = parent
	}
	path := config.Find(dir)
	if path == "" {
		return nil, nil
	}
	s, err := config.Load(path)
	if err != nil {
		return nil, err
	}
	return s.CatalogPaths(), nil
}

// output opens -o FILE, or returns stdout.
func output(path string, stdout io.Writer) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		return stdout, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

func statusList(sts []int) string {
	if len(sts) == 0 {
		return "-"
	}
	s := make([]string, len(sts))
	for i, st := range sts {
		s[i] = strconv.Itoa(st)
	}
	return strings.Join(s, ",")
}

// services lists the distinct services of rows, in row order.
func services(rows []catalog.Entry) string {
	return distinct(rows, func(e catalog.Entry) string { return e.Service })
}

// pagesOf lists the distinct pages of rows, in row order.
func pagesOf(rows []catalog.Entry) string {
	return distinct(rows, func(e catalog.Entry) string { return e.Source })
}

func distinct(rows []catalog.Entry, field func(catalog.Entry) string) string {
	var out []string
	for _, e := range rows {
		if v := field(e); !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return strings.Join(out, ",")
}

// ownerList lists the pages owning code's family, or "-".
func ownerList(cat *catalog.Catalog, code string) string {
	f, ok := cat.FamilyOf(code)
	if !ok || len(cat.Owners(f.Prefix)) == 0 {
		return "-"
	}
	return strings.Join(cat.Owners(f.Prefix), ",")
}

// familyLine says which family code belongs to and which pages own it.
func familyLine(cat *catalog.Catalog, code string) string {
	f, ok := cat.FamilyOf(code)
	if !ok {
		return ""
	}
	if owners := cat.Owners(f.Prefix); len(owners) > 0 {
		return fmt.Sprintf("family:   %s, owned by %s\n", f, strings.Join(owners, ", "))
	}
	return fmt.Sprintf("family:   %s, owned by no loaded page: %s codes the catalog does not list are not reported as unknown\n", f, f.Prefix)
}

func runList(args []string, stdout, stderr io.Writer) int {
	c := newCommand("list", " (lists code, statuses, services; ambiguous codes are marked)", stdout, stderr)
	family := c.fs.String("family", "", "only codes of this family (prefix, for example ModelArts or JOB_MANAGER; any letter case)")
	pos, code, ok := c.parse(args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return c.usageError("unexpected argument %q", pos[0])
	}
	cat, err := c.load()
	if err != nil {
		return c.fail(2, "%v", err)
	}
	var fam *catalog.Family
	if *family != "" {
		var names []string
		for _, f := range cat.Families() {
			names = append(names, f.Prefix)
			if strings.EqualFold(f.Prefix, strings.TrimRight(*family, "._")) {
				f := f
				fam = &f
			}
		}
		if fam == nil {
			return c.fail(1, "unknown family %q; known families: %s", *family, strings.Join(names, ", "))
		}
	}
	var buf strings.Builder
	tw := tabwriter.NewWriter(&buf, 0, 4, 2, ' ', 0)
	fmt.Fprint(tw, "CODE\tSTATUS\tSERVICE\tPAGE\tOWNER\tNOTE\n")
	for _, code := range cat.Codes() {
		if fam != nil {
			f, ok := cat.FamilyOf(code)
			if !ok || f.Prefix != fam.Prefix {
				continue
			}
		}
		note := ""
		if cat.Ambiguous(code) {
			note = "ambiguous"
		}
		rows := cat.Lookup(code)
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", code, statusList(cat.Statuses(code)), services(rows), pagesOf(rows), ownerList(cat, code), note)
	}
	if err := tw.Flush(); err != nil {
		return c.fail(2, "%v", err)
	}
	for _, l := range strings.SplitAfter(buf.String(), "\n") {
		if l != "" {
			fmt.Fprintln(stdout, strings.TrimRight(l, " \n"))
		}
	}
	return 0
}

func runShow(args []string, stdout, stderr io.Writer) int {
	c := newCommand("show", " CODE", stdout, stderr)
	pos, code, ok := c.parse(args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return c.usageError("want exactly one CODE, got %d arguments", len(pos))
	}
	cat, err := c.load()
	if err != nil {
		return c.fail(2, "%v", err)
	}
	arg := pos[0]
	exit := 0
	shown := arg
	if !cat.Known(arg) {
		canon, ok := cat.Canonical(arg)
		if !ok {
			msg := fmt.Sprintf("%q is not a documented code", arg)
			if near := cat.Nearest(arg, 5); len(near) > 0 {
				msg += "; nearest documented codes: " + strings.Join(near, ", ")
			}
			if f, ok := cat.FamilyOf(arg); ok && len(cat.Owners(f.Prefix)) == 0 {
				msg += fmt.Sprintf("\nno loaded page owns the %s family, so errcodelint does not report %s as unknown", f.Prefix, strings.TrimSpace(arg))
			}
			fmt.Fprintln(stdout, msg)
			return 1
		}
		fmt.Fprintf(stdout, "%q is not documented as spelled; the documented spelling is %s\n\n", arg, canon)
		shown, exit = canon, 1
	}
	rows := cat.Lookup(shown)
	head := fmt.Sprintf("%s: %d documented row", shown, len(rows))
	if len(rows) != 1 {
		head += "s"
	}
	if cat.Ambiguous(shown) {
		head += fmt.Sprintf(", ambiguous: documented with statuses %s", strings.ReplaceAll(statusList(cat.Statuses(shown)), ",", ", "))
	}
	fmt.Fprintf(stdout, "%s\nconstant: codes.%s\n%s", head, catalog.ConstName(shown), familyLine(cat, shown))
	for _, e := range rows {
		st := "no HTTP status"
		if e.Status != 0 {
			st = "HTTP " + strconv.Itoa(e.Status)
		}
		fmt.Fprintf(stdout, "\n%s  %s\n", st, e.Message)
		field := func(name, v string) {
			if v != "" {
				fmt.Fprintf(stdout, "  %-12s %s\n", name+":", strings.ReplaceAll(v, "\n", "\n"+strings.Repeat(" ", 15)))
			}
		}
		field("description", e.Description)
		field("remedy", e.Remedy)
		field("service", e.Service)
		if e.Line > 0 {
			field("source", fmt.Sprintf("%s:%d", e.Source, e.Line))
		} else {
			field("source", e.Source)
		}
		field("module", e.Module)
	}
	return exit
}

func runExport(args []string, stdout, stderr io.Writer) int {
	c := newCommand("export", "", stdout, stderr)
	format := c.fs.String("format", "json", "output format: json, csv or md")
	out := c.fs.String("o", "", "write to this file instead of standard output")
	pos, code, ok := c.parse(args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return c.usageError("unexpected argument %q", pos[0])
	}
	switch *format {
	case "json", "csv", "md":
	default:
		return c.usageError("unknown -format %q (want json, csv or md)", *format)
	}
	cat, err := c.load()
	if err != nil {
		return c.fail(2, "%v", err)
	}
	w, closeOut, err := output(*out, stdout)
	if err != nil {
		return c.fail(2, "%v", err)
	}
	switch *format {
	case "json":
		err = exportJSON(w, cat.Entries())
	case "csv":
		err = exportCSV(w, cat.Entries())
	case "md":
		err = exportMarkdown(w, cat.Entries())
	}
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil {
		return c.fail(2, "%v", err)
	}
	return 0
}

// ExportJSON writes entries as the JSON export: an array with one object
// per row, keys code, status, message, description, remedy, service, source,
// module.
func exportJSON(w io.Writer, entries []catalog.Entry) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if entries == nil {
		entries = []catalog.Entry{}
	}
	return enc.Encode(entries)
}

var csvHeader = []string{"code", "status", "message", "description", "remedy", "service", "source", "module"}

func exportCSV(w io.Writer, entries []catalog.Entry) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, e := range entries {
		if err := cw.Write([]string{string(e.Code), strconv.Itoa(e.Status), e.Message, e.Description, e.Remedy, e.Service, e.Source, e.Module}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// exportMarkdown writes one table per page (and per presence of a status),
// in page order, in a form the catalog parser reads back.
func exportMarkdown(w io.Writer, entries []catalog.Entry) error {
	var b strings.Builder
	b.WriteString("# Error-code catalog export\n")
	for i := 0; i < len(entries); {
		j := i
		withStatus := entries[i].Status != 0
		for j < len(entries) && entries[j].Source == entries[i].Source && entries[j].Service == entries[i].Service && (entries[j].Status != 0) == withStatus {
			j++
		}
		fmt.Fprintf(&b, "\n## %s (%s)\n\n", entries[i].Source, entries[i].Service)
		if withStatus {
			b.WriteString("| status | code | message | description | remedy | module |\n|---|---|---|---|---|---|\n")
		} else {
			b.WriteString("| code | message | description | remedy | module |\n|---|---|---|---|---|\n")
		}
		for _, e := range entries[i:j] {
			b.WriteString("|")
			if withStatus {
				fmt.Fprintf(&b, " %d |", e.Status)
			}
			for _, v := range []string{string(e.Code), e.Message, e.Description, e.Remedy, e.Module} {
				fmt.Fprintf(&b, " %s |", textutil.MarkdownCell(v))
			}
			b.WriteString("\n")
		}
		i = j
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	c := newCommand("check", " (audits the pages; exit 1 when there are findings)", stdout, stderr)
	builtin := c.fs.Bool("builtin", true, "also audit the built-in pages; with -builtin=false only findings in or about the -catalog pages are reported")
	pos, code, ok := c.parse(args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return c.usageError("unexpected argument %q", pos[0])
	}
	cat, err := c.load()
	if err != nil {
		return c.fail(2, "%v", err)
	}
	findings := Audit(cat)
	if !*builtin {
		if c.catalogs == "" {
			return c.usageError("-builtin=false needs -catalog pages to audit")
		}
		findings = userFindings(cat, findings)
	}
	counts := map[string]int{}
	for _, f := range findings {
		fmt.Fprintln(stdout, f)
		counts[f.Kind]++
	}
	if len(findings) == 0 {
		fmt.Fprintln(stdout, "no findings")
		return 0
	}
	var parts []string
	for _, k := range Kinds {
		if counts[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[k], k))
		}
	}
	fmt.Fprintf(stdout, "%d findings: %s\n", len(findings), strings.Join(parts, ", "))
	return 1
}

// userFindings keeps the findings located in the catalog's user pages (the
// rows Load appended after the built-in ones, and their prose) or citing
// one of their rows.
func userFindings(cat *catalog.Catalog, findings []Finding) []Finding {
	user := map[string]bool{}
	for _, e := range cat.Entries()[len(catalog.Default().Entries()):] {
		user[e.Source] = true
	}
	builtin := map[string]bool{}
	for _, e := range catalog.Default().Entries() {
		builtin[e.Source] = true
	}
	for _, p := range cat.Prose() {
		if !builtin[p.Source] {
			user[p.Source] = true
		}
	}
	var out []Finding
	for _, f := range findings {
		keep := user[f.Source]
		for src := range user {
			keep = keep || strings.Contains(f.Msg, src+":")
		}
		if keep {
			out = append(out, f)
		}
	}
	return out
}

func runConstants(args []string, stdout, stderr io.Writer) int {
	c := newCommand("constants", " -package NAME", stdout, stderr)
	pkg := c.fs.String("package", "", "package name of the generated file (default: the name of -o's directory)")
	typ := c.fs.String("type", "", "a string type declared in the package, for typed constants (default untyped)")
	out := c.fs.String("o", "", "write to this file instead of standard output, creating its directory")
	used := c.fs.String("used", "", "only the codes used by these comma-separated `packages` (for example ./...): written as string literals, or as constants of the same names")
	pos, code, ok := c.parse(args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return c.usageError("unexpected argument %q", pos[0])
	}
	if *pkg == "" && *out != "" && *out != "-" {
		if abs, err := filepath.Abs(*out); err == nil {
			if name := filepath.Base(filepath.Dir(abs)); token.IsIdentifier(name) {
				*pkg = name
			}
		}
	}
	if *pkg == "" {
		return c.usageError("-package NAME is required")
	}
	cat, err := c.load()
	if err != nil {
		return c.fail(2, "%v", err)
	}
	entries := cat.Entries()
	if *used != "" {
		codes, err := usedCodes(cat, textutil.SplitList(*used), *out)
		if err != nil {
			return c.fail(2, "%v", err)
		}
		entries = slices.DeleteFunc(slices.Clone(entries), func(e catalog.Entry) bool { return !codes[string(e.Code)] })
	}
	src, err := catalog.GoConstants("errcodelint catalog constants", *pkg, *typ, entries)
	if err != nil {
		return c.fail(2, "%v", err)
	}
	if *out != "" && *out != "-" {
		if err := os.MkdirAll(filepath.Dir(*out), 0o777); err != nil {
			return c.fail(2, "%v", err)
		}
	}
	w, closeOut, err := output(*out, stdout)
	if err != nil {
		return c.fail(2, "%v", err)
	}
	_, err = w.Write(src)
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil {
		return c.fail(2, "%v", err)
	}
	return 0
}
