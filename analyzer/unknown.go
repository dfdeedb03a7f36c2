package analyzer

import (
	"fmt"
	"strings"

	"github.com/errcodelint/errcodelint/catalog"
	"github.com/errcodelint/errcodelint/internal/codeshape"
)

// unknownRule reports a literal code that the catalog does not document.
// A constant's value is reported where the constant is declared, not at
// each use.
func unknownRule(ps *passState, o *occurrence) {
	if o.ci != nil || o.lit == nil && !o.expr {
		return
	}
	if !ps.ix.owned(o.fam) {
		// No loaded page is the family's own page (the OCR page lists
		// only the APIG codes OCR passes through): the catalog cannot
		// know the family's other codes.
		return
	}
	if !inShape(o.s, o.fam, o.st.match) {
		// "OptVerse_1", "AIS.123456": too far from the family's documented
		// digit counts to be one of its codes.
		return
	}
	if o.st.match == matchProse {
		if !prefixSpelledAsFamily(o.s, o.fam) {
			return // "ais_0": a name, as in a literal of its own
		}
		ps.report(o.n, CatUnknown, ps.ix.unknownMessage(o.s, o.fam)+" (mentioned in text)"+recordHint(o.s), nil)
		return
	}
	if o.st.match.partial() && ps.partialKnown(strings.TrimSpace(o.s), o.st.match) {
		return
	}
	if !o.st.fold && !prefixSpelledAsFamily(o.s, o.fam) {
		// "ais_2", "modelarts_1": another letter case of the prefix and
		// no documented code behind it is more likely a name than a code;
		// compared regardless of letter case, it is a code.
		return
	}
	ps.report(o.n, CatUnknown, ps.ix.unknownMessage(o.s, o.fam)+recordHint(o.s), nil)
}

// inShape reports whether s has a digit count within one of fam's
// documented range (MinDigits-1 to MaxDigits+1); a prefix or substring
// matched (strings.HasPrefix, Contains, HasSuffix) may have fewer digits.
func inShape(s string, fam catalog.Family, m matchKind) bool {
	_, _, digits, ok := codeshape.Split(strings.TrimSpace(s))
	if !ok {
		return false
	}
	n := len(digits)
	return n <= fam.MaxDigits+1 && (m.partial() || n >= fam.MinDigits-1)
}

// owned reports whether a loaded page is fam's own page (catalog.Owners),
// so that a code of fam the catalog does not list is unknown.
func (ix *index) owned(fam catalog.Family) bool { return len(ix.cat.Owners(fam.Prefix)) > 0 }

// recordHint says what to do when the service really returns the unknown
// code s: record it in the project's catalog page, with the row to add.
func recordHint(s string) string {
	return fmt.Sprintf("; if the service returns it, record it in the project's catalog page (-catalog, or the catalog: key of .errcodelint.yml), e.g. | <status> | %s | <error message> |", strings.TrimSpace(s))
}

// partialKnown reports whether a prefix, suffix or substring (per m) of some
// documented code is s, so that strings.HasPrefix(code, "ModelArts.02") is
// not an unknown code.
func (ps *passState) partialKnown(s string, m matchKind) bool {
	for _, code := range ps.ix.catalog().Codes() {
		switch m {
		case matchPrefix:
			if strings.HasPrefix(code, s) {
				return true
			}
		case matchSuffix:
			if strings.HasSuffix(code, s) {
				return true
			}
		case matchContains:
			if strings.Contains(code, s) {
				return true
			}
		}
	}
	return false
}

// prefixSpelledAsFamily reports whether s (apart from surrounding spaces)
// starts with the family's prefix in its documented letter case; a '.' for
// '_' inside the prefix is tolerated ("JOB.MANAGER_12050009").
func prefixSpelledAsFamily(s string, fam catalog.Family) bool {
	s = strings.TrimLeft(s, " \t")
	if len(s) < len(fam.Prefix) {
		return false
	}
	for i := 0; i < len(fam.Prefix); i++ {
		a, b := s[i], fam.Prefix[i]
		if a != b && !(codeshape.IsSep(a) && codeshape.IsSep(b)) {
			return false
		}
	}
	return true
}

// maxUnknownCache bounds the unknown-code messages kept: real code has a
// handful of distinct unknown codes; generated or hostile code may have
// any number, and those are computed each time beyond the bound.
const maxUnknownCache = 4096

// unknownMessage explains an unknown code: the family's spelling and the
// nearest documented codes. The search for the nearest codes costs tens of
// microseconds, so results are kept per distinct string (fam is a function
// of s).
func (ix *index) unknownMessage(s string, fam catalog.Family) string {
	ix.mu.Lock()
	msg, ok := ix.unknown[s]
	ix.mu.Unlock()
	if ok {
		return msg
	}
	msg = ix.buildUnknownMessage(s, fam)
	ix.mu.Lock()
	if len(ix.unknown) < maxUnknownCache {
		if ix.unknown == nil {
			ix.unknown = make(map[string]string)
		}
		// s may be cut from a long literal (-prose): the copy keeps only
		// the code alive, as the index lives as long as the process.
		ix.unknown[strings.Clone(s)] = msg
	}
	ix.mu.Unlock()
	return msg
}

func (ix *index) buildUnknownMessage(s string, fam catalog.Family) string {
	var b strings.Builder
	fmt.Fprintf(&b, "unknown error code %q: not in the catalog", s)
	trimmed := strings.TrimSpace(s)
	if p := len(fam.Prefix); len(trimmed) > p && (trimmed[:p] != fam.Prefix || trimmed[p] != fam.Sep) {
		fmt.Fprintf(&b, "; the %s family is spelled %s", fam.Prefix, fam.String())
	} else {
		fmt.Fprintf(&b, " (family %s)", fam.String())
	}
	if near := ix.catalog().Nearest(trimmed, 5); len(near) > 0 {
		fmt.Fprintf(&b, "; nearest documented: %s", strings.Join(near, ", "))
	}
	return b.String()
}
