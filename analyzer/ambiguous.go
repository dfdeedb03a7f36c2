package analyzer

import "fmt"

// ambiguousRule reports a code documented with several statuses where it
// is matched against a value (see site.matched) and the site ties no
// status. Building a value (struct fields, literal elements, returns,
// assignments, other call arguments) is not reported, nor are
// declarations: the uses of the constant are.
func ambiguousRule(ps *passState, o *occurrence) {
	if o.ci == nil || o.inText() || o.st.negated || o.st.decl || !o.st.matched {
		return
	}
	if len(o.ci.statuses) > 1 && len(o.st.statuses) == 0 && len(o.st.ties) == 0 {
		ps.report(o.n, CatAmbiguous, fmt.Sprintf("ambiguous error code %q: documented as %s; check the status too",
			o.ci.code, ps.ix.describe(o.ci.code)), nil)
	}
}
