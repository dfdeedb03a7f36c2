package analyzer

import "fmt"

// mismatchRule reports a code tied to a status (see site.tiedStatuses) that
// none of its documented rows has. Codes documented without a status never
// mismatch.
func mismatchRule(ps *passState, o *occurrence) {
	if o.ci == nil || o.inText() || o.st.negated {
		return // x != code says nothing about which status goes with the code
	}
	documented := o.ci.statuses
	if len(o.st.ties) > 0 && len(documented) > 0 {
		var bad []varTie
		for _, t := range o.st.ties {
			if !intersects(t.statuses, documented) {
				bad = append(bad, t)
			}
		}
		if len(bad) > 0 {
			ps.report(o.n, CatMismatch, fmt.Sprintf("error code %q is tied to %s, but the catalog documents it only as %s",
				o.ci.code, ps.tieList(bad), ps.ix.describe(o.ci.code)), nil)
		}
		return
	}
	if len(o.st.statuses) > 0 && len(documented) > 0 && !intersects(o.st.statuses, documented) {
		ps.report(o.n, CatMismatch, fmt.Sprintf("error code %q is tied to status %s here, but the catalog documents it only as %s",
			o.ci.code, joinInts(o.st.statuses), ps.ix.describe(o.ci.code)), nil)
	}
}

func intersects(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
