package catalog

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/errcodelint/errcodelint/internal/codeshape"
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
	Prefix    string // "ModelArts", "JOB_MANAGER", "SVCSTG.CCE-ADDONMGR"
	Sep       byte   // '.' or '_'
	MinDigits int    // fewest digits of any documented code of the family
	MaxDigits int    // most digits of any documented code of the family
	Codes     int    // number of distinct documented codes
}

// String returns the family's spelling, for example "ModelArts.NNNN" or
// "OptVerse_NNNNNNNN..NNNNNNNNNN".
func (f Family) String() string { return codeshape.Family(f).String() }

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
// tell which one was meant, or if a code spells its family's prefix or
// separator differently from an earlier code of the family. The catalog
// generator runs the same checks (codeshape.Set) on the built-in pages.
func New(entries []Entry) (*Catalog, error) {
	c := &Catalog{
		entries:  entries,
		byCode:   make(map[string][]Entry),
		famByKey: make(map[string]int),
	}
	var set codeshape.Set
	for _, e := range entries {
		code := string(e.Code)
		if _, ok := c.byCode[code]; !ok {
			if err := set.Add(code); err != nil {
				return nil, fmt.Errorf("%s:%d: %v", e.Source, e.Line, err)
			}
			c.codes = append(c.codes, code)
			if len(code) > c.maxLen {
				c.maxLen = len(code)
			}
		}
		c.byCode[code] = append(c.byCode[code], e)
	}
	c.byKey = set.Keys()
	sort.Strings(c.codes)
	for i, f := range set.Families() {
		c.families = append(c.families, Family(f))
		c.famByKey[NormalizeKey(f.Prefix)] = i
	}
	c.maxLen += maxLenSlack
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

// NormalizeKey maps every spelling of a code that differs only in letter
// case, in '.' versus '_', or in surrounding spaces to one key.
func NormalizeKey(s string) string { return codeshape.Key(s) }

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
	key := codeshape.AppendKey(buf[:0], s)
	code, ok = c.byKey[string(key)]
	return code, ok
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
	prefix, _, _, ok := codeshape.Split(s)
	if !ok || len(prefix) > 64 {
		return Family{}, false
	}
	var buf [64]byte
	key := codeshape.AppendKey(buf[:0], prefix) // lower case, '.' -> '_'
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

// maxLenSlack is what MaxLen adds to the longest code: room for stray
// spaces and extra digits in near-misses.
const maxLenSlack = 8

// DefaultFamilies returns Default().Families() without building the
// catalog: the generator writes them beside the rows. A process that meets
// no string of a known family's shape (a go vet run on most packages)
// thus never builds the catalog.
func DefaultFamilies() []Family { return builtinFamilies() }

// DefaultMaxLen returns Default().MaxLen() without building the catalog.
func DefaultMaxLen() int { return builtinMaxCodeLen + maxLenSlack }

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
