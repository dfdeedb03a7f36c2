package catalogcli

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/errcodelint/errcodelint/catalog"
	"github.com/errcodelint/errcodelint/internal/codeshape"

	"github.com/errcodelint/errcodelint/internal/textutil"
)

// Finding kinds of the catalog audit, in the order the summary lists them.
const (
	KindStatuses = "several-statuses" // a code documented with several HTTP statuses
	KindMessages = "several-messages" // several messages under one status
	KindRepeated = "repeated-across-pages"
	KindSuccess  = "success-status-only" // documented only with 1xx/2xx
	KindShape    = "shape"               // breaks its family's pattern
	KindNoFamily = "no-family"           // no family shape: cannot be recognised in Go code
	KindProse    = "prose-not-in-table"  // prose mentions a code its tables lack
	KindLanguage = "wrong-language"      // a cell in the wrong language for its column
)

// Kinds lists the finding kinds.
var Kinds = []string{KindStatuses, KindMessages, KindRepeated, KindSuccess, KindShape, KindNoFamily, KindProse, KindLanguage}

// Finding is one result of the audit.
type Finding struct {
	Source string
	Line   int
	Kind   string
	Msg    string
}

func (f Finding) String() string {
	if f.Line > 0 {
		return fmt.Sprintf("%s:%d: %s: %s", f.Source, f.Line, f.Kind, f.Msg)
	}
	return fmt.Sprintf("%s: %s: %s", f.Source, f.Kind, f.Msg)
}

func loc(e catalog.Entry) string {
	if e.Line > 0 {
		return e.Source + ":" + strconv.Itoa(e.Line)
	}
	return e.Source
}

func locs(rows []catalog.Entry) string {
	s := make([]string, len(rows))
	for i, e := range rows {
		s[i] = loc(e)
	}
	return strings.Join(s, ", ")
}

// Audit reviews the catalog's pages and returns its findings ordered by
// page (in catalog order) and line.
func Audit(c *catalog.Catalog) []Finding {
	var out []Finding
	add := func(e catalog.Entry, kind, format string, a ...any) {
		out = append(out, Finding{Source: e.Source, Line: e.Line, Kind: kind, Msg: fmt.Sprintf(format, a...)})
	}
	entries := c.Entries()
	var order []string
	byCode := map[string][]catalog.Entry{}
	for _, e := range entries {
		code := string(e.Code)
		if _, ok := byCode[code]; !ok {
			order = append(order, code)
		}
		byCode[code] = append(byCode[code], e)
	}

	// Family digit-length statistics for the shape check.
	famLens := map[string]map[int]int{} // family prefix -> digit count -> codes
	for _, code := range order {
		if f, ok := c.FamilyOf(code); ok {
			if famLens[f.Prefix] == nil {
				famLens[f.Prefix] = map[int]int{}
			}
			_, _, digits, _ := codeshape.Split(code)
			famLens[f.Prefix][len(digits)]++
		}
	}

	for _, code := range order {
		rows := byCode[code]
		sts := c.Statuses(code)
		if len(sts) > 1 {
			var parts []string
			for _, st := range sts {
				var at []catalog.Entry
				for _, e := range rows {
					if e.Status == st {
						at = append(at, e)
					}
				}
				parts = append(parts, fmt.Sprintf("%d (%s)", st, locs(at)))
			}
			add(rows[0], KindStatuses, "%s is documented with %d HTTP statuses: %s", code, len(sts), strings.Join(parts, ", "))
		}
		// Several messages under one status (status 0: documented without one).
		var stOrder []int
		msgs := map[int][]catalog.Entry{}
		for _, e := range rows {
			if _, ok := msgs[e.Status]; !ok {
				stOrder = append(stOrder, e.Status)
			}
			if !slices.ContainsFunc(msgs[e.Status], func(o catalog.Entry) bool { return o.Message == e.Message }) {
				msgs[e.Status] = append(msgs[e.Status], e)
			}
		}
		for _, st := range stOrder {
			if m := msgs[st]; len(m) > 1 {
				what := "status " + strconv.Itoa(st)
				if st == 0 {
					what = "no status"
				}
				add(m[0], KindMessages, "%s has %d different messages under %s: %s", code, len(m), what, locs(m))
			}
		}
		var pages []catalog.Entry
		for _, e := range rows {
			if !slices.ContainsFunc(pages, func(o catalog.Entry) bool { return o.Source == e.Source }) {
				pages = append(pages, e)
			}
		}
		if len(pages) > 1 {
			add(pages[1], KindRepeated, "%s is documented on %d pages: %s", code, len(pages), locs(pages))
		}
		if len(sts) > 0 && sts[len(sts)-1] < 300 {
			add(rows[0], KindSuccess, "%s is documented only with status %s, which is not an error status (an error response carries 4xx or 5xx)", code, statusList(sts))
		}
		if f, ok := c.FamilyOf(code); ok {
			if msg := shapeProblem(code, f, famLens[f.Prefix]); msg != "" {
				add(rows[0], KindShape, "%s", msg)
			}
		} else {
			for _, e := range rows {
				add(e, KindNoFamily, "%s has no family prefix followed by '.' or '_' and digits (as in ModelArts.0204), so errcodelint cannot recognise it in Go code and no check sees it", code)
			}
		}
	}

	out = append(out, proseFindings(c, byCode)...)
	out = append(out, languageFindings(entries)...)

	srcOrder := map[string]int{}
	for _, e := range entries {
		if _, ok := srcOrder[e.Source]; !ok {
			srcOrder[e.Source] = len(srcOrder)
		}
	}
	for _, p := range c.Prose() {
		if _, ok := srcOrder[p.Source]; !ok {
			srcOrder[p.Source] = len(srcOrder)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Source != b.Source {
			return srcOrder[a.Source] < srcOrder[b.Source]
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return slices.Index(Kinds, a.Kind) < slices.Index(Kinds, b.Kind)
	})
	return out
}

// shapeProblem reports a code whose digits break its family's pattern: a
// digit group doubled in front of a code of the family's usual length
// ("OptVerse_1212080002": "12" + "12080002" where the family has 8 digits),
// or a digit count no other code of a sizeable family has.
func shapeProblem(code string, f catalog.Family, lens map[int]int) string {
	_, _, d, _ := codeshape.Split(code)
	k := len(d)
	total := 0
	for _, n := range lens {
		total += n
	}
	var common []int
	for l, n := range lens {
		if l < k && n >= 2 {
			common = append(common, l)
		}
	}
	slices.Sort(common)
	for _, l := range slices.Backward(common) {
		if x, r := d[:k-l], d[k-l:]; len(x) < len(r) && strings.HasPrefix(r, x) {
			return fmt.Sprintf("%s breaks the %s family's pattern: its %d digits look like the group %q doubled in front of %s%c%s (%d digits, like %d of the family's %d codes)",
				code, f.Prefix, k, x, f.Prefix, f.Sep, r, l, lens[l], total)
		}
	}
	if lens[k] == 1 && total >= 5 {
		var others []string
		for l := range lens {
			if l != k {
				others = append(others, strconv.Itoa(l))
			}
		}
		slices.Sort(others)
		return fmt.Sprintf("%s breaks the %s family's pattern: it is the only code with %d digits (the others have %s)", code, f.Prefix, k, strings.Join(others, " or "))
	}
	return ""
}

// proseFindings reports the codes of known families that a page's prose
// mentions (found as the analyzer's -prose check finds them in strings)
// but that its tables lack.
func proseFindings(c *catalog.Catalog, byCode map[string][]catalog.Entry) []Finding {
	var prefixes []string
	for _, f := range c.Families() {
		prefixes = append(prefixes, f.Prefix)
	}
	sc := codeshape.NewScanner(prefixes)
	var out []Finding
	for _, p := range c.Prose() {
		for _, tok := range sc.Mentions(p.Text) {
			rows := byCode[tok]
			if slices.ContainsFunc(rows, func(e catalog.Entry) bool { return e.Source == p.Source }) {
				continue
			}
			msg := fmt.Sprintf("the page's prose mentions %s, which its tables lack", tok)
			switch canon, ok := c.Canonical(tok); {
			case len(rows) > 0:
				msg += "; it is documented on " + locs(rows)
			case ok:
				msg += "; the documented spelling is " + canon
			default:
				if near := c.Nearest(tok, 3); len(near) > 0 {
					msg += "; no page documents it (nearest: " + strings.Join(near, ", ") + ")"
				}
			}
			out = append(out, Finding{Source: p.Source, Line: p.Line, Kind: KindProse, Msg: msg})
		}
	}
	return out
}

type lang int

const (
	langNone lang = iota
	langChinese
	langEnglish
)

func (l lang) String() string {
	return [...]string{"none", "Chinese", "English"}[l]
}

func langOf(s string) lang {
	latin := false
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return langChinese
		}
		if r < 0x80 && unicode.IsLetter(r) {
			latin = true
		}
	}
	if latin {
		return langEnglish
	}
	return langNone
}

// languageFindings flags cells whose language differs from the language of
// most cells of the same column on the same page (at least two thirds of
// them), for example Chinese text in the English message column.
func languageFindings(entries []catalog.Entry) []Finding {
	type col struct {
		name string
		get  func(catalog.Entry) string
	}
	cols := []col{
		{"message", func(e catalog.Entry) string { return e.Message }},
		{"description", func(e catalog.Entry) string { return e.Description }},
		{"remedy", func(e catalog.Entry) string { return e.Remedy }},
	}
	var sources []string
	bySource := map[string][]catalog.Entry{}
	for _, e := range entries {
		if _, ok := bySource[e.Source]; !ok {
			sources = append(sources, e.Source)
		}
		bySource[e.Source] = append(bySource[e.Source], e)
	}
	var out []Finding
	for _, src := range sources {
		rows := bySource[src]
		for _, cl := range cols {
			var n [3]int
			for _, e := range rows {
				n[langOf(cl.get(e))]++
			}
			classified := n[langChinese] + n[langEnglish]
			major := langChinese
			if n[langEnglish] > n[langChinese] {
				major = langEnglish
			}
			if classified < 3 || 3*n[major] < 2*classified || n[major] == classified {
				continue
			}
			for _, e := range rows {
				v := cl.get(e)
				if l := langOf(v); l != langNone && l != major {
					out = append(out, Finding{Source: e.Source, Line: e.Line, Kind: KindLanguage,
						Msg: fmt.Sprintf("%s: the %s column of %s is %s, but this cell is %s: %q", e.Code, cl.name, src, major, l, textutil.Clip(v, 60))})
				}
			}
		}
	}
	return out
}
