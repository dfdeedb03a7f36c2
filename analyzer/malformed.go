package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/errcodelint/errcodelint/catalog"
	"github.com/errcodelint/errcodelint/internal/codeshape"
)

// malformedRule reports a literal that spells a documented code with
// another letter case, the other separator or surrounding spaces. The fix
// rewrites it: to the constant first when use-constant is enabled, so that
// one -fix run leaves nothing to fix, else to the catalog's spelling.
func malformedRule(ps *passState, o *occurrence) {
	if o.ci == nil || !o.malformed || o.lit == nil && !o.expr {
		return
	}
	code := o.ci.code
	if o.st.match == matchProse {
		ps.report(o.n, CatMalformed, fmt.Sprintf("malformed error code %q in text: the catalog spells it %q", o.s, code), nil)
		return
	}
	var what []string
	trimmed := strings.TrimSpace(o.s)
	if trimmed != o.s {
		what = append(what, "surrounding spaces")
	}
	caseDiff, sepDiff := false, false
	if len(trimmed) == len(code) {
		for i := 0; i < len(code); i++ {
			a, b := trimmed[i], code[i]
			switch {
			case a == b:
			case codeshape.IsSep(a) && codeshape.IsSep(b):
				sepDiff = true
			case lower(a) == lower(b):
				caseDiff = true
			}
		}
	}
	if caseDiff && !o.st.fold {
		what = append(what, "another letter case")
	}
	if sepDiff {
		what = append(what, "the wrong separator")
	}
	where := ""
	if o.st.match == matchRegexp {
		where = " in a regular expression"
	}
	msg := fmt.Sprintf("malformed error code %q%s: the catalog spells it %q", o.s, where, code)
	if len(what) > 0 {
		msg += " (" + joinAnd(what) + ")"
	}
	var fixes []analysis.SuggestedFix
	switch {
	case o.lit == nil:
		// A constant expression ("modelarts" + ".4352"): rewriting its
		// parts is left to the author.
	case ps.spellingTaken(o.st, o.lit, code):
		// case "ModelArts.0101", "modelarts.0101": rewriting would make a
		// duplicate case or map key, which does not compile.
		msg += "; no automatic fix: the catalog spelling is already listed here, remove this entry"
	case o.st.match != matchRegexp:
		if ps.c.enabled[CatUseConstant] && !o.st.constDecl && !o.st.fold {
			fixes = append(fixes, ps.constFix(o).fixes...)
		}
		want := code
		if o.st.fold && len(trimmed) == len(code) {
			// Compared regardless of letter case (strings.ToLower(x) ==
			// "modelarts_4352"): keep the case, fix the rest.
			b := []byte(trimmed)
			for i := range b {
				if (b[i] == '.' || b[i] == '_') && b[i] != code[i] {
					b[i] = code[i]
				}
			}
			want = string(b)
		}
		text := strconv.Quote(want)
		if strings.HasPrefix(o.lit.Value, "`") {
			text = "`" + want + "`"
		}
		fixes = append(fixes, analysis.SuggestedFix{
			Message:   fmt.Sprintf("Rewrite as %q", want),
			TextEdits: []analysis.TextEdit{{Pos: o.lit.Pos(), End: o.lit.End(), NewText: []byte(text)}},
		})
	}
	ps.report(o.n, CatMalformed, msg, fixes)
}

// spellingTaken reports whether lit is a case of a tagged switch or a key of
// a map literal in which another entry already has, or would get by its own
// fix, the value code.
func (ps *passState) spellingTaken(st site, lit *ast.BasicLit, code string) bool {
	var others []ast.Expr
	switch g := st.group.(type) {
	case *ast.SwitchStmt:
		if g.Tag == nil {
			return false
		}
		for _, cc := range g.Body.List {
			if cc, ok := cc.(*ast.CaseClause); ok {
				others = append(others, cc.List...)
			}
		}
	case *ast.CompositeLit:
		for _, e := range g.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				others = append(others, kv.Key)
			}
		}
	default:
		return false
	}
	key := catalog.NormalizeKey(code)
	for _, e := range others {
		if e == ast.Expr(lit) {
			continue
		}
		tv, ok := ps.pass.TypesInfo.Types[e]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			continue
		}
		if catalog.NormalizeKey(constant.StringVal(tv.Value)) == key {
			return true
		}
	}
	return false
}
