package analyzer

import (
	"go/ast"
	"strconv"
	"strings"

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
	from := 0
	for _, tok := range ps.proseTokens(s) {
		i := strings.Index(s[from:], tok)
		if i < 0 {
			continue
		}
		i += from
		from = i + len(tok)
		if i > 0 && s[i-1] == '/' || from < len(s) && (s[from] == '/' || s[from] == '%') {
			// A path segment ("/mnt/ais_0", "%s/ModelArts.9999/x") or a
			// format ("ModelArts.0%d"): not a code.
			continue
		}
		fam, _ := ps.ix.familyOf(tok)
		ps.code(occurrence{c: c, n: n, lit: n, s: tok, fam: fam, st: site{match: matchProse}})
	}
}

// proseTokens finds the code-shaped words in s: a family prefix (any case,
// either separator) at a word boundary, a separator, digits, a word end
// (codeshape.Scanner.Mentions).
func (ps *passState) proseTokens(s string) []string { return ps.ix.mentions.Mentions(s) }
