package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// A varTie is a status tied to the codes of a variable by one of its uses:
//
//	var notFound = []string{"ModelArts.6309", "ModelArts.6357"}
//	common.ConvertExpected400ErrInto404Err(err, "error_code", notFound...)
type varTie struct {
	statuses []int
	by       string    // the called function's name, when the use is its argument
	pos      token.Pos // the use
}

// initializedVar returns the variable whose initializer holds the code at
// c: the whole value of a string variable (var code = "X", code := "X"), or
// an element of the slice, array or set-map literal that is its value (var
// codes = []string{"X", "Y"}). Constants are left out: their uses are
// checked where they are.
func (ps *passState) initializedVar(c inspector.Cursor) *types.Var {
	for c.ParentEdgeKind() == edge.ParenExpr_X {
		c = c.Parent()
	}
	switch c.ParentEdgeKind() {
	case edge.KeyValueExpr_Key:
		c = c.Parent()
		if c.ParentEdgeKind() != edge.CompositeLit_Elts {
			return nil
		}
		fallthrough
	case edge.CompositeLit_Elts:
		cl := c.Parent()
		if ps.isStruct(cl.Node().(*ast.CompositeLit)) {
			return nil
		}
		c = cl
		for c.ParentEdgeKind() == edge.ParenExpr_X {
			c = c.Parent()
		}
	}
	ek, idx := c.ParentEdge()
	var name *ast.Ident
	switch p := c.Parent().Node().(type) {
	case *ast.ValueSpec:
		if ek != edge.ValueSpec_Values || len(p.Names) != len(p.Values) {
			return nil
		}
		name = p.Names[idx]
	case *ast.AssignStmt:
		if ek != edge.AssignStmt_Rhs || p.Tok != token.DEFINE || len(p.Lhs) != len(p.Rhs) {
			return nil
		}
		name, _ = p.Lhs[idx].(*ast.Ident)
	}
	if name == nil {
		return nil
	}
	v, _ := ps.pass.TypesInfo.Defs[name].(*types.Var)
	return v
}

// varTies returns the statuses the uses of v tie to its codes, or nil when
// v may be changed after its declaration: assigned, its address taken, an
// element assigned or deleted, appended to, copied into or cleared.
func (ps *passState) varTies(v *types.Var) []varTie {
	if ties, ok := ps.ties[v]; ok {
		return ties
	}
	var ties []varTie
	for _, u := range ps.varUses(v) {
		t, ok := ps.useTie(u)
		if !ok {
			ties = nil
			break
		}
		if len(t.statuses) > 0 {
			ties = append(ties, t)
		}
	}
	if ps.ties == nil {
		ps.ties = make(map[*types.Var][]varTie)
	}
	ps.ties[v] = ties
	return ties
}

// varUses returns the cursors of the uses of v in the package, in source
// order: in the function declaring it, or, for a package-level variable, in
// every file (the identifiers of all package-level variables are found in
// one pass over TypesInfo.Uses, the first time one is needed).
func (ps *passState) varUses(v *types.Var) []inspector.Cursor {
	// Each element of a slice variable asks again: found once per variable.
	if uses, ok := ps.varUsesOf[v]; ok {
		return uses
	}
	var uses []inspector.Cursor
	if v.Parent() == ps.pass.Pkg.Scope() {
		uses = ps.pkgVarUses(v)
	} else {
		uses = ps.localVarUses(v)
	}
	if ps.varUsesOf == nil {
		ps.varUsesOf = make(map[*types.Var][]inspector.Cursor)
	}
	ps.varUsesOf[v] = uses
	return uses
}

// localVarUses walks the function declaring v for its uses.
func (ps *passState) localVarUses(v *types.Var) []inspector.Cursor {
	fn, ok := ps.enclosingFunc(v)
	if !ok {
		return nil
	}
	var uses []inspector.Cursor
	info, name := ps.pass.TypesInfo, v.Name()
	for c := range fn.Preorder((*ast.Ident)(nil)) {
		// The name first: a string comparison costs less than a map lookup.
		if id := c.Node().(*ast.Ident); id.Name == name && info.Uses[id] == v {
			uses = append(uses, c)
		}
	}
	return uses
}

// pkgVarUses finds the uses of the package-level variable v, in the order
// of pass.Files, then of position: the driver may have added the files to
// the file set in another order.
func (ps *passState) pkgVarUses(v *types.Var) []inspector.Cursor {
	if ps.pkgVarIdents == nil {
		// One pass over TypesInfo.Uses costs much less than looking up
		// every identifier of the package.
		ps.pkgVarIdents = make(map[*types.Var][]*ast.Ident)
		for _, vi := range ps.scanUses().pkgVars {
			ps.pkgVarIdents[vi.v] = append(ps.pkgVarIdents[vi.v], vi.id)
		}
	}
	type fileIdent struct {
		file int
		id   *ast.Ident
	}
	ids := make([]fileIdent, 0, len(ps.pkgVarIdents[v]))
	for _, id := range ps.pkgVarIdents[v] {
		ids = append(ids, fileIdent{ps.fileIndex(id.Pos()), id})
	}
	slices.SortFunc(ids, func(a, b fileIdent) int {
		return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.id.Pos(), b.id.Pos()))
	})
	var uses []inspector.Cursor
	for _, fi := range ids {
		if c, ok := ps.insp.Root().FindByPos(fi.id.Pos(), fi.id.End()); ok && c.Node() == fi.id {
			uses = append(uses, c)
		}
	}
	return uses
}

// fileIndex returns the index in pass.Files of the file holding pos, or -1.
func (ps *passState) fileIndex(pos token.Pos) int {
	for i, f := range ps.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return i
		}
	}
	return -1
}

// enclosingFunc returns the cursor of the function declaration or literal
// whose body declares the local variable v.
func (ps *passState) enclosingFunc(v *types.Var) (inspector.Cursor, bool) {
	c, ok := ps.insp.Root().FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	if !ok {
		return c, false
	}
	for c = c.Parent(); c.Node() != nil; c = c.Parent() {
		switch c.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return c, true
		}
	}
	return c, false
}

// useTie returns the statuses that the use of a variable at u ties to its
// codes, and false when the use may change the variable.
func (ps *passState) useTie(u inspector.Cursor) (varTie, bool) {
	for u.ParentEdgeKind() == edge.ParenExpr_X {
		u = u.Parent()
	}
	t := varTie{pos: u.Node().Pos()}
	ek, idx := u.ParentEdge()
	switch ek {
	case edge.AssignStmt_Lhs, edge.IncDecStmt_X, edge.RangeStmt_Key, edge.RangeStmt_Value:
		return t, false
	case edge.AssignStmt_Rhs, edge.ValueSpec_Values:
		// An alias (other := codes) could change the elements unseen.
		return t, false
	case edge.SliceExpr_X:
		// arr[:] is used as the variable is, e.g. spread into a helper.
		return ps.useTie(u.Parent())
	case edge.UnaryExpr_X:
		if u.Parent().Node().(*ast.UnaryExpr).Op == token.AND {
			return t, false
		}
	case edge.IndexExpr_X:
		switch u.Parent().ParentEdgeKind() {
		case edge.AssignStmt_Lhs, edge.IncDecStmt_X, edge.UnaryExpr_X:
			return t, false
		}
	case edge.CallExpr_Args:
		call := u.Parent().Node().(*ast.CallExpr)
		var subject ast.Expr
		switch fn := typeutil.Callee(ps.pass.TypesInfo, call).(type) {
		case *types.Builtin:
			switch fn.Name() {
			case "append", "copy", "delete", "clear":
				if idx == 0 {
					return t, false
				}
			}
		case *types.Func:
			if _, ok := ps.statusFunc(fn); ok || ps.hasStatusParam(call) {
				t.by = fn.Name()
				t.pos = call.Pos()
			}
			if fn.Pkg() != nil && fn.Pkg().Path() == "slices" && idx == 0 && len(call.Args) == 2 {
				subject = call.Args[1]
			}
		}
		t.statuses = ps.tiedStatuses(u, subject)
		return t, true
	}
	t.statuses = ps.tiedStatuses(u, nil)
	return t, true
}

// hasStatusParam reports whether call passes a constant status to an
// integer parameter named like a status.
func (ps *passState) hasStatusParam(call *ast.CallExpr) bool {
	return len(ps.callStatuses(call, nil)) > 0
}

// tieList renders the failing ties of a code for a message, those of the
// same statuses and function in one file together: "status 404 by F at
// foo.go:88, 120 and to status 409 at bar.go:9".
func (ps *passState) tieList(ties []varTie) string {
	type group struct {
		statuses, by, file string
		lines              []string
	}
	var groups []*group
	for _, t := range ties {
		p := ps.pass.Fset.Position(t.pos)
		st, file, line := joinInts(t.statuses), filepath.Base(p.Filename), strconv.Itoa(p.Line)
		i := slices.IndexFunc(groups, func(g *group) bool { return g.statuses == st && g.by == t.by && g.file == file })
		if i < 0 {
			groups = append(groups, &group{statuses: st, by: t.by, file: file})
			i = len(groups) - 1
		}
		groups[i].lines = append(groups[i].lines, line)
	}
	var b strings.Builder
	for i, g := range groups {
		if i > 0 {
			b.WriteString(" and to ")
		}
		fmt.Fprintf(&b, "status %s ", g.statuses)
		if g.by != "" {
			fmt.Fprintf(&b, "by %s ", g.by)
		}
		fmt.Fprintf(&b, "at %s:%s", g.file, strings.Join(g.lines, ", "))
	}
	return b.String()
}
