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
	fs := ps.file
	k := repKey{o.st.group, o.st.groupKey, o.ci.code}
	if fs.seen == nil {
		fs.seen = make(map[repKey]bool)
	}
	if fs.seen[k] {
		ps.report(o.n, CatRepeated, fmt.Sprintf("error code %q repeated in the same %s", o.ci.code, o.st.groupKind), nil)
	}
	fs.seen[k] = true
}

// repKey is a code in a repetition group.
type repKey struct {
	group     ast.Node
	key, code string
}
