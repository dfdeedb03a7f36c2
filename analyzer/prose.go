package analyzer

import (
	"fmt"
	"go/ast"
	"strconv"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// prose checks codes mentioned inside a longer string (-prose): unknown and
// malformed codes only, without fixes.
func (ps *passState) prose(c inspector.Cursor, n *ast.BasicLit) {
	switch c.ParentEdgeKind() {
	case edge.ImportSpec_Path, edge.Field_Tag:
		return
	}
	s, err := strconv.Unquote(n.Value)
	if err != nil || len(s) < ps.ix.minLen {
		return
	}
	for _, tok := range ps.proseTokens(s) {
		if ps.ix.cat.Known(tok) {
			continue
		}
		fam, _ := ps.ix.familyOf(tok)
		if canon, ok := ps.ix.cat.Canonical(tok); ok {
			ps.report(n, CatMalformed, fmt.Sprintf("malformed error code %q in text: the catalog spells it %q", tok, canon), nil)
			continue
		}
		ps.report(n, CatUnknown, ps.ix.unknownMessage(tok, fam)+" (mentioned in text)", nil)
	}
}

// proseTokens finds the code-shaped words in s: a family prefix (any case,
// either separator) at a word boundary, a separator, digits, a word end
// (codeshape.Scanner.Mentions).
func (ps *passState) proseTokens(s string) []string { return ps.ix.mentions.Mentions(s) }
