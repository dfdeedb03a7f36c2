package analyzer

import (
	"fmt"
	"go/ast"
)

// repeatedRule reports the second and later occurrences of a code in one
// group: an || chain on the same expression, a literal, a case list or an
// argument list.
func repeatedRule(ps *passState, o *occurrence) {
	if o.ci == nil || o.inText() || o.st.group == nil {
		return
	}
	// Spellings of one code count as one, unless the catalog's spelling is
	// in the group: then the group maps or accepts the variants on purpose
	// and only the same spelling twice repeats.
	code := o.ci.code
	if o.s != code && ps.groupHas(o.st.group, code) {
		code = o.s
	}
	k := repKey{o.st.group, o.st.groupKey, code}
	if ps.seen == nil {
		ps.seen = make(map[repKey]bool)
	}
	if ps.seen[k] {
		ps.report(o.n, CatRepeated, fmt.Sprintf("error code %q repeated in the same %s", code, o.st.groupKind), nil)
	}
	ps.seen[k] = true
}

// repKey is a code in a repetition group.
type repKey struct {
	group     ast.Node
	key, code string
}
