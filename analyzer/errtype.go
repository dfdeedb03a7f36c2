package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/edge"
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
//
// But such an error need not be a response of its status: the huaweicloud
// Terraform provider's helpers (common.ConvertExpected400ErrInto404Err, ...)
// and its own parse functions (return golangsdk.ErrDefault404(e400)) turn a
// 400 or 403 response carrying given codes into an ErrDefault404. So an
// error value that may come from such a conversion ties the statuses it may
// be converted from too, and one that may come from a call whose errors the
// analysis cannot know ties nothing (see errStatuses).

// An errType is an error type naming a status: its status and the path of
// its package (the SDK's, whose functions' errors carry the response's
// status).
type errType struct {
	status int
	pkg    string
}

// errTypeOf returns the error type t names: a named type (or a pointer to
// one) whose name ends in three digits 100-599 after a letter, like
// ErrDefault404, with that status and its package.
func errTypeOf(t types.Type) (errType, bool) {
	if t == nil {
		return errType{}, false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return errType{}, false
	}
	name := n.Obj().Name()
	if len(name) < 4 {
		return errType{}, false
	}
	if c := name[len(name)-4]; '0' <= c && c <= '9' {
		return errType{}, false
	}
	v, ok := statusDigits(name[len(name)-3:])
	if !ok {
		return errType{}, false
	}
	et := errType{status: v}
	if pkg := n.Obj().Pkg(); pkg != nil {
		et.pkg = pkg.Path()
	}
	return et, true
}

// statusDigits returns the status of three digits 100-599.
func statusDigits(d string) (int, bool) {
	v := 0
	for i := 0; i < 3; i++ {
		if d[i] < '0' || d[i] > '9' {
			return 0, false
		}
		v = v*10 + int(d[i]-'0')
	}
	return v, 100 <= v && v <= 599
}

// errStatuses returns the statuses an error x asserted to be of the type et
// may have been a response of: et's status, and the statuses it may have
// been converted from; nil when x may come from a call whose errors the
// analysis cannot know.
//
// The SDK's functions (of et's package or below it) give the response's
// status. A converter (a helper configured with -status-funcs, or named
// "...Into404..." for et's status 404) converts from its configured
// status, the constant statuses of its arguments and those its name
// gives (ConvertExpected400ErrInto404Err: 400). A function of the package
// converts from what the conversions and calls of its body do. Any
// function may also return its error arguments. A parameter is the
// caller's: trusted, as the analysis does not follow calls.
func (ps *passState) errStatuses(x ast.Expr, et errType) []int {
	from, ok := ps.exprConverted(x, et)
	if !ok {
		return nil
	}
	out := append([]int{et.status}, from...)
	slices.Sort(out)
	return slices.Compact(out)
}

// A convKey is a variable or function whose errors are converted into a
// type, see varConverted and funcConverted.
type convKey struct {
	obj types.Object
	et  errType
}

// A convResult is the statuses converted from; unknown when any may be.
type convResult struct {
	from    []int
	unknown bool
}

// exprConverted returns the statuses an error x may be converted into et's
// from, and false when they cannot be known.
func (ps *passState) exprConverted(x ast.Expr, et errType) ([]int, bool) {
	info := ps.pass.TypesInfo
	switch e := ast.Unparen(x).(type) {
	case *ast.CallExpr:
		return ps.callConverted(e, et)
	case *ast.Ident:
		switch obj := info.Uses[e].(type) {
		case *types.Nil:
			return nil, true
		case *types.Var:
			return ps.varConverted(obj, et)
		}
	case *ast.CompositeLit:
		return nil, true // built here
	case *ast.UnaryExpr:
		if _, ok := ast.Unparen(e.X).(*ast.CompositeLit); ok && e.Op == token.AND {
			return nil, true
		}
	}
	return nil, false
}

// callConverted returns the statuses the result of call may be converted
// into et's from.
func (ps *passState) callConverted(call *ast.CallExpr, et errType) ([]int, bool) {
	info := ps.pass.TypesInfo
	if ps.isConversion(call) {
		if len(call.Args) != 1 {
			return nil, false
		}
		if to, ok := errTypeOf(info.TypeOf(call.Fun)); ok {
			if to.status != et.status {
				return nil, true // not of et's type
			}
			// golangsdk.ErrDefault404(e400) keeps the 400's body.
			if from, ok := errTypeOf(info.TypeOf(call.Args[0])); ok {
				return []int{from.status}, true
			}
		}
		return ps.exprConverted(call.Args[0], et)
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return nil, false
	}
	fn = fn.Origin()
	var from []int
	configured, _ := ps.statusFunc(fn)
	switch p := fn.Pkg().Path(); {
	case strings.Contains(fn.Name(), "Into"+strconv.Itoa(et.status)):
		from = ps.callStatuses(call, nameStatuses(fn.Name(), et.status))
		if len(from) == 0 {
			return nil, false // from a status its call does not say
		}
	case configured != 0:
		from = []int{configured}
	case p == et.pkg || strings.HasPrefix(p, et.pkg+"/"):
		// The SDK's own errors.
	case fn.Pkg() == ps.pass.Pkg:
		r := ps.funcConverted(fn, et)
		if r.unknown {
			return nil, false
		}
		from = slices.Clone(r.from)
	default:
		return nil, false
	}
	// It may return its error arguments.
	for _, a := range call.Args {
		if t := info.TypeOf(a); t == nil || !types.Implements(t, errorType) {
			continue
		}
		f, ok := ps.exprConverted(a, et)
		if !ok {
			return nil, false
		}
		from = append(from, f...)
	}
	return from, true
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// nameStatuses appends the statuses named in a converter's name other than
// the one it converts into: 400 of ConvertExpected400ErrInto404Err.
func nameStatuses(name string, into int) []int {
	var out []int
	for i := 0; i+3 <= len(name); i++ {
		if (i > 0 && '0' <= name[i-1] && name[i-1] <= '9') || (i+3 < len(name) && '0' <= name[i+3] && name[i+3] <= '9') {
			continue
		}
		if v, ok := statusDigits(name[i : i+3]); ok && v != into {
			out = append(out, v)
		}
	}
	return out
}

// varConverted returns the statuses the local variable v may be converted
// into et's from: those of each value assigned to it.
func (ps *passState) varConverted(v *types.Var, et errType) ([]int, bool) {
	if v.Pkg() != ps.pass.Pkg || v.Parent() == nil || v.Parent() == ps.pass.Pkg.Scope() || v.IsField() {
		return nil, false
	}
	r := ps.converted(convKey{v, et}, func() convResult { return ps.varAssigned(v, et) })
	return r.from, !r.unknown
}

// convState memoises varConverted and funcConverted over the cycles of
// assignments and calls. A key being computed answers "nothing" to a
// cycle back to it; a result that met such an answer of a key still on
// the stack below its own is incomplete (as in Tarjan's lowlink): it is
// kept only until that key is done, so that the answer for a function
// does not depend on which function of a cycle was asked first.
type convState struct {
	done  map[convKey]convResult // complete results
	stack []convFrame            // the keys being computed
	prov  map[convKey]provResult // incomplete results, valid while stack[low] is
}

type convFrame struct {
	key convKey
	low int // the lowest stack index whose placeholder the computation met
}

type provResult struct {
	r   convResult
	low int
}

// converted returns the memoised result of compute for key.
func (ps *passState) converted(key convKey, compute func() convResult) convResult {
	cs := &ps.conv
	if r, ok := cs.done[key]; ok {
		return r
	}
	met := func(low int) { // the current computation depends on stack[low]
		if n := len(cs.stack); n > 0 {
			cs.stack[n-1].low = min(cs.stack[n-1].low, low)
		}
	}
	for i, f := range cs.stack {
		if f.key == key {
			met(i)
			return convResult{} // a cycle adds nothing
		}
	}
	if p, ok := cs.prov[key]; ok {
		met(p.low)
		return p.r
	}
	self := len(cs.stack)
	cs.stack = append(cs.stack, convFrame{key, self})
	r := compute()
	low := cs.stack[self].low
	cs.stack = cs.stack[:self]
	if low < self {
		if cs.prov == nil {
			cs.prov = make(map[convKey]provResult)
		}
		cs.prov[key] = provResult{r, low}
		met(low)
		return r
	}
	if cs.done == nil {
		cs.done = make(map[convKey]convResult)
	}
	cs.done[key] = r
	// The results that waited for this key are incomplete without it.
	for k, p := range cs.prov {
		if p.low >= self {
			delete(cs.prov, k)
		}
	}
	return r
}

func (ps *passState) varAssigned(v *types.Var, et errType) convResult {
	var r convResult
	add := func(from []int, ok bool) {
		r.from = append(r.from, from...)
		r.unknown = r.unknown || !ok
	}
	def, ok := ps.insp.Root().FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	if !ok {
		return convResult{unknown: true}
	}
	switch def.ParentEdgeKind() {
	case edge.Field_Names:
		// A parameter: the caller's.
	case edge.AssignStmt_Lhs:
		add(ps.assignedValue(def, et))
	case edge.ValueSpec_Names:
		if vs := def.Parent().Node().(*ast.ValueSpec); len(vs.Values) > 0 {
			add(ps.assignedValue(def, et))
		}
	default:
		return convResult{unknown: true}
	}
	for _, u := range ps.varUses(v) {
		for u.ParentEdgeKind() == edge.ParenExpr_X {
			u = u.Parent()
		}
		switch u.ParentEdgeKind() {
		case edge.AssignStmt_Lhs:
			add(ps.assignedValue(u, et))
		case edge.UnaryExpr_X:
			if u.Parent().Node().(*ast.UnaryExpr).Op == token.AND {
				return convResult{unknown: true}
			}
		case edge.RangeStmt_Key, edge.RangeStmt_Value:
			return convResult{unknown: true}
		}
		if r.unknown {
			return r
		}
	}
	return r
}

// assignedValue returns what exprConverted says of the value assigned to
// the left-hand side or declared name at c.
func (ps *passState) assignedValue(c inspector.Cursor, et errType) ([]int, bool) {
	var lhs, rhs []ast.Expr
	switch p := c.Parent().Node().(type) {
	case *ast.AssignStmt:
		if p.Tok != token.ASSIGN && p.Tok != token.DEFINE {
			return nil, false
		}
		lhs, rhs = p.Lhs, p.Rhs
	case *ast.ValueSpec:
		for _, n := range p.Names {
			lhs = append(lhs, n)
		}
		rhs = p.Values
	default:
		return nil, false
	}
	idx := c.ParentEdgeIndex()
	if len(lhs) == len(rhs) {
		return ps.exprConverted(rhs[idx], et)
	}
	if len(rhs) == 1 {
		// _, err := f()
		if call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr); ok {
			return ps.callConverted(call, et)
		}
	}
	return nil, false
}

// ifTypeStatuses adds the statuses an if statement's init and condition
// establish in its body by an error's type: x, ok := err.(T) with ok among
// the condition's conjuncts, or errors.As(err, &v) among them (see
// errStatuses).
func (ps *passState) ifTypeStatuses(init ast.Stmt, cond ast.Expr, out []int) []int {
	info := ps.pass.TypesInfo
	var okVar types.Object
	var ta *ast.TypeAssertExpr
	if as, isAssign := init.(*ast.AssignStmt); isAssign && len(as.Lhs) == 2 && len(as.Rhs) == 1 {
		if x, isTA := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr); isTA && x.Type != nil {
			if id, isID := as.Lhs[1].(*ast.Ident); isID {
				okVar, ta = info.ObjectOf(id), x
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
				if et, ok := errTypeOf(info.TypeOf(ta.Type)); ok {
					out = append(out, ps.errStatuses(ta.X, et)...)
				}
			}
		case *ast.CallExpr:
			out = append(out, ps.errorsAsStatuses(x)...)
		}
	}
	walk(cond)
	return out
}

// errorsAsStatuses returns the statuses of the target's type of a call
// errors.As(err, &target) (see errStatuses).
func (ps *passState) errorsAsStatuses(call *ast.CallExpr) []int {
	// A guard !errors.As(err, &e) is examined again for each code after
	// it in its block: the answer, which depends on the call only, is
	// computed once. Most calls tie nothing (the target's type names no
	// status), found again at little cost: only their statuses are kept.
	fs := ps.file
	if sts, ok := fs.errorsAs[call]; ok {
		return sts
	}
	sts := ps.errorsAsStatusesOnce(call)
	if sts == nil {
		return nil
	}
	if fs.errorsAs == nil {
		fs.errorsAs = make(map[*ast.CallExpr][]int)
	}
	fs.errorsAs[call] = sts
	return sts
}

func (ps *passState) errorsAsStatusesOnce(call *ast.CallExpr) []int {
	fn, ok := typeutil.Callee(ps.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "As" || len(call.Args) != 2 {
		return nil
	}
	u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return nil
	}
	et, ok := errTypeOf(ps.pass.TypesInfo.TypeOf(u.X))
	if !ok {
		return nil
	}
	return ps.errStatuses(call.Args[0], et)
}

// typeCaseStatuses adds the statuses a type switch case clause establishes
// in its body: each of its types must name one (see errStatuses).
func (ps *passState) typeCaseStatuses(cc inspector.Cursor, out []int) []int {
	ts, ok := cc.Parent().Parent().Node().(*ast.TypeSwitchStmt)
	if !ok {
		return out
	}
	var x ast.Expr
	switch a := ts.Assign.(type) {
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			if ta, ok := ast.Unparen(a.Rhs[0]).(*ast.TypeAssertExpr); ok {
				x = ta.X
			}
		}
	case *ast.ExprStmt:
		if ta, ok := ast.Unparen(a.X).(*ast.TypeAssertExpr); ok {
			x = ta.X
		}
	}
	c := cc.Node().(*ast.CaseClause)
	if x == nil || len(c.List) == 0 {
		return out
	}
	var tied []int
	for _, e := range c.List {
		et, ok := errTypeOf(ps.pass.TypesInfo.TypeOf(e))
		if !ok {
			return out
		}
		sts := ps.errStatuses(x, et)
		if sts == nil {
			return out
		}
		tied = append(tied, sts...)
	}
	return append(out, tied...)
}

// funcConverted returns the statuses the errors of fn, a function of the
// package, may be converted into et's from: those of the conversions into
// et's type in its body and of the calls there that return an error,
// computed once per function.
func (ps *passState) funcConverted(fn *types.Func, et errType) convResult {
	return ps.converted(convKey{fn, et}, func() convResult {
		if c, ok := ps.insp.Root().FindByPos(fn.Pos(), fn.Pos()+token.Pos(len(fn.Name()))); ok && c.ParentEdgeKind() == edge.FuncDecl_Name {
			if body := c.Parent().Node().(*ast.FuncDecl).Body; body != nil {
				return ps.bodyConverted(body, et)
			}
		}
		return convResult{unknown: true}
	})
}

func (ps *passState) bodyConverted(body *ast.BlockStmt, et errType) convResult {
	info := ps.pass.TypesInfo
	var r convResult
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || r.unknown {
			return !r.unknown
		}
		if ps.isConversion(call) {
			if to, ok := errTypeOf(info.TypeOf(call.Fun)); !ok || to.status != et.status {
				return true
			}
		} else if !returnsError(info.TypeOf(call)) {
			return true
		}
		from, ok := ps.callConverted(call, et)
		r.from = append(r.from, from...)
		r.unknown = !ok
		return ok
	})
	return r
}

// returnsError reports whether a call's result type t is or holds an error.
func returnsError(t types.Type) bool {
	if tu, ok := t.(*types.Tuple); ok {
		for v := range tu.Variables() {
			if returnsError(v.Type()) {
				return true
			}
		}
		return false
	}
	return t != nil && types.Implements(t, errorType)
}
