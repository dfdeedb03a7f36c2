package catalog

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Code is an error code as the vendor documents it, for example
// "ModelArts.0204" or "OptVerse_10000001".
type Code string

// Entry is one documented row of an error-code page. Rows are never merged:
// a code documented twice (with two statuses, or two messages) has two entries.
type Entry struct {
	Code        Code   `json:"code"`
	Status      int    `json:"status"`      // HTTP status; 0 where the page documents none (OCR)
	Message     string `json:"message"`     // English error message (error_msg)
	Description string `json:"description"` // Chinese description
	Remedy      string `json:"remedy"`      // what to do about it
	Service     string `json:"service"`     // ModelArts, MaaS, OCR, OptVerse, or a user page's service
	Source      string `json:"source"`      // page file name, for example "modelarts.md"
	Module      string `json:"module"`      // module column where the page has one (OCR), else ""
	Line        int    `json:"-"`           // 1-based line of the row in Source
}

// Family is a set of codes that share a prefix and a separator, for example
// ModelArts + "." + 4 to 8 digits, or JOB_MANAGER + "_" + 8 digits.
type Family struct {
	Prefix    string // "ModelArts", "JOB_MANAGER"
	Sep       byte   // '.' or '_'
	MinDigits int    // fewest digits of any documented code of the family
	MaxDigits int    // most digits of any documented code of the family
	Codes     int    // number of distinct documented codes
}

// String returns the family's spelling, for example "ModelArts.NNNN" or
// "OptVerse_NNNNNNNN..NNNNNNNNNN".
func (f Family) String() string {
	s := f.Prefix + string(f.Sep) + strings.Repeat("N", f.MinDigits)
	if f.MaxDigits != f.MinDigits {
		s += ".." + strings.Repeat("N", f.MaxDigits)
	}
	return s
}

// Catalog is an immutable, indexed set of documented rows. It is safe for
// concurrent use. Build one with New, Default or Load, once per process.
type Catalog struct {
	entries  []Entry
	byCode   map[string][]Entry  // exact spelling -> rows in page order
	byKey    map[string]string   // NormalizeKey(code) -> exact spelling
	families []Family            // sorted by prefix
	famByKey map[string]int      // NormalizeKey(prefix) -> index into families
	codes    []string            // distinct codes, sorted
	maxLen   int                 // longest code, plus slack for near-misses
	prose    []Prose             // page text outside the tables (Default, Load)
	near     nearIndex           // precomputed lists for Nearest
	statuses map[string][]int    // code -> distinct non-zero statuses, sorted
	owners   map[string][]string // NormalizeKey(family prefix) -> owning pages (owners.go)
}

// New indexes entries (in page order). It fails if two distinct codes
// collide under NormalizeKey, because the malformed-code check could then not
// tell which one was meant.
func New(entries []Entry) (*Catalog, error) {
	c := &Catalog{
		entries:  entries,
		byCode:   make(map[string][]Entry),
		byKey:    make(map[string]string),
		famByKey: make(map[string]int),
	}
	fams := map[string]*Family{}
	for _, e := range entries {
		code := string(e.Code)
		if _, ok := c.byCode[code]; !ok {
			key := NormalizeKey(code)
			if prev, ok := c.byKey[key]; ok {
				return nil, fmt.Errorf("%s:%d: code %q collides with %q (they differ only in case or separator)", e.Source, e.Line, code, prev)
			}
			c.byKey[key] = code
			c.codes = append(c.codes, code)
			if len(code) > c.maxLen {
				c.maxLen = len(code)
			}
			if prefix, sep, digits, ok := splitCode(code); ok {
				fk := NormalizeKey(prefix)
				f := fams[fk]
				if f == nil {
					f = &Family{Prefix: prefix, Sep: sep, MinDigits: len(digits), MaxDigits: len(digits)}
					fams[fk] = f
				} else if f.Prefix != prefix || f.Sep != sep {
					return nil, fmt.Errorf("%s:%d: code %q does not follow its family's spelling %s", e.Source, e.Line, code, f.String())
				}
				f.MinDigits = min(f.MinDigits, len(digits))
				f.MaxDigits = max(f.MaxDigits, len(digits))
				f.Codes++
			}
		}
		c.byCode[code] = append(c.byCode[code], e)
	}
	sort.Strings(c.codes)
	for _, f := range fams {
		c.families = append(c.families, *f)
	}
	sort.Slice(c.families, func(i, j int) bool { return c.families[i].Prefix < c.families[j].Prefix })
	for i, f := range c.families {
		c.famByKey[NormalizeKey(f.Prefix)] = i
	}
	c.maxLen += 8 // room for stray spaces and extra digits in near-misses
	c.near = buildNearIndex(c)
	c.statuses = make(map[string][]int, len(c.codes))
	for _, code := range c.codes {
		var sts []int
		for _, e := range c.byCode[code] {
			if e.Status != 0 && !slices.Contains(sts, e.Status) {
				sts = append(sts, e.Status)
			}
		}
		slices.Sort(sts)
		c.statuses[code] = slices.Clip(sts)
	}
	c.setOwners(familyOwners(entries))
	return c, nil
}

// splitCode splits "ModelArts.0204" into "ModelArts", '.', "0204". The
// separator is the last '.' or '_' before a non-empty run of trailing digits.
func splitCode(s string) (prefix string, sep byte, digits string, ok bool) {
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	if i == len(s) || i < 2 || (s[i-1] != '.' && s[i-1] != '_') {
		return "", 0, "", false
	}
	return s[:i-1], s[i-1], s[i:], true
}

// NormalizeKey maps every spelling of a code that differs only in letter
// case, in '.' versus '_', or in surrounding spaces to one key.
func NormalizeKey(s string) string {
	s = strings.TrimSpace(s)
	b := []byte(strings.ToLower(s))
	for i, ch := range b {
		if ch == '.' {
			b[i] = '_'
		}
	}
	return string(b)
}

// Entries returns every documented row, in page order. Do not modify it.
func (c *Catalog) Entries() []Entry { return c.entries }

// Codes returns the distinct codes, sorted.
func (c *Catalog) Codes() []string { return c.codes }

// Lookup returns all documented rows of code (exact spelling), in page order,
// or nil if the code is not documented.
func (c *Catalog) Lookup(code string) []Entry { return c.byCode[code] }

// Known reports whether code (exact spelling) is documented.
func (c *Catalog) Known(code string) bool { _, ok := c.byCode[code]; return ok }

// Canonical returns the documented spelling of s when s differs from it only
// in letter case, '.' versus '_', or leading and trailing spaces. It returns
// s itself for an exact match and ok=false when nothing matches. It does not
// allocate.
func (c *Catalog) Canonical(s string) (code string, ok bool) {
	if _, ok := c.byCode[s]; ok {
		return s, true
	}
	s = strings.TrimSpace(s)
	if len(s) > c.maxLen {
		return "", false
	}
	var buf [128]byte
	key := appendKey(buf[:0], s)
	code, ok = c.byKey[string(key)]
	return code, ok
}

// appendKey appends NormalizeKey(s) to b for ASCII s, and s lower-cased by
// strings.ToLower otherwise.
func appendKey(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch >= 0x80:
			return append(b[:0], NormalizeKey(s)...)
		case ch >= 'A' && ch <= 'Z':
			ch += 'a' - 'A'
		case ch == '.':
			ch = '_'
		}
		b = append(b, ch)
	}
	return b
}

// Statuses returns the distinct non-zero HTTP statuses documented for code,
// sorted. It is empty for unknown codes and for codes documented without a
// status. The slice is shared: do not modify it.
func (c *Catalog) Statuses(code string) []int { return c.statuses[code] }

// Ambiguous reports whether code is documented with several distinct HTTP
// statuses, so that the code alone does not say what went wrong.
func (c *Catalog) Ambiguous(code string) bool { return len(c.statuses[code]) > 1 }

// Families returns the known code families, sorted by prefix.
func (c *Catalog) Families() []Family { return c.families }

// FamilyOf reports the family whose shape s has: a known prefix (in any
// letter case), a '.' or '_' separator and one or more digits, possibly with
// surrounding spaces. It is how the analyzer decides that a string is meant
// as an error code at all: strings of unknown families are never codes.
func (c *Catalog) FamilyOf(s string) (Family, bool) {
	s = strings.TrimSpace(s)
	prefix, _, _, ok := splitCode(s)
	if !ok || len(prefix) > 64 {
		return Family{}, false
	}
	var buf [64]byte
	key := appendKey(buf[:0], prefix) // lower case, '.' -> '_'
	i, ok := c.famByKey[string(key)]
	if !ok {
		return Family{}, false
	}
	return c.families[i], true
}

// MaxLen is an upper bound on the length of any string that can be a code or
// a near miss of one; longer strings need not be examined.
func (c *Catalog) MaxLen() int { return c.maxLen }

var (
	defaultOnce sync.Once
	defaultCat  *Catalog
)

// Default returns the built-in catalog generated from the vendor's pages. It
// is built once per process.
func Default() *Catalog {
	defaultOnce.Do(func() {
		c, err := New(builtinEntries())
		if err != nil {
			panic("catalog: built-in catalog is inconsistent: " + err.Error())
		}
		c.prose = builtinProse()
		c.setOwners(builtinOwners())
		defaultCat = c
	})
	return defaultCat
}
