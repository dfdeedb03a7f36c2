// Package codeshape is the shape of an error code, written once: a family
// prefix, a '.' or '_' separator and trailing digits ("ModelArts.0204",
// "JOB_MANAGER_12000001", "SVCSTG.CCE-ADDONMGR.4000003"); the key under
// which spellings that differ only in letter case, in '.' versus '_' or in
// surrounding spaces are one code; the families a set of codes forms, with
// the checks every catalog must pass (Set); and where a code starts and
// ends inside text (Scanner).
//
// It is shared by package catalog and its generator, the analyzer,
// `errcodelint catalog check` and the benchmark generator, and imports
// only the standard library. It lives under the module's internal/ rather
// than catalog/internal/ because the analyzer and the catalog command use
// it too.
package codeshape

import (
	"fmt"
	"sort"
	"strings"
)

// DigitsStart returns the index at which the run of ASCII digits that ends
// s starts: len(s) when s does not end in a digit, 0 when s is all digits.
func DigitsStart(s string) int {
	i := len(s)
	for i > 0 && IsDigit(s[i-1]) {
		i--
	}
	return i
}

// IsDigit reports whether b is an ASCII digit.
func IsDigit(b byte) bool { return '0' <= b && b <= '9' }

// IsSep reports whether b separates a family prefix from a code's digits.
func IsSep(b byte) bool { return b == '.' || b == '_' }

// Split splits a code into its family prefix, separator and digits:
// "ModelArts.0204" into "ModelArts", '.', "0204";
// "SVCSTG.CCE-ADDONMGR.4000003" into "SVCSTG.CCE-ADDONMGR", '.', "4000003".
// The separator is the '.' or '_' right before the trailing digits, so a
// prefix may itself contain '.', '_' and '-'. ok is false when s has no
// family shape: no trailing digits, no separator before them, or an empty
// prefix (a bare number such as "4000003", or ".0204").
func Split(s string) (prefix string, sep byte, digits string, ok bool) {
	i := DigitsStart(s)
	if i == len(s) || i < 2 || !IsSep(s[i-1]) {
		return "", 0, "", false
	}
	return s[:i-1], s[i-1], s[i:], true
}

// Key maps every spelling of a code that differs only in letter case, in
// '.' versus '_', or in surrounding spaces to one key: "ModelArts.0204",
// " modelarts_0204" -> "modelarts_0204".
func Key(s string) string {
	b := []byte(strings.ToLower(strings.TrimSpace(s)))
	for i, ch := range b {
		if ch == '.' {
			b[i] = '_'
		}
	}
	return string(b)
}

// AppendKey returns Key(s) in b[:0] for s without surrounding spaces (the
// caller trims them), without allocating when s is ASCII and fits in b.
func AppendKey(b []byte, s string) []byte {
	b = b[:0]
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch >= 0x80:
			return append(b[:0], Key(s)...)
		case 'A' <= ch && ch <= 'Z':
			ch += 'a' - 'A'
		case ch == '.':
			ch = '_'
		}
		b = append(b, ch)
	}
	return b
}

// SameKey reports whether a and b are one spelling under Key, comparing
// byte by byte (ASCII letter case ignored, '.' equal to '_'), without
// trimming spaces and without allocating. Use it to compare text with a
// documented (ASCII) prefix.
func SameKey(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if fold(a[i]) != fold(b[i]) {
			return false
		}
	}
	return true
}

func fold(b byte) byte {
	switch {
	case 'A' <= b && b <= 'Z':
		return b + 'a' - 'A'
	case b == '.':
		return '_'
	}
	return b
}

// Family is a set of codes that share a prefix and a separator, for example
// ModelArts + "." + 4 to 8 digits, or JOB_MANAGER + "_" + 8 digits.
type Family struct {
	Prefix    string // "ModelArts", "JOB_MANAGER", "SVCSTG.CCE-ADDONMGR"
	Sep       byte   // '.' or '_'
	MinDigits int    // fewest digits of any code of the family
	MaxDigits int    // most digits of any code of the family
	Codes     int    // number of distinct codes
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

// Set collects distinct codes and the families they form, and holds the
// checks every catalog of codes must pass: no two codes under one Key (the
// malformed-code check could not tell which one was meant), and one
// spelling of each family's prefix and separator. The zero Set is empty
// and ready to use.
type Set struct {
	byKey map[string]string  // Key(code) -> code
	fams  map[string]*Family // Key(prefix) -> family
	first map[string]string  // Key(prefix) -> the family's first code
}

// Conflict is the error of Set.Add: Code collides with Prev, a code of the
// set that differs from it only in letter case or separator, or (Family)
// spells its family's prefix or separator otherwise than Prev, the first
// code of the family.
type Conflict struct {
	Code, Prev string
	Family     bool
	Spelling   string // the family's spelling (Family.String) when Family
}

func (e *Conflict) Error() string {
	if e.Family {
		return fmt.Sprintf("code %q does not follow its family's spelling %s", e.Code, e.Spelling)
	}
	return fmt.Sprintf("code %q collides with %q (they differ only in case or separator)", e.Code, e.Prev)
}

// Add adds code to the set; adding a code of the set again changes
// nothing. It fails with a *Conflict, leaving the set unchanged, when code
// collides with a code of the set under Key or does not follow the
// spelling of its family. A code without family shape (see Split) is kept
// without a family.
func (s *Set) Add(code string) error {
	if s.byKey == nil {
		s.byKey = map[string]string{}
		s.fams = map[string]*Family{}
		s.first = map[string]string{}
	}
	key := Key(code)
	if prev, ok := s.byKey[key]; ok {
		if prev == code {
			return nil
		}
		return &Conflict{Code: code, Prev: prev}
	}
	prefix, sep, digits, ok := Split(code)
	if ok {
		fk := Key(prefix)
		f := s.fams[fk]
		if f == nil {
			f = &Family{Prefix: prefix, Sep: sep, MinDigits: len(digits), MaxDigits: len(digits)}
			s.fams[fk] = f
			s.first[fk] = code
		} else if f.Prefix != prefix || f.Sep != sep {
			return &Conflict{Code: code, Prev: s.first[fk], Family: true, Spelling: f.String()}
		}
		f.MinDigits = min(f.MinDigits, len(digits))
		f.MaxDigits = max(f.MaxDigits, len(digits))
		f.Codes++
	}
	s.byKey[key] = code
	return nil
}

// Lookup returns the code of the set whose Key is key.
func (s *Set) Lookup(key string) (string, bool) {
	code, ok := s.byKey[key]
	return code, ok
}

// Keys returns the set's map from Key(code) to code. Do not modify it.
func (s *Set) Keys() map[string]string { return s.byKey }

// Families returns the families of the set's codes, sorted by prefix.
func (s *Set) Families() []Family {
	out := make([]Family, 0, len(s.fams))
	for _, f := range s.fams {
		out = append(out, *f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Prefix < out[j].Prefix })
	return out
}

// IsWordByte reports whether b continues the word a code is part of: an
// ASCII letter, a digit, '_' or '.'. A code mentioned in text stands
// between bytes that are not word bytes, except that a '.' right after it
// may end the sentence (see Scanner): "v1.2.3", "xModelArts.0204" and
// "ModelArts.0204.json" mention no code.
func IsWordByte(b byte) bool {
	return b == '_' || b == '.' || IsDigit(b) || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// Scanner finds the codes of given families mentioned in text. It is safe
// for concurrent use.
type Scanner struct {
	prefixes []string
	first    [256]bool // first bytes of the prefixes, in both cases
}

// NewScanner returns a Scanner for codes of the families with the given
// prefixes. Where two prefixes match at one place, the earlier one that
// is followed by a separator and digits wins.
func NewScanner(prefixes []string) *Scanner {
	sc := &Scanner{}
	for _, p := range prefixes {
		if p == "" {
			continue
		}
		sc.prefixes = append(sc.prefixes, p)
		b := p[0]
		sc.first[b] = true
		sc.first[fold(b)] = true
		if 'a' <= b && b <= 'z' {
			sc.first[b-'a'+'A'] = true
		}
	}
	return sc
}

// Mentions returns the codes mentioned in s, in order: a family prefix (in
// any letter case, '.' or '_' alike) at a word start, a '.' or '_'
// separator, one or more digits and a word end (IsWordByte), where a '.'
// followed by a non-word byte or the end of s also ends the word.
func (sc *Scanner) Mentions(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if !sc.first[s[i]] || i > 0 && IsWordByte(s[i-1]) {
			continue
		}
		for _, p := range sc.prefixes {
			n := len(p)
			if i+n+1 >= len(s) || !SameKey(s[i:i+n], p) || !IsSep(s[i+n]) {
				continue
			}
			end := i + n + 1
			for end < len(s) && IsDigit(s[end]) {
				end++
			}
			if end == i+n+1 {
				continue
			}
			if end < len(s) && IsWordByte(s[end]) && !(s[end] == '.' && (end+1 == len(s) || !IsWordByte(s[end+1]))) {
				continue // part of a longer word: "ModelArts.0204x", "ModelArts.0204.json"
			}
			out = append(out, s[i:end])
			i = end - 1
			break
		}
	}
	return out
}
