package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// The gophercloud-style SDKs (gophercloud, chnsz/golangsdk) signal the
// status of a failed request by the error's type: ErrDefault400,
// ErrDefault404, ... A type assertion, type switch case or errors.As target
// of such a type ties its status within its scope, as "if status == 404"
// does:
//
//	if e, ok := err.(golangsdk.ErrDefault409); ok { ... }
//	switch err.(type) { case golangsdk.ErrDefault404: ... }
//	var e400 golangsdk.ErrDefault400
//	if errors.As(err, &e400) { ... }
//	if !errors.As(err, &e400) { return err }

// errTypeStatus returns the status an error type's name ends in: a named
// type (or a pointer to one) whose name ends in three digits 100-599 after
// a letter, like ErrDefault404.
func errTypeStatus(t types.Type) (int, bool) {
	if t == nil {
		return 0, false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return 0, false
	}
	name := n.Obj().Name()
	if len(name) < 4 {
		return 0, false
	}
	d := name[len(name)-3:]
	if c := name[len(name)-4]; '0' <= c && c <= '9' {
		return 0, false
	}
	v := 0
	for i := 0; i < 3; i++ {
		if d[i] < '0' || d[i] > '9' {
			return 0, false
		}
		v = v*10 + int(d[i]-'0')
	}
	if v < 100 || v > 599 {
		return 0, false
	}
	return v, true
}

// ifTypeStatuses adds the statuses an if statement's init and condition
// establish in its body by an error's type: x, ok := err.(T) with ok among
// the condition's conjuncts, or errors.As(err, &v) among them.
func (ps *passState) ifTypeStatuses(init ast.Stmt, cond ast.Expr, out []int) []int {
	info := ps.pass.TypesInfo
	var okVar types.Object
	var okStatus int
	if as, isAssign := init.(*ast.AssignStmt); isAssign && len(as.Lhs) == 2 && len(as.Rhs) == 1 {
		if ta, isTA := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr); isTA && ta.Type != nil {
			if st, ok := errTypeStatus(info.TypeOf(ta.Type)); ok {
				if id, isID := as.Lhs[1].(*ast.Ident); isID {
					okVar, okStatus = info.ObjectOf(id), st
				}
			}
		}
	}
	var walk func(e ast.Expr)
	walk = func(e ast.Expr) {
		switch x := ast.Unparen(e).(type) {
		case *ast.BinaryExpr:
			if x.Op == token.LAND {
				walk(x.X)
				walk(x.Y)
			}
		case *ast.Ident:
			if okVar != nil && info.Uses[x] == okVar {
				out = append(out, okStatus)
			}
		case *ast.CallExpr:
			if st, ok := ps.errorsAsStatus(x); ok {
				out = append(out, st)
			}
		}
	}
	walk(cond)
	return out
}

// errorsAsStatus returns the status of the target's type of a call
// errors.As(err, &target).
func (ps *passState) errorsAsStatus(call *ast.CallExpr) (int, bool) {
	fn, ok := typeutil.Callee(ps.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "As" || len(call.Args) != 2 {
		return 0, false
	}
	u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return 0, false
	}
	return errTypeStatus(ps.pass.TypesInfo.TypeOf(u.X))
}

// typeCaseStatuses adds the statuses a type switch case clause establishes
// in its body: each of its types must name one.
func (ps *passState) typeCaseStatuses(cc inspector.Cursor, out []int) []int {
	if _, ok := cc.Parent().Parent().Node().(*ast.TypeSwitchStmt); !ok {
		return out
	}
	c := cc.Node().(*ast.CaseClause)
	if len(c.List) == 0 {
		return out
	}
	var tied []int
	for _, e := range c.List {
		st, ok := errTypeStatus(ps.pass.TypesInfo.TypeOf(e))
		if !ok {
			return out
		}
		tied = append(tied, st)
	}
	return append(out, tied...)
}

// negatedErrorsAs returns the status of a guard condition !errors.As(err,
// &target): after "if !errors.As(err, &e400) { return }" the error is a 400.
func (ps *passState) negatedErrorsAs(cond ast.Expr) (int, bool) {
	u, ok := ast.Unparen(cond).(*ast.UnaryExpr)
	if !ok || u.Op != token.NOT {
		return 0, false
	}
	call, ok := ast.Unparen(u.X).(*ast.CallExpr)
	if !ok {
		return 0, false
	}
	return ps.errorsAsStatus(call)
}
