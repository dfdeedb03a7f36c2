//go:build ignore

// gen generates the built-in catalog from the vendor's pages in source/:
//
//	zentries.go        builtinEntries, builtinProse and builtinOwners (every row and prose line, page order),
//	                   builtinFamilies and builtinMaxCodeLen (for the prefilter, without building the catalog)
//	../codes/zcodes.go untyped string constants of package codes
//	../docs/catalog.md the reference of every code, grouped by family
//
// Run it with `go generate ./catalog`. It runs the checks catalog.New runs
// at run time (codeshape.Set: no two codes under one key, one spelling per
// family), so that it fails, naming page:line and the reason, on anything
// Default would reject; it writes its files only after every one of them
// rendered. Its output is byte-deterministic.
//
// Flags (for tests): -source DIR reads the pages from DIR; -out DIR writes
// package catalog's files to DIR and the others beside it (DIR/../codes,
// DIR/../docs).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/errcodelint/errcodelint/catalog/internal/pages"
	"github.com/errcodelint/errcodelint/catalog/internal/render"
	"github.com/errcodelint/errcodelint/internal/codeshape"
	"github.com/errcodelint/errcodelint/internal/textutil"
)

// page is one page of source/: its service and the code families it is
// the vendor's own page of (see Catalog.Owners).
type page struct {
	file, service string
	owns          []string
}

// manifest lists the pages of source/ in catalog order. MaaS documents
// ModelArts codes and OCR the API Gateway codes it passes through: neither
// is the page of those families.
var manifest = []page{
	{"modelarts.md", "ModelArts", []string{"ModelArts"}},
	{"maas.md", "MaaS", nil},
	{"ocr.md", "OCR", []string{"AIS"}},
	{"optverse.md", "OptVerse", []string{"OptVerse", "JOB_MANAGER"}},
}

type row struct {
	pages.Row
	service, source string
}

func main() {
	source := flag.String("source", "source", "directory of the vendor's pages")
	out := flag.String("out", ".", "directory of package catalog's generated files")
	flag.Parse()
	if err := run(*source, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// file is a generated file, rendered before any file is written.
type file struct {
	path string
	data []byte
}

func run(source, out string) error {
	files, err := filepath.Glob(filepath.Join(source, "*"))
	if err != nil {
		return err
	}
	for _, f := range files {
		if !slices.ContainsFunc(manifest, func(m page) bool { return m.file == filepath.Base(f) }) {
			return fmt.Errorf("%s: page is not in the generator's manifest (add it with its service)", f)
		}
	}
	var rows []row
	var owners [][2]string // family, page
	var prose []pages.Prose
	var proseSrc []string
	for _, m := range manifest {
		path := filepath.Join(source, m.file)
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		p, err := pages.Parse(path, data)
		if err != nil {
			return err
		}
		if p.Format != "markdown" {
			return fmt.Errorf("%s: built-in pages must be Markdown/HTML pages", path)
		}
		for _, r := range p.Rows {
			rows = append(rows, row{r, m.service, m.file})
		}
		for _, fam := range m.owns {
			if !slices.ContainsFunc(p.Rows, func(r pages.Row) bool { prefix, _, _, _ := codeshape.Split(r.Code); return prefix == fam }) {
				return fmt.Errorf("%s: the manifest says the page owns %s, but it documents no code of that family", path, fam)
			}
			owners = append(owners, [2]string{fam, m.file})
		}
		for _, pr := range p.Prose {
			prose = append(prose, pr)
			proseSrc = append(proseSrc, m.file)
		}
		fmt.Fprintf(os.Stderr, "gen: %s: %d rows (%s), %d prose lines, %d non-error tables skipped\n", path, len(p.Rows), m.service, len(p.Prose), len(p.Skipped))
	}

	// The checks of catalog.New, on the distinct codes in page order.
	byCode := map[string][]row{}
	var codes []string
	var set codeshape.Set
	for _, r := range rows {
		if _, ok := byCode[r.Code]; !ok {
			if err := set.Add(r.Code); err != nil {
				return fmt.Errorf("%s:%d: %v", filepath.Join(source, r.source), r.Line, err)
			}
			codes = append(codes, r.Code)
		}
		byCode[r.Code] = append(byCode[r.Code], r)
	}
	sort.Strings(codes)

	// Render every file, then write them.
	entries, err := format.Source(genEntries(rows, prose, proseSrc, owners, set.Families()))
	if err != nil {
		return fmt.Errorf("zentries.go: generated code does not parse: %v", err)
	}
	outputs := []file{{filepath.Join(out, "zentries.go"), entries}}
	var rrows []render.Row
	for _, r := range rows {
		rrows = append(rrows, render.Row{Code: r.Code, Status: r.Status, Message: r.Message, Source: r.source, Line: r.Line})
	}
	consts, err := render.Constants("gen.go from catalog/source/*.md", "codes", "", rrows)
	if err != nil {
		return err
	}
	outputs = append(outputs, file{filepath.Join(out, "../codes/zcodes.go"), consts})
	outputs = append(outputs, file{filepath.Join(out, "../docs/catalog.md"), genDocs(rows, codes, byCode, set.Families(), owners)})
	for _, f := range outputs {
		if err := os.MkdirAll(filepath.Dir(f.path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(f.path, f.data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

const header = "// Code generated by gen.go from catalog/source/*.md; DO NOT EDIT.\n\n"

func genEntries(rows []row, prose []pages.Prose, proseSrc []string, owners [][2]string, families []codeshape.Family) []byte {
	var b bytes.Buffer
	b.WriteString(header)
	b.WriteString("package catalog\n\n")
	b.WriteString("// builtinEntries returns every row of the vendor's pages, in page order.\n")
	b.WriteString("func builtinEntries() []Entry {\n\treturn []Entry{\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "\t\t{Code: %q, Status: %d, Message: %s, Description: %s, Remedy: %s, Service: %q, Source: %q, Module: %s, Line: %d},\n",
			r.Code, r.Status, strconv.Quote(r.Message), strconv.Quote(r.Description), strconv.Quote(r.Remedy), r.service, r.source, strconv.Quote(r.Module), r.Line)
	}
	b.WriteString("\t}\n}\n\n")
	b.WriteString("// builtinProse returns the text of the vendor's pages outside their error-code tables.\n")
	b.WriteString("func builtinProse() []Prose {\n\treturn []Prose{\n")
	for i, p := range prose {
		fmt.Fprintf(&b, "\t\t{Source: %q, Line: %d, Text: %s},\n", proseSrc[i], p.Line, strconv.Quote(p.Text))
	}
	b.WriteString("\t}\n}\n\n")
	b.WriteString("// builtinOwners returns the families each page is the vendor's own page of.\n")
	b.WriteString("func builtinOwners() []Owner {\n\treturn []Owner{\n")
	for _, o := range owners {
		fmt.Fprintf(&b, "\t\t{Family: %q, Source: %q},\n", o[0], o[1])
	}
	b.WriteString("\t}\n}\n\n")
	// The families and the longest code, so that DefaultFamilies and
	// DefaultMaxLen answer without building the catalog.
	maxCodeLen := 0
	for _, r := range rows {
		maxCodeLen = max(maxCodeLen, len(r.Code))
	}
	b.WriteString("// builtinFamilies returns the families of builtinEntries, sorted by prefix.\n")
	b.WriteString("func builtinFamilies() []Family {\n\treturn []Family{\n")
	for _, f := range families {
		fmt.Fprintf(&b, "\t\t{Prefix: %q, Sep: %q, MinDigits: %d, MaxDigits: %d, Codes: %d},\n", f.Prefix, f.Sep, f.MinDigits, f.MaxDigits, f.Codes)
	}
	b.WriteString("\t}\n}\n\n")
	b.WriteString("// builtinMaxCodeLen is the length of the longest code of builtinEntries.\n")
	fmt.Fprintf(&b, "const builtinMaxCodeLen = %d\n", maxCodeLen)
	return b.Bytes()
}

func distinctStatuses(rs []row) []int {
	var out []int
	for _, r := range rs {
		if r.Status != 0 && !slices.Contains(out, r.Status) {
			out = append(out, r.Status)
		}
	}
	slices.Sort(out)
	return out
}

func genDocs(rows []row, codes []string, byCode map[string][]row, families []codeshape.Family, owners [][2]string) []byte {
	var b bytes.Buffer
	b.WriteString("<!-- Code generated by catalog/gen.go from catalog/source/*.md; DO NOT EDIT. -->\n\n")
	b.WriteString("# Error-code catalog\n\n")
	b.WriteString("The built-in catalog of errcodelint, generated by `go generate ./catalog` from the vendor's pages in\n")
	b.WriteString("[catalog/source](../catalog/source). Every documented row is listed, grouped by code family.\n")
	b.WriteString("A code marked **ambiguous** is documented with several HTTP statuses, so the code alone does not\n")
	b.WriteString("say what went wrong; check the status too. Constants: `codes.NAME` (untyped string, so it also fits\n")
	b.WriteString("`catalog.Code`), where NAME is the family's Go name followed by the code's digits verbatim\n")
	b.WriteString("(`ModelArts.0204` -> `ModelArts0204`, `JOB_MANAGER_12000001` -> `JobManager12000001`).\n\n")

	perPage := map[string]int{}
	var order []string
	service := map[string]string{}
	for _, r := range rows {
		if perPage[r.source] == 0 {
			order = append(order, r.source)
			service[r.source] = r.service
		}
		perPage[r.source]++
	}
	nAmb := 0
	for _, c := range codes {
		if len(distinctStatuses(byCode[c])) > 1 {
			nAmb++
		}
	}
	fmt.Fprintf(&b, "%d documented rows, %d distinct codes, %d ambiguous codes.\n\n", len(rows), len(codes), nAmb)
	b.WriteString("| page | service | rows |\n|---|---|---|\n")
	for _, p := range order {
		fmt.Fprintf(&b, "| %s | %s | %d |\n", p, service[p], perPage[p])
	}

	// Codes grouped by family; a code without family shape is a group of
	// its own, spelled as itself.
	spelling := map[string]string{}
	for _, f := range families {
		spelling[f.Prefix] = f.String()
	}
	group := map[string][]string{}
	var famOrder []string
	for _, c := range codes {
		prefix, _, _, ok := codeshape.Split(c)
		if !ok {
			prefix = c
			if _, ok := spelling[c]; !ok {
				spelling[c] = c
			}
		}
		if group[prefix] == nil {
			famOrder = append(famOrder, prefix)
		}
		group[prefix] = append(group[prefix], c)
	}
	sort.Strings(famOrder)
	b.WriteString("\n## Families\n\n")
	b.WriteString("A family's own page is its owner: a code of an owned family that the page does not list is\n")
	b.WriteString("unknown. A family without an owner (its codes come from another service's page) has only the codes\n")
	b.WriteString("listed checked; other codes of it are not reported as unknown.\n\n")
	b.WriteString("| family | spelling | codes | owner |\n|---|---|---|---|\n")
	for _, p := range famOrder {
		owner := "-"
		for _, o := range owners {
			if o[0] == p {
				owner = o[1]
			}
		}
		fmt.Fprintf(&b, "| [%s](#%s) | `%s` | %d | %s |\n", p, strings.ToLower(p), spelling[p], len(group[p]), owner)
	}
	b.WriteString("\n## Ambiguous codes\n\nCodes documented with several HTTP statuses.\n\n| code | statuses |\n|---|---|\n")
	for _, c := range codes {
		if sts := distinctStatuses(byCode[c]); len(sts) > 1 {
			var parts []string
			for _, st := range sts {
				var at []string
				for _, r := range byCode[c] {
					if r.Status == st {
						at = append(at, fmt.Sprintf("%s:%d", r.source, r.Line))
					}
				}
				parts = append(parts, fmt.Sprintf("%d (%s)", st, strings.Join(at, ", ")))
			}
			fmt.Fprintf(&b, "| `%s` | %s |\n", c, strings.Join(parts, ", "))
		}
	}
	for _, p := range famOrder {
		fmt.Fprintf(&b, "\n## %s\n\nSpelling `%s`, %d codes.\n\n", p, spelling[p], len(group[p]))
		b.WriteString("| code | constant | status | message | source |\n|---|---|---|---|---|\n")
		for _, c := range group[p] {
			rs := byCode[c]
			amb := ""
			if len(distinctStatuses(rs)) > 1 {
				amb = " **ambiguous**"
			}
			for _, r := range rs {
				st := "-"
				if r.Status != 0 {
					st = strconv.Itoa(r.Status)
				}
				fmt.Fprintf(&b, "| `%s`%s | `%s` | %s | %s | %s:%d |\n", c, amb, pages.ConstName(c), st, textutil.MarkdownCell(r.Message), r.source, r.Line)
			}
		}
	}
	return b.Bytes()
}
