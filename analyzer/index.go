package analyzer

import (
	"strconv"
	"strings"
	"sync"

	"github.com/errcodelint/errcodelint/catalog"
	"github.com/errcodelint/errcodelint/internal/codeshape"
)

// index is what the pass needs from a catalog, built once per catalog. The
// prefilter (families, first bytes, lengths) is built from the families
// alone; the catalog and the table of codes only when a string of a
// family's shape needs them (catalog and codeInfo), so that a process that
// meets none, as go vet's are on most packages, never builds them.
type index struct {
	load     func() *catalog.Catalog // the catalog, built on first use
	once     sync.Once
	cat      *catalog.Catalog     // see catalog
	codes    map[string]*codeInfo // see codeInfo
	families []catalog.Family
	// first[b] is true when a string starting with byte b may be a code or a
	// near miss of one: the first letter of a family prefix in either case,
	// or a space.
	first [256]bool
	// regexpFirst additionally admits the bytes a regular expression for a
	// code may start with.
	regexpFirst [256]bool
	// mentions finds the codes of the families mentioned in text (-prose).
	mentions *codeshape.Scanner
	minLen   int // shortest possible code: shortest prefix + sep + fewest digits
	maxLen   int // longest string that can be a code or a near miss

	mu        sync.Mutex
	unknown   map[string]string // unknownMessage results, at most maxUnknownCache
	described map[string]string // describe results (documented codes only)
}

// codeInfo is what the pass uses about one documented code, computed once
// per catalog.
type codeInfo struct {
	code      string // the catalog's spelling
	statuses  []int  // documented statuses
	inDefault bool   // in the built-in catalog, so the default constants package has it
	// Built on first use (most codes of a catalog are never seen): the
	// constant's name (catalog.ConstName) and the use-constant texts for
	// the qualifier defaultQual.
	once sync.Once
	name string
	text useText
}

// constName returns catalog.ConstName(ci.code), computed once.
func (ci *codeInfo) constName() string {
	ci.once.Do(func() {
		ci.name = catalog.ConstName(ci.code)
		ci.text = newUseText(defaultQual, ci.code, ci.name)
	})
	return ci.name
}

// defaultQual is the usual qualifier of the default constants package.
const defaultQual = "codes"

// newIndex returns the index of the catalog that load returns, whose
// families and MaxLen are the ones given.
func newIndex(families []catalog.Family, maxLen int, load func() *catalog.Catalog) *index {
	ix := &index{load: load, families: families, maxLen: maxLen, minLen: 1 << 30}
	for _, f := range ix.families {
		if f.Prefix == "" {
			continue
		}
		b := f.Prefix[0]
		ix.first[b] = true
		ix.first[lower(b)] = true
		ix.first[upper(b)] = true
		// A code within one digit of the family's range is checked (see
		// inShape): the bounds make room for it.
		ix.minLen = min(ix.minLen, len(f.Prefix)+1+max(f.MinDigits-1, 1))
		ix.maxLen = max(ix.maxLen, len(f.Prefix)+1+f.MaxDigits+1)
	}
	if ix.minLen == 1<<30 {
		ix.minLen = 3
	}
	prefixes := make([]string, len(ix.families))
	for i, f := range ix.families {
		prefixes[i] = f.Prefix
	}
	ix.mentions = codeshape.NewScanner(prefixes)
	ix.first[' '] = true
	ix.first['\t'] = true
	ix.regexpFirst = ix.first
	ix.regexpFirst['^'] = true
	ix.regexpFirst['('] = true
	return ix
}

// indexOf returns the index of a catalog already built.
func indexOf(cat *catalog.Catalog) *index {
	return newIndex(cat.Families(), cat.MaxLen(), func() *catalog.Catalog { return cat })
}

// catalog returns the catalog, building it and the table of codes on
// first use.
func (ix *index) catalog() *catalog.Catalog {
	ix.once.Do(ix.build)
	return ix.cat
}

// codeInfo returns what the pass uses about the documented code (exact
// spelling), or nil.
func (ix *index) codeInfo(code string) *codeInfo {
	ix.once.Do(ix.build)
	return ix.codes[code]
}

// build builds the catalog and, for every documented code, what the pass
// needs about it, so that a code costs one map lookup.
func (ix *index) build() {
	cat := ix.load()
	def := catalog.Default()
	ix.codes = make(map[string]*codeInfo, len(cat.Codes()))
	for _, code := range cat.Codes() {
		ix.codes[code] = &codeInfo{
			code:      code,
			statuses:  cat.Statuses(code),
			inDefault: cat == def || def.Known(code),
		}
	}
	ix.cat = cat
}

// candidate is the prefilter for a string literal v (with its quotes): can
// it be a code, a near miss of one, or a regexp pattern for one? It looks at
// the length and the first byte only and never allocates.
func (ix *index) candidate(v string) bool {
	if len(v) < 3 {
		return false
	}
	n := len(v) - 2
	if n < ix.minLen || !ix.regexpFirst[v[1]] {
		return false
	}
	return n <= ix.maxLen || !ix.first[v[1]] && n <= 16*ix.maxLen
}

func lower(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

func upper(b byte) byte {
	if 'a' <= b && b <= 'z' {
		return b - 'a' + 'A'
	}
	return b
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' }

// familyOf reports whether s, apart from leading and trailing spaces, is a
// prefix of a known family (in any letter case, with either separator inside
// the prefix), a '.' or '_' separator and one or more digits. It does not
// allocate.
func (ix *index) familyOf(s string) (catalog.Family, bool) {
	i, j := 0, len(s)
	for i < j && isSpace(s[i]) {
		i++
	}
	for j > i && isSpace(s[j-1]) {
		j--
	}
	prefix, _, _, ok := codeshape.Split(s[i:j])
	if !ok {
		return catalog.Family{}, false
	}
	for _, f := range ix.families {
		// Most codes are written as the catalog spells them: the exact
		// comparison is the cheaper one.
		if prefix == f.Prefix || codeshape.SameKey(prefix, f.Prefix) {
			return f, true
		}
	}
	return catalog.Family{}, false
}

// describe lists the documented meanings of code: `400 "A" and 401 "B"`,
// computed once per code.
func (ix *index) describe(code string) string {
	ix.mu.Lock()
	d, ok := ix.described[code]
	ix.mu.Unlock()
	if !ok {
		d = ix.buildDescription(code)
		ix.mu.Lock()
		if ix.described == nil {
			ix.described = make(map[string]string)
		}
		ix.described[code] = d
		ix.mu.Unlock()
	}
	return d
}

func (ix *index) buildDescription(code string) string {
	rows := ix.catalog().Lookup(code)
	// Rows from several pages (two services documenting one code) name
	// their pages, so that the finding carries both sources.
	pages := false
	for _, e := range rows {
		pages = pages || e.Source != rows[0].Source
	}
	var parts []string
	var at [][]string
	index := map[string]int{}
	for _, e := range rows {
		var p string
		if e.Status != 0 {
			p = strconv.Itoa(e.Status) + " " + strconv.Quote(e.Message)
		} else {
			p = strconv.Quote(e.Message) + " (no status)"
		}
		i, ok := index[p]
		if !ok {
			i = len(parts)
			index[p] = i
			parts = append(parts, p)
			at = append(at, nil)
		}
		loc := e.Source
		if e.Line > 0 {
			loc += ":" + strconv.Itoa(e.Line)
		}
		at[i] = append(at[i], loc)
	}
	if pages {
		for i := range parts {
			parts[i] += " on " + strings.Join(at[i], ", ")
		}
	}
	return joinAnd(parts)
}

func joinAnd(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

func joinInts(xs []int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = strconv.Itoa(x)
	}
	return joinOr(parts)
}

func joinOr(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1]
}
