package analyzer

import "fmt"

// ambiguousRule reports a code documented with several statuses where the
// site ties none. Declarations are not reported: the uses of the constant
// are.
func ambiguousRule(ps *passState, o *occurrence) {
	if o.ci == nil || o.inText() || o.st.negated || o.st.decl {
		return
	}
	if len(o.ci.statuses) > 1 && len(o.st.statuses) == 0 && len(o.st.ties) == 0 {
		ps.report(o.n, CatAmbiguous, fmt.Sprintf("ambiguous error code %q: documented as %s; check the status too",
			o.ci.code, ps.ix.describe(o.ci.code)), nil)
	}
}
