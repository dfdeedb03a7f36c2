package analyzer

import (
	"fmt"
	"go/ast"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

func isWordByte(b byte) bool {
	return b == '_' || b == '.' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

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
// either separator) at a word boundary, a separator, digits, a word end.
func (ps *passState) proseTokens(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if !ps.ix.first[s[i]] || s[i] == ' ' || s[i] == '\t' || i > 0 && isWordByte(s[i-1]) && s[i-1] != '.' {
			continue
		}
		if i > 0 && s[i-1] == '.' {
			continue
		}
		for _, f := range ps.ix.families {
			p := len(f.Prefix)
			if i+p+1 >= len(s) || !sameLoose(s[i:i+p], f.Prefix) || s[i+p] != '.' && s[i+p] != '_' {
				continue
			}
			j := i + p + 1
			for j < len(s) && '0' <= s[j] && s[j] <= '9' {
				j++
			}
			if j == i+p+1 {
				continue
			}
			end := j
			if end < len(s) && isWordByte(s[end]) && !(s[end] == '.' && (end+1 == len(s) || !isWordByte(s[end+1]))) {
				continue // part of a longer word: "ModelArts.0204x", "v1.2.3"
			}
			out = append(out, s[i:end])
			i = end - 1
			break
		}
	}
	return out
}

var _ = strings.TrimSpace
