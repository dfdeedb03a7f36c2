package analyzer

import (
	"go/ast"
	"strconv"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// prose checks codes mentioned inside a longer string (-prose); the checks
// see them in text (occurrence.inText): only their spelling is checked.
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
		fam, _ := ps.ix.familyOf(tok)
		ps.code(occurrence{c: c, n: n, lit: n, s: tok, fam: fam, st: site{match: matchProse}})
	}
}

// proseTokens finds the code-shaped words in s: a family prefix (any case,
// either separator) at a word boundary, a separator, digits, a word end
// (codeshape.Scanner.Mentions).
func (ps *passState) proseTokens(s string) []string { return ps.ix.mentions.Mentions(s) }
