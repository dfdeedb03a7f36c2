package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// matchKind says how the code at a site is compared.
type matchKind int

const (
	matchExact    matchKind = iota
	matchFold               // strings.EqualFold: letter case does not matter
	matchPrefix             // strings.HasPrefix(x, code)
	matchSuffix             // strings.HasSuffix(x, code)
	matchContains           // strings.Contains(x, code)
	matchRegexp             // a regular expression
	matchProse              // mentioned inside a longer string
)

func (m matchKind) partial() bool {
	return m == matchPrefix || m == matchSuffix || m == matchContains
}

// site is what the pass knows about the place where a code occurs.
type site struct {
	subject   ast.Expr // the expression the code is compared with, if any
	statuses  []int    // HTTP statuses tied to the code here (searched only when a check reads them, see conf.ties)
	negated   bool     // compared with !=: says nothing about the status
	decl      bool     // the value of a const/var declaration or :=
	constDecl bool     // the value of a const declaration
	group     ast.Node // repetition group: || chain, literal, switch, call
	groupKey  string
	groupKind string
	match     matchKind
	// ties are the statuses tied to the code by the uses of the variable
	// it initializes, when the site itself ties none (see varTies).
	ties []varTie
	// compared: the whole value is compared as a code (==, a case, a map
	// key or index, an argument of a comparing function or of a status
	// helper), so surrounding spaces in it matter, unless the other side
	// may hold padding too (see comparedWhole).
	compared bool
	// fold: letter case does not matter where the code is compared
	// (strings.EqualFold, or a subject mapped by strings.ToLower/ToUpper).
	fold bool
	// matched: the code is matched against a value (==, !=, a case of a
	// tagged switch, a comparing function such as strings.EqualFold or
	// slices.Contains, a map index), not used to build one.
	matched bool
}

// comparedWhole reports whether the whole value of the code at site st is
// compared as a code: st.compared, unless the other side may hold padding
// of its own (x+" " == "ModelArts.4352 ": the spaces are part of what both
// sides hold, not a misspelling of the code). Only a padded code asks, so
// the other side's type is looked up only then.
func (ps *passState) comparedWhole(st *site) bool {
	return st.compared && (st.subject == nil || !ps.builtText(st.subject))
}

// builtText reports whether e may hold padding of its own: a +
// expression, a constant with surrounding spaces, or text formatted by
// fmt.Sprintf/Sprint/Sprintln.
func (ps *passState) builtText(e ast.Expr) bool {
	e = ast.Unparen(e)
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD {
		return true
	}
	if v, ok := ps.constStringOf(e); ok {
		return v != "" && (isSpace(v[0]) || isSpace(v[len(v)-1]))
	}
	if call, ok := e.(*ast.CallExpr); ok {
		if fn, ok := typeutil.Callee(ps.pass.TypesInfo, call).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" {
			switch fn.Name() {
			case "Sprintf", "Sprint", "Sprintln":
				return true
			}
		}
	}
	return false
}

// site classifies the occurrence of a code at c.
func (ps *passState) site(c inspector.Cursor) site {
	var st site
	lookupFold := false // a key of a map looked up with a case-mapped key
	cur := c
	for cur.ParentEdgeKind() == edge.ParenExpr_X {
		cur = cur.Parent()
	}
	anchor := cur
	ek, idx := cur.ParentEdge()
	parent := cur.Parent()
	switch p := parent.Node().(type) {
	case *ast.BinaryExpr:
		if p.Op == token.EQL || p.Op == token.NEQ {
			st.negated = p.Op == token.NEQ
			if ek == edge.BinaryExpr_X {
				st.subject = p.Y
			} else {
				st.subject = p.X
			}
			st.compared = true
			anchor = parent
			if top, inOr := ps.orTop(parent); inOr {
				st.group, st.groupKind = top.Node(), "|| chain"
				st.groupKey = ps.file.subjKey.of(st.subject)
			}
		}
	case *ast.CaseClause:
		if ek == edge.CaseClause_List {
			if sw, ok := parent.Parent().Parent().Node().(*ast.SwitchStmt); ok {
				st.subject = sw.Tag
				st.group, st.groupKind = sw, "switch"
				anchor = parent.Parent().Parent()
				st.compared = sw.Tag != nil
			}
		}
	case *ast.IndexExpr:
		st.compared = ek == edge.IndexExpr_Index
		st.matched = st.compared
	case *ast.CallExpr:
		if ek == edge.CallExpr_Args {
			if ps.isConversion(p) {
				// Code("ModelArts.0101"): the conversion's site.
				if ek, _ := parent.ParentEdge(); ek == edge.ValueSpec_Values {
					st.decl = true
					gd, ok := parent.Parent().Parent().Node().(*ast.GenDecl)
					st.constDecl = ok && gd.Tok == token.CONST
				}
				break
			}
			ps.callSite(&st, p, idx)
			st.group, st.groupKind = p, "argument list"
		}
	case *ast.CompositeLit:
		if ek == edge.CompositeLit_Elts && !ps.isStruct(p) {
			st.group, st.groupKind = p, "literal"
			ps.literalSubject(&st, parent)
			lookupFold = ps.foldedLookup(c, parent)
		}
	case *ast.KeyValueExpr:
		if ek == edge.KeyValueExpr_Key {
			if cl, ok := parent.Parent().Node().(*ast.CompositeLit); ok && !ps.isStruct(cl) {
				st.group, st.groupKind = cl, "literal"
				st.compared = true
				lookupFold = ps.foldedLookup(c, parent.Parent())
			}
		}
	case *ast.ValueSpec:
		if ek == edge.ValueSpec_Values {
			st.decl = true
			if gd, ok := parent.Parent().Node().(*ast.GenDecl); ok && gd.Tok == token.CONST {
				st.constDecl = true
			}
		}
	case *ast.AssignStmt:
		if ek == edge.AssignStmt_Rhs && p.Tok == token.DEFINE {
			st.decl = true
		}
	}
	// Compared with strings.ToLower(x) (in any comparing form), letter
	// case does not matter, as with strings.EqualFold.
	st.matched = st.matched || st.subject != nil
	st.fold = lookupFold || st.match == matchFold || st.subject != nil && ps.caseMapped(st.subject, 0)
	// The tie search, only for the checks that read it.
	if ps.c.ties && !st.constDecl && !st.negated {
		st.statuses = uniqueInts(ps.tiedStatuses(anchor, st.subject))
		if len(st.statuses) == 0 {
			if v := ps.initializedVar(c); v != nil {
				st.ties = ps.varTies(v)
			}
		}
	}
	return st
}

// uniqueInts removes the repetitions from xs in place, keeping the first of
// each in order: a status tied twice on the way to a code (a guard and an
// enclosing if, a case list) is named once. xs has a few elements.
func uniqueInts(xs []int) []int {
	out := xs[:0]
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// orTop returns the outermost || of the chain (through parentheses) that
// the comparison at c is a disjunct of, and whether there is one. A top at
// most shortChain steps up (nearly all) is found by walking up; beyond
// that, the || nodes passed are recorded with their top, so that a chain
// of any length costs linear time.
func (ps *passState) orTop(c inspector.Cursor) (inspector.Cursor, bool) {
	fs := ps.file
	var path []ast.Node
	top, inOr := c, false
	for steps := 0; ; steps++ {
		if steps >= shortChain {
			if t, ok := fs.orTops[top.Node()]; ok {
				top, inOr = t, true
				break
			}
		}
		e := top.ParentEdgeKind()
		if e == edge.ParenExpr_X {
			top = top.Parent()
			continue
		}
		if e == edge.BinaryExpr_X || e == edge.BinaryExpr_Y {
			if b, ok := top.Parent().Node().(*ast.BinaryExpr); ok && b.Op == token.LOR {
				top, inOr = top.Parent(), true
				if steps >= shortChain {
					path = append(path, b)
				}
				continue
			}
		}
		break
	}
	if len(path) > 0 {
		if fs.orTops == nil {
			fs.orTops = map[ast.Node]inspector.Cursor{}
		}
		for _, n := range path {
			fs.orTops[n] = top
		}
	}
	return top, inOr
}

// subjectKey is types.ExprString for the subjects of || chains' codes,
// which are nearly always x.f and the same as the previous code's: the
// text of the last x.f is kept and given again, one allocation per
// subject written rather than per code.
type subjectKey struct {
	x, f, text string
}

func (k *subjectKey) of(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		if id, ok := e.X.(*ast.Ident); ok {
			if k.text == "" || k.x != id.Name || k.f != e.Sel.Name {
				k.x, k.f, k.text = id.Name, e.Sel.Name, id.Name+"."+e.Sel.Name
			}
			return k.text
		}
	}
	return types.ExprString(e)
}

// caseMapped reports whether e is strings.ToLower(x) or strings.ToUpper(x),
// possibly through strings.TrimSpace and parentheses, or a local variable
// initialized with one and never changed after: compared with it, letter
// case does not matter, as with strings.EqualFold. depth bounds the chain
// of variables followed.
func (ps *passState) caseMapped(e ast.Expr, depth int) bool {
	if !ps.mayCaseMap() {
		return false
	}
	for e != nil {
		e = ast.Unparen(e)
		if id, ok := e.(*ast.Ident); ok {
			// The initializer first: scanning the variable's uses costs
			// more, and most variables are not case-mapped.
			v, init := ps.initOf(id)
			return init != nil && depth < 4 && ps.caseMapped(init, depth+1) && !ps.changed(v)
		}
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return false
		}
		fn, ok := typeutil.Callee(ps.pass.TypesInfo, call).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "strings" {
			return false
		}
		switch fn.Name() {
		case "ToLower", "ToUpper":
			return true
		case "TrimSpace":
			e = call.Args[0]
		default:
			return false
		}
	}
	return false
}

// mayCaseMap reports whether the package calls strings.ToLower or
// strings.ToUpper, which caseMapped looks for (see usesScan). Most packages
// call neither, and then no code's subject or variable needs examining.
func (ps *passState) mayCaseMap() bool { return ps.scanUses().caseMap }

// initOf returns the local variable id uses and its initializer, when
// declared with one (x := v, var x = v).
func (ps *passState) initOf(id *ast.Ident) (*types.Var, ast.Expr) {
	v, ok := ps.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Pkg() != ps.pass.Pkg || v.Parent() == nil || v.Parent() == ps.pass.Pkg.Scope() || v.IsField() {
		return nil, nil
	}
	def, ok := ps.insp.Root().FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	if !ok {
		return nil, nil
	}
	if _, ok := def.Node().(*ast.Ident); !ok {
		return nil, nil
	}
	ek, idx := def.ParentEdge()
	switch p := def.Parent().Node().(type) {
	case *ast.AssignStmt:
		if ek == edge.AssignStmt_Lhs && p.Tok == token.DEFINE && len(p.Lhs) == len(p.Rhs) {
			return v, p.Rhs[idx]
		}
	case *ast.ValueSpec:
		if ek == edge.ValueSpec_Names && len(p.Names) == len(p.Values) {
			return v, p.Values[idx]
		}
	}
	return nil, nil
}

// changed reports whether the variable v is assigned, incremented, ranged
// into or addressed anywhere after its declaration.
func (ps *passState) changed(v *types.Var) bool { return len(ps.assignments(v)) > 0 }

// foldedLookup reports whether the map or slice literal at lit, holding
// the code at c, is looked up with a key mapped by strings.ToLower/ToUpper:
// indexed so directly, or through the variable it initializes (also
// slices.Contains(list, strings.ToLower(x))).
func (ps *passState) foldedLookup(c, lit inspector.Cursor) bool {
	if !ps.mayCaseMap() {
		return false // before looking for the variable's uses
	}
	for lit.ParentEdgeKind() == edge.ParenExpr_X {
		lit = lit.Parent()
	}
	if lit.ParentEdgeKind() == edge.IndexExpr_X {
		return ps.caseMapped(lit.Parent().Node().(*ast.IndexExpr).Index, 0)
	}
	v := ps.initializedVar(c)
	if v == nil {
		return false
	}
	for _, u := range ps.varUses(v) {
		for u.ParentEdgeKind() == edge.ParenExpr_X {
			u = u.Parent()
		}
		switch ek, idx := u.ParentEdge(); ek {
		case edge.IndexExpr_X:
			if ps.caseMapped(u.Parent().Node().(*ast.IndexExpr).Index, 0) {
				return true
			}
		case edge.CallExpr_Args:
			// slices.Contains(list, strings.ToLower(x))
			call := u.Parent().Node().(*ast.CallExpr)
			fn, ok := typeutil.Callee(ps.pass.TypesInfo, call).(*types.Func)
			if ok && idx == 0 && len(call.Args) == 2 && fn.Pkg() != nil && fn.Pkg().Path() == "slices" &&
				(fn.Name() == "Contains" || fn.Name() == "Index") && ps.caseMapped(call.Args[1], 0) {
				return true
			}
		}
	}
	return false
}

// isConversion reports whether call converts its argument to a type.
func (ps *passState) isConversion(call *ast.CallExpr) bool {
	tv, ok := ps.pass.TypesInfo.Types[call.Fun]
	return ok && tv.IsType()
}

// callSite classifies a code passed as argument idx of call. A call that
// does not type-check (another number of arguments than its function
// takes) gives the code no meaning.
func (ps *passState) callSite(st *site, call *ast.CallExpr, idx int) {
	fn, ok := typeutil.Callee(ps.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || !arityOK(sig, call) {
		return
	}
	if _, ok := ps.statusFunc(fn); ok {
		st.compared = true
	}
	if sig.Recv() != nil {
		return
	}
	defer func() {
		if st.match != matchExact || st.subject != nil {
			st.compared = true
		}
	}()
	other := func(i int) ast.Expr {
		if 0 <= i && i < len(call.Args) {
			return call.Args[i]
		}
		return nil
	}
	switch fn.Pkg().Path() {
	case "strings":
		switch fn.Name() {
		case "EqualFold":
			st.match, st.subject = matchFold, other(1-idx)
		case "HasPrefix", "TrimPrefix", "CutPrefix":
			if idx == 1 {
				st.match, st.subject = matchPrefix, other(0)
			}
		case "HasSuffix", "TrimSuffix", "CutSuffix":
			if idx == 1 {
				st.match, st.subject = matchSuffix, other(0)
			}
		case "Contains", "Index", "Count":
			if idx == 1 {
				st.match, st.subject = matchContains, other(0)
			}
		}
	case "slices":
		switch fn.Name() {
		case "Contains", "Index":
			if idx == 1 {
				st.subject = other(0)
			}
		}
	case "regexp":
		switch fn.Name() {
		case "MustCompile", "Compile", "MatchString", "Match", "MustCompilePOSIX", "CompilePOSIX":
			if idx == 0 {
				st.match = matchRegexp
			}
		}
	}
}

// statusFunc returns the status configured for fn with -status-funcs, and
// whether there is one. Most configurations have none, and then fn's full
// name is not built.
func (ps *passState) statusFunc(fn *types.Func) (int, bool) {
	if len(ps.c.statusFuncs) == 0 {
		return 0, false
	}
	st, ok := ps.c.statusFuncs[fn.FullName()]
	return st, ok
}

// arityOK reports whether call passes as many arguments as sig takes.
func arityOK(sig *types.Signature, call *ast.CallExpr) bool {
	n := sig.Params().Len()
	if sig.Variadic() && !call.Ellipsis.IsValid() {
		return len(call.Args) >= n-1
	}
	return len(call.Args) == n
}

// literalSubject finds the subject of a code in a slice literal passed to
// slices.Contains(literal, x).
func (ps *passState) literalSubject(st *site, lit inspector.Cursor) {
	for lit.ParentEdgeKind() == edge.ParenExpr_X {
		lit = lit.Parent()
	}
	ek, idx := lit.ParentEdge()
	if ek != edge.CallExpr_Args || idx != 0 {
		return
	}
	call := lit.Parent().Node().(*ast.CallExpr)
	fn, ok := typeutil.Callee(ps.pass.TypesInfo, call).(*types.Func)
	if ok && fn.Pkg() != nil && fn.Pkg().Path() == "slices" && (fn.Name() == "Contains" || fn.Name() == "Index") && len(call.Args) == 2 {
		st.subject = call.Args[1]
	}
}

func (ps *passState) isStruct(cl *ast.CompositeLit) bool {
	t := ps.pass.TypesInfo.TypeOf(cl)
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// tiedStatuses collects the HTTP statuses tied to the code whose innermost
// condition or expression is anchor: the other conjuncts of its && chain,
// enclosing if and switch statements on a status (of the same error value
// as subject; a case reached by fallthrough also has the statuses of the
// cases falling into it), earlier guards in enclosing blocks, and, for a
// code that is itself the value (not part of a comparison or another
// expression), the status fields of its struct literal and the status
// arguments of its call, including helpers configured with -status-funcs.
// A condition ties a status only if it cannot hold without it: a || with a
// side that ties nothing ties nothing. Function literals are looked
// through: a closure in a tied body is tied too.
func (ps *passState) tiedStatuses(anchor inspector.Cursor, subject ast.Expr) []int {
	var out []int
	cur := anchor
	usePos := anchor.Node().Pos()
	// direct: the path from the code up to cur is the code itself, through
	// parentheses, struct fields and slice or map literal elements.
	direct := true
	if _, ok := anchor.Node().(*ast.BinaryExpr); ok {
		direct = false
	}
	for {
		if cur.Index() < 0 {
			return out
		}
		ek := cur.ParentEdgeKind()
		parent := cur.Parent()
		if !parent.Valid() || parent.Index() < 0 {
			return out
		}
		switch p := parent.Node().(type) {
		case *ast.FuncDecl, *ast.File:
			return out
		case *ast.ParenExpr, *ast.KeyValueExpr:
		case *ast.BinaryExpr:
			direct = false
			if p.Op == token.LAND {
				// The whole && chain at once: linear in its length however
				// many codes it has.
				out, parent = ps.landOthers(parent, cur.Node(), out)
			}
		case *ast.IfStmt:
			direct = false
			// The statuses first: ownerAssigned asks only if there are
			// any, as most conditions tie none.
			if ek == edge.IfStmt_Body {
				n := len(out)
				out = ps.condStatuses(p.Cond, subject, out)
				out = ps.ifTypeStatuses(p.Init, p.Cond, out)
				if len(out) > n && ps.ownerAssignedIn(subject, cur, p.Body.Pos(), usePos) {
					out = out[:n]
				}
			}
		case *ast.CaseClause:
			direct = false
			if ek == edge.CaseClause_Body {
				n := len(out)
				out = ps.caseStatuses(parent, subject, out)
				out = ps.typeCaseStatuses(parent, out)
				if len(out) > n && ps.ownerAssignedIn(subject, parent, p.Colon, usePos) {
					out = out[:n]
				}
			}
		case *ast.BlockStmt:
			direct = false
			// Guards before the statement: if status != 404 { return }.
			if ek == edge.BlockStmt_List {
				out = ps.blockGuards(parent, p, cur.ParentEdgeIndex(), subject, usePos, out)
			}
		case *ast.CompositeLit:
			if direct && ps.isStruct(p) {
				out = ps.structStatuses(p, out)
				direct = false
			}
		case *ast.CallExpr:
			if direct && ek == edge.CallExpr_Args {
				out = ps.callStatuses(p, out)
			}
			direct = false
		default:
			direct = false
		}
		cur = parent
	}
}

// andChain is a maximal chain of && conditions: its conjuncts (through
// parentheses) and the statuses each ties. Chains of up to shortChain
// conjuncts (nearly all) are searched linearly, without maps.
type andChain struct {
	top      inspector.Cursor // the outermost &&
	conjs    []ast.Node       // the conjuncts, in the order of statuses
	statuses [][]int          // per conjunct
	index    map[ast.Node]int // long chains: conjunct -> its index in statuses
	counts   map[int]int      // long chains: status -> number of conjuncts tying it
	// The first conjuncts and their statuses, in the chain's own
	// allocation: most chains have two or three.
	conjBuf [4]ast.Node
	stsBuf  [4][]int
}

const shortChain = 8

// landOthers appends the statuses tied by the conjuncts other than conj
// of the && chain that the && at c belongs to (see andChain.others), and
// returns the chain's outermost &&. A chain of up to shortChain conjuncts
// and levels (nearly all) is searched in place, without allocating: a
// code costs its few conjuncts again. A longer one is searched once (see
// landChain).
func (ps *passState) landOthers(c inspector.Cursor, conj ast.Node, out []int) ([]int, inspector.Cursor) {
	if ch := ps.file.chains[c.Node()]; ch != nil {
		return ch.others(conj, out), ch.top
	}
	if top, ok := shortChainTop(c); ok {
		var stackBuf, conjBuf [shortChain]ast.Expr
		stack, conjs := append(stackBuf[:0], top.Node().(ast.Expr)), conjBuf[:0]
		short := true
		for len(stack) > 0 && short {
			e := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.LAND {
				short = len(stack)+2 <= shortChain
				stack = append(stack, b.Y, b.X)
				continue
			}
			short = len(conjs) < shortChain
			conjs = append(conjs, e)
		}
		if short {
			for _, e := range conjs {
				if ast.Node(e) != conj {
					out = ps.statusesIn(e, nil, false, out)
				}
			}
			slices.Sort(out)
			return slices.Compact(out), top
		}
	}
	ch := ps.landChain(c)
	return ch.others(conj, out), ch.top
}

// shortChainTop returns the outermost && of the chain that the && at c
// belongs to, and false when it is more than shortChain levels up.
func shortChainTop(c inspector.Cursor) (inspector.Cursor, bool) {
	top := c
	for range shortChain {
		up := top
		for up.ParentEdgeKind() == edge.ParenExpr_X {
			up = up.Parent()
		}
		if k := up.ParentEdgeKind(); k != edge.BinaryExpr_X && k != edge.BinaryExpr_Y {
			return top, true
		}
		if b, ok := up.Parent().Node().(*ast.BinaryExpr); !ok || b.Op != token.LAND {
			return top, true
		}
		top = up.Parent()
	}
	return top, false
}

// landChain returns the && chain that the && at c belongs to, computed
// once per chain.
func (ps *passState) landChain(c inspector.Cursor) *andChain {
	fs := ps.file
	if ch := fs.chains[c.Node()]; ch != nil {
		return ch
	}
	top := c
	for {
		up := top
		for up.ParentEdgeKind() == edge.ParenExpr_X {
			up = up.Parent()
		}
		if k := up.ParentEdgeKind(); k != edge.BinaryExpr_X && k != edge.BinaryExpr_Y {
			break
		}
		if b, ok := up.Parent().Node().(*ast.BinaryExpr); !ok || b.Op != token.LAND {
			break
		}
		top = up.Parent()
	}
	ch := &andChain{top: top}
	ch.conjs, ch.statuses = ch.conjBuf[:0], ch.stsBuf[:0]
	if fs.chains == nil {
		fs.chains = map[ast.Node]*andChain{}
	}
	// Flatten without recursion: a chain may have tens of thousands of
	// conjuncts.
	stack := []ast.Expr{top.Node().(ast.Expr)}
	for len(stack) > 0 {
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.LAND {
			fs.chains[b] = ch
			stack = append(stack, b.Y, b.X)
			continue
		}
		// A conjunct ties its statuses whatever the code's subject: it
		// compares in the same condition.
		ch.conjs = append(ch.conjs, e)
		ch.statuses = append(ch.statuses, ps.statusesIn(e, nil, false, nil))
	}
	if len(ch.conjs) > shortChain {
		ch.index = make(map[ast.Node]int, len(ch.conjs))
		ch.counts = map[int]int{}
		for i, e := range ch.conjs {
			ch.index[e] = i
			for _, v := range ch.statuses[i] {
				ch.counts[v]++
			}
		}
	}
	return ch
}

// others appends the statuses tied by the conjuncts other than conj (a
// conjunct of the chain, or a && of it).
func (ch *andChain) others(conj ast.Node, out []int) []int {
	if ch.index == nil {
		i := slices.Index(ch.conjs, conj)
		for j, st := range ch.statuses {
			if j != i {
				out = append(out, st...)
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	i, ok := ch.index[conj]
	var own []int
	if ok {
		own = ch.statuses[i]
	}
	for v, n := range ch.counts {
		if n > countOf(own, v) {
			out = append(out, v)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func countOf(xs []int, v int) int {
	n := 0
	for _, x := range xs {
		if x == v {
			n++
		}
	}
	return n
}

// condStatuses appends the statuses an enclosing condition ties to a code
// of subject, computed once per condition and subject.
func (ps *passState) condStatuses(cond ast.Expr, subject ast.Expr, out []int) []int {
	return append(out, ps.statusesIn(cond, subject, true, nil)...)
}

// caseStatuses appends the statuses that the case clause at cc (whose body
// holds the code) ties: its own, and those of the clauses falling through
// into it; nothing if any of them ties nothing (a default, or a case that
// is not on a status).
func (ps *passState) caseStatuses(cc inspector.Cursor, subject ast.Expr, out []int) []int {
	sw, ok := cc.Parent().Parent().Node().(*ast.SwitchStmt)
	if !ok {
		return out
	}
	clauses := sw.Body.List
	i := cc.ParentEdgeIndex()
	n := len(out)
	for {
		c, ok := clauses[i].(*ast.CaseClause)
		if !ok {
			return out[:n]
		}
		out, ok = ps.clauseStatuses(sw, c, subject, out)
		if !ok {
			return out[:n]
		}
		if i == 0 || !endsInFallthrough(clauses[i-1]) {
			return out
		}
		i--
	}
}

// clauseStatuses appends the statuses a case clause of sw ties: the status
// values of a tagged switch on a status, or those each expression of a
// tagless case ties (a case list is a disjunction: all must tie one). It
// reports false, and appends nothing, when the clause ties none.
func (ps *passState) clauseStatuses(sw *ast.SwitchStmt, c *ast.CaseClause, subject ast.Expr, out []int) ([]int, bool) {
	n := len(out)
	if len(c.List) == 0 {
		return out, false // default
	}
	if sw.Tag != nil {
		if !ps.isStatusExpr(sw.Tag) || !ps.compatible(subject, sw.Tag) {
			return out, false
		}
		for _, e := range c.List {
			v, ok := ps.statusValue(e)
			if !ok {
				return out[:n], false
			}
			out = append(out, v)
		}
		return out, true
	}
	for _, e := range c.List {
		m := len(out)
		out = ps.statusesIn(e, subject, true, out)
		if len(out) == m {
			return out[:n], false
		}
	}
	return out, true
}

func endsInFallthrough(s ast.Stmt) bool {
	c, ok := s.(*ast.CaseClause)
	if !ok || len(c.Body) == 0 {
		return false
	}
	b, ok := c.Body[len(c.Body)-1].(*ast.BranchStmt)
	return ok && b.Tok == token.FALLTHROUGH
}

// blockIndex is what blockGuards needs of a block, computed once per
// block: the indexes of its guards that tie a status to the code of some
// subject (see guardTies) and of its labels that a goto jumps to, both
// ascending.
type blockIndex struct {
	guards, targets []int
}

// noGuards is the index of every block without such guards or goto
// targets, never changed.
var noGuards blockIndex

// blockGuards appends the statuses established by the guards among the
// first idx statements of block b (at c): if status != 404 { return }. A
// guard counts only if no label that a goto may jump to stands between it
// and the code. The block's guards and labels are found once per block, so
// a code costs the guards before it that may tie a status, not the
// statements.
func (ps *passState) blockGuards(c inspector.Cursor, b *ast.BlockStmt, idx int, subject ast.Expr, usePos token.Pos, out []int) []int {
	fs := ps.file
	bi := fs.blocks.get(b)
	if bi == nil {
		var guards, targets []int
		for i, stmt := range b.List {
			switch stmt := stmt.(type) {
			case *ast.IfStmt:
				if ps.guardTies(stmt) {
					guards = append(guards, i)
				}
			case *ast.LabeledStmt:
				if ps.gotoTarget(c, stmt) {
					targets = append(targets, i)
				}
			}
		}
		bi = &noGuards // most blocks: nothing to keep
		if len(guards) > 0 || len(targets) > 0 {
			bi = &blockIndex{guards: guards, targets: targets}
		}
		fs.blocks.put(b, bi)
	}
	idx = min(idx, len(b.List)-1)
	from := 0
	if t, found := slices.BinarySearch(bi.targets, idx); found {
		from = idx
	} else if t > 0 {
		from = bi.targets[t-1]
	}
	g, _ := slices.BinarySearch(bi.guards, from)
	for _, i := range bi.guards[g:] {
		if i >= idx {
			break
		}
		stmt := b.List[i]
		n := len(out)
		out = ps.guardStatuses(stmt, subject, out)
		if len(out) > n && ps.ownerAssigned(subject, stmt.End(), usePos) {
			out = out[:n]
		}
	}
	return out
}

// blockCache holds the index of each block of a file that blockGuards
// searched: the first few in place, as most files have few blocks holding
// codes, the others in a map.
type blockCache struct {
	first [blockCacheSize]blockEntry
	n     int
	more  map[*ast.BlockStmt]*blockIndex
}

const blockCacheSize = 16

type blockEntry struct {
	b  *ast.BlockStmt
	bi *blockIndex
}

// get returns the index of b, or nil when b was not indexed.
func (bc *blockCache) get(b *ast.BlockStmt) *blockIndex {
	for _, e := range bc.first[:bc.n] {
		if e.b == b {
			return e.bi
		}
	}
	return bc.more[b]
}

// put records the index of b, not yet indexed.
func (bc *blockCache) put(b *ast.BlockStmt, bi *blockIndex) {
	if bc.n < len(bc.first) {
		bc.first[bc.n] = blockEntry{b, bi}
		bc.n++
		return
	}
	if bc.more == nil {
		bc.more = make(map[*ast.BlockStmt]*blockIndex)
	}
	bc.more[b] = bi
}

// guardTies reports whether the if statement is a guard that ties a status
// to the code of some subject: its statuses with no subject, as every
// status expression is compatible with none (see compatible) and a subject
// can only take statuses away. Most guards among codes tie none
// (if !errors.As(err, &se) { return }, with se of a type naming no status,
// or if err != nil { return err }), and the codes after them skip them.
// The condition is looked at first: most ifs among codes cannot tie one
// (if se.ErrorCode == "..."), and their bodies need no look.
func (ps *passState) guardTies(is *ast.IfStmt) bool {
	if !mayTie(is.Cond) {
		return false
	}
	if _, ok := ps.guardShape(is); !ok {
		return false
	}
	return len(ps.guardStatuses(is, nil, nil)) > 0
}

// mayTie reports whether a guard's condition may tie a status (see
// guardStatuses): whether its && and || chain (through parentheses) has a
// != or a negated operand. Most guard-shaped statements among codes are
// if se.ErrorCode == "..." { return }, which tie nothing: indexing only
// the others saves every later code of the block from examining them.
func mayTie(cond ast.Expr) bool {
	stack := []ast.Expr{cond}
	for len(stack) > 0 {
		e := ast.Unparen(stack[len(stack)-1])
		stack = stack[:len(stack)-1]
		switch e := e.(type) {
		case *ast.UnaryExpr:
			if e.Op == token.NOT {
				return true
			}
		case *ast.BinaryExpr:
			switch e.Op {
			case token.NEQ:
				return true
			case token.LAND, token.LOR:
				stack = append(stack, e.X, e.Y)
			}
		}
	}
	return false
}

// gotoTarget reports whether a goto in the function enclosing c jumps to
// the label of l.
func (ps *passState) gotoTarget(c inspector.Cursor, l *ast.LabeledStmt) bool {
	var body ast.Node
	for f := c; f.Node() != nil && body == nil; f = f.Parent() {
		switch n := f.Node().(type) {
		case *ast.FuncDecl:
			if n.Body != nil {
				body = n.Body
			}
		case *ast.FuncLit:
			if n.Body != nil {
				body = n.Body
			}
		}
	}
	if body == nil {
		return true
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if b, ok := n.(*ast.BranchStmt); ok && b.Tok == token.GOTO && b.Label != nil && b.Label.Name == l.Label.Name {
			found = true
		}
		return !found
	})
	return found
}

// statusesIn extracts "status == N" comparisons from a condition, through
// &&, || and parentheses. A || ties statuses only if each side does (either
// may hold). In enclosing statements (enclosing=true) the status must
// belong to the same error value as subject.
func (ps *passState) statusesIn(e ast.Expr, subject ast.Expr, enclosing bool, out []int) []int {
	return ps.statusesNeg(e, subject, enclosing, false, out)
}

// statusesNeg is statusesIn for e, or for !e when neg is set: !(a != b)
// is a == b, !(a || b) is !a && !b, !(a && b) is !a || !b.
func (ps *passState) statusesNeg(e ast.Expr, subject ast.Expr, enclosing, neg bool, out []int) []int {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		return ps.statusesNeg(u.X, subject, enclosing, !neg, out)
	}
	b, ok := e.(*ast.BinaryExpr)
	if !ok {
		return out
	}
	op := b.Op
	if neg {
		switch op {
		case token.LAND:
			op = token.LOR
		case token.LOR:
			op = token.LAND
		case token.NEQ:
			op = token.EQL
		default:
			return out
		}
	}
	switch op {
	case token.LAND:
		out = ps.statusesNeg(b.X, subject, enclosing, neg, out)
		out = ps.statusesNeg(b.Y, subject, enclosing, neg, out)
	case token.LOR:
		n := len(out)
		out = ps.statusesNeg(b.X, subject, enclosing, neg, out)
		if len(out) == n {
			return out
		}
		m := len(out)
		out = ps.statusesNeg(b.Y, subject, enclosing, neg, out)
		if len(out) == m {
			return out[:n]
		}
	case token.EQL:
		for _, pair := range [2][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
			// isStatusExpr first: it rejects most operands by their name,
			// before any lookup in TypesInfo.
			if !ps.isStatusExpr(pair[0]) {
				continue
			}
			if v, ok := ps.statusValue(pair[1]); ok {
				if !enclosing || ps.compatible(subject, pair[0]) {
					out = append(out, v)
				}
				break
			}
		}
	}
	return out
}

// structStatuses adds the status fields of a struct literal.
func (ps *passState) structStatuses(cl *ast.CompositeLit, out []int) []int {
	t := ps.pass.TypesInfo.TypeOf(cl)
	if t == nil {
		return out
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return out
	}
	for i, elt := range cl.Elts {
		var field *types.Var
		val := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			id, ok := kv.Key.(*ast.Ident)
			if !ok || !isStatusName(id.Name) {
				continue
			}
			field, _ = ps.pass.TypesInfo.Uses[id].(*types.Var)
			val = kv.Value
		} else if i < st.NumFields() {
			field = st.Field(i)
		}
		if field == nil || !isStatusName(field.Name()) || !isInteger(field.Type()) {
			continue
		}
		if v, ok := ps.statusValue(val); ok {
			out = append(out, v)
		}
	}
	return out
}

// statusValue returns the value of e when it is a constant HTTP status: an
// integer literal, a net/http constant, or any integer constant in 100-599.
func (ps *passState) statusValue(e ast.Expr) (int, bool) {
	tv, ok := ps.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	v, exact := constant.Int64Val(tv.Value)
	if !exact || v < 100 || v > 599 {
		return 0, false
	}
	return int(v), true
}

var statusNames = [...]string{"StatusCode", "Status", "HTTPStatus", "HTTPStatusCode", "HTTPCode", "ResponseCode", "RespCode"}

// isStatusName reports whether name is one of statusNames in any letter case.
// It does not allocate. strings.EqualFold matches rune by rune, so the rune
// counts are compared first: not the byte lengths, which differ where ſ
// (U+017F) or K (U+212A), longer in UTF-8, fold to s or k.
func isStatusName(name string) bool {
	n := utf8.RuneCountInString(name)
	for _, s := range statusNames {
		if n == len(s) && strings.EqualFold(name, s) {
			return true
		}
	}
	return false
}

func isInteger(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// isStatusExpr reports whether e is an integer-typed status: a field, local
// or method call named StatusCode, Status, HTTPStatus, HttpStatusCode, ...
func (ps *passState) isStatusExpr(e ast.Expr) bool {
	e = ast.Unparen(e)
	// The name first: it rules out almost every expression without a
	// lookup in TypesInfo.
	if !statusNamed(e) {
		return false
	}
	// A field or package variable has its declared type: the object
	// costs a lookup by pointer, cheaper than one by expression.
	if sel, ok := e.(*ast.SelectorExpr); ok {
		if v, ok := ps.pass.TypesInfo.Uses[sel.Sel].(*types.Var); ok {
			return isInteger(v.Type())
		}
	}
	return isInteger(ps.pass.TypesInfo.TypeOf(e))
}

// statusNamed reports whether e is a field, variable or method call named
// like a status (see statusNames), possibly dereferenced.
func statusNamed(e ast.Expr) bool {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = ast.Unparen(x.X)
			continue
		case *ast.SelectorExpr:
			return isStatusName(x.Sel.Name)
		case *ast.Ident:
			return isStatusName(x.Name)
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && len(x.Args) == 0 {
				return isStatusName(sel.Sel.Name)
			}
		}
		return false
	}
}

// root returns the variable at the root of a selector chain (se in
// se.Error.Code, resp in (*resp).ErrorCode or resp.StatusCode()), and
// whether e was a chain at all rather than a bare identifier.
func (ps *passState) root(e ast.Expr) (types.Object, bool) {
	chain := false
	for e != nil {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.TypeAssertExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.SelectorExpr:
			chain = true
			e = x.X
		case *ast.CallExpr:
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			if !ok {
				return nil, chain
			}
			chain = true
			e = sel.X
		case *ast.Ident:
			return ps.pass.TypesInfo.ObjectOf(x), chain
		default:
			return nil, chain
		}
	}
	return nil, chain
}

// compatible reports whether a status expression may describe the same
// error value as the code's subject. Both must be selector chains off the
// same variable (resp.StatusCode vs other.ErrorCode: no), and the value
// owning the status must be the one owning the code: the nearest value in
// the code's chain whose type has a status (se.Cause for
// se.Cause.ErrorCode, r for r.Err.Code), compared structurally (ses[i]
// and ses[0] differ). Chains through calls are compared by their root only.
func (ps *passState) compatible(subject, status ast.Expr) bool {
	if subject == nil {
		return true
	}
	a, ac := ps.root(subject)
	b, bc := ps.root(status)
	if a == nil || b == nil || !ac || !bc {
		return true
	}
	if _, ok := a.(*types.PkgName); ok {
		return true
	}
	if a != b {
		return false
	}
	so := statusOwner(status)
	co := ps.codeOwner(subject)
	if so == nil || co == nil {
		return true
	}
	same, known := ps.sameValue(so, co)
	return same || !known
}

// statusOwner returns the value a status expression reads its status from:
// se in se.StatusCode or se.StatusCode(), or nil.
func statusOwner(e ast.Expr) ast.Expr {
	e = stripStars(e)
	if call, ok := e.(*ast.CallExpr); ok {
		e = ast.Unparen(call.Fun)
	}
	if sel, ok := e.(*ast.SelectorExpr); ok {
		return sel.X
	}
	return nil
}

// codeOwner returns the value that owns the code subject: the nearest
// value up its selector chain whose type has a status, or nil when none
// has.
func (ps *passState) codeOwner(subject ast.Expr) ast.Expr {
	e := stripStars(subject)
	for {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		e = stripStars(sel.X)
		if ps.hasStatus(ps.pass.TypesInfo.TypeOf(e)) {
			return e
		}
	}
}

func stripStars(e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		st, ok := e.(*ast.StarExpr)
		if !ok {
			return e
		}
		e = st.X
	}
}

// hasStatus reports whether values of type t carry a status: an integer
// field or a method without parameters returning an integer, named like a
// status.
func (ps *passState) hasStatus(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if st, ok := t.Underlying().(*types.Struct); ok {
		for f := range st.Fields() {
			if isStatusName(f.Name()) && isInteger(f.Type()) {
				return true
			}
		}
	}
	ms := types.NewMethodSet(types.NewPointer(t))
	for i := range ms.Len() {
		fn := ms.At(i).Obj()
		if !isStatusName(fn.Name()) {
			continue
		}
		if sig, ok := fn.Type().(*types.Signature); ok && sig.Params().Len() == 0 && sig.Results().Len() == 1 && isInteger(sig.Results().At(0).Type()) {
			return true
		}
	}
	return false
}

// sameValue reports whether x and y denote the same value (known=true), or
// that it cannot tell (known=false: a call on the way). Identifiers are
// compared by their objects, selectors by field, index expressions by a
// constant or variable index.
func (ps *passState) sameValue(x, y ast.Expr) (same, known bool) {
	x, y = stripStars(x), stripStars(y)
	info := ps.pass.TypesInfo
	switch xv := x.(type) {
	case *ast.Ident:
		yv, ok := y.(*ast.Ident)
		if !ok {
			return false, !hasCall(y)
		}
		ox := info.ObjectOf(xv)
		return ox != nil && ox == info.ObjectOf(yv), true
	case *ast.SelectorExpr:
		yv, ok := y.(*ast.SelectorExpr)
		if !ok {
			return false, !hasCall(x) && !hasCall(y)
		}
		if xv.Sel.Name != yv.Sel.Name {
			return false, !hasCall(x) && !hasCall(y)
		}
		return ps.sameValue(xv.X, yv.X)
	case *ast.IndexExpr:
		yv, ok := y.(*ast.IndexExpr)
		if !ok {
			return false, !hasCall(x) && !hasCall(y)
		}
		same, known := ps.sameValue(xv.X, yv.X)
		if !known || !same {
			return same, known
		}
		if cx, cy := info.Types[xv.Index], info.Types[yv.Index]; cx.Value != nil && cy.Value != nil {
			return constant.Compare(cx.Value, token.EQL, cy.Value), true
		}
		if hasCall(xv.Index) || hasCall(yv.Index) {
			return false, false
		}
		ix, okx := ast.Unparen(xv.Index).(*ast.Ident)
		iy, oky := ast.Unparen(yv.Index).(*ast.Ident)
		if okx && oky {
			o := info.ObjectOf(ix)
			return o != nil && o == info.ObjectOf(iy), true
		}
		// Indexes not written alike (ses[i], ses[0]): not the same element
		// as far as the code shows.
		return false, true
	}
	return false, false
}

// hasCall reports whether e holds a call.
func hasCall(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if _, ok := n.(*ast.CallExpr); ok {
			found = true
		}
		return !found
	})
	return found
}

// ownerAssigned reports whether the variable at the root of subject is
// assigned (or its address taken) between from and to: a status tested
// before then belongs to another value.
func (ps *passState) ownerAssigned(subject ast.Expr, from, to token.Pos) bool {
	v := ps.ownerVar(subject)
	return v != nil && ps.assignedIn(v, from, to)
}

// ownerVar returns the variable of the package at the root of subject, or
// nil.
func (ps *passState) ownerVar(subject ast.Expr) *types.Var {
	if subject == nil {
		return nil
	}
	obj, _ := ps.root(subject)
	v, ok := obj.(*types.Var)
	if !ok || v.Pkg() != ps.pass.Pkg {
		return nil
	}
	return v
}

// assignedIn reports whether v is assigned (see assignments) between from
// and to.
func (ps *passState) assignedIn(v *types.Var, from, to token.Pos) bool {
	as := ps.assignments(v)
	i, _ := slices.BinarySearch(as, from)
	return i < len(as) && as[i] < to
}

// smallBody is the number of nodes up to which ownerAssignedIn examines a
// body itself rather than all the uses of the variable.
const smallBody = 256

// ownerAssignedIn is ownerAssigned for a range from-to within body (the
// body of an if statement or a case clause holding the code): every use of
// the variable there is in body. A small body is examined itself, node by
// node without allocating, saving the search of the variable's uses in
// its whole function (most are if se.ErrorCode == "..." { return nil }); a
// larger one, or a variable whose uses are known already, asks
// assignments, computed once.
func (ps *passState) ownerAssignedIn(subject ast.Expr, body inspector.Cursor, from, to token.Pos) bool {
	v := ps.ownerVar(subject)
	if v == nil {
		return false
	}
	if _, known := ps.assigns[v]; known || v.Parent() == ps.pass.Pkg.Scope() {
		return ps.assignedIn(v, from, to)
	}
	info, name, n := ps.pass.TypesInfo, v.Name(), 0
	for c := body; ; {
		if n++; n > smallBody {
			return ps.assignedIn(v, from, to)
		}
		if id, ok := c.Node().(*ast.Ident); ok {
			if p := id.Pos(); from <= p && p < to && id.Name == name && info.Uses[id] == v && assigning(c) {
				return true
			}
		}
		// The next node in preorder, within body.
		if first, ok := c.FirstChild(); ok {
			c = first
			continue
		}
		for {
			if c == body {
				return false
			}
			if next, ok := c.NextSibling(); ok {
				c = next
				break
			}
			c = c.Parent()
		}
	}
}

// assignments returns the positions, ascending, of the uses of v that
// assign it or take its address, computed once per variable.
func (ps *passState) assignments(v *types.Var) []token.Pos {
	if as, ok := ps.assigns[v]; ok {
		return as
	}
	as := []token.Pos{}
	for _, u := range ps.varUses(v) {
		if assigning(u) {
			as = append(as, u.Node().Pos())
		}
	}
	slices.Sort(as)
	if ps.assigns == nil {
		ps.assigns = map[*types.Var][]token.Pos{}
	}
	ps.assigns[v] = as
	return as
}

// assigning reports whether the use of a variable at u assigns it or
// takes its address.
func assigning(u inspector.Cursor) bool {
	for u.ParentEdgeKind() == edge.ParenExpr_X {
		u = u.Parent()
	}
	switch u.ParentEdgeKind() {
	case edge.AssignStmt_Lhs, edge.IncDecStmt_X, edge.RangeStmt_Key, edge.RangeStmt_Value:
		return true
	case edge.UnaryExpr_X:
		return u.Parent().Node().(*ast.UnaryExpr).Op == token.AND
	}
	return false
}

// isRegexpArg reports whether the literal at c is the pattern argument of
// a regexp function (MustCompile, Compile, MatchString, ...).
func (ps *passState) isRegexpArg(c inspector.Cursor) bool {
	if c.ParentEdgeKind() != edge.CallExpr_Args || c.ParentEdgeIndex() != 0 {
		return false
	}
	call := c.Parent().Node().(*ast.CallExpr)
	fn, ok := typeutil.Callee(ps.pass.TypesInfo, call).(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "regexp"
}

// regexpLit checks a regexp pattern: each alternative that is a plain code
// (with "\\." for ".") is checked for unknown-code and malformed-code.
func (ps *passState) regexpLit(c inspector.Cursor, lit *ast.BasicLit, s string) {
	for alt := range regexpAlternatives(s, &ps.ix.first) {
		if fam, ok := ps.ix.familyOf(alt); ok {
			ps.code(occurrence{c: c, n: lit, lit: lit, s: alt, fam: fam, st: ps.site(c)})
		}
	}
}

// regexpAlternatives yields the literal alternatives of a simple pattern
// such as `^(ModelArts\.0204|ModelArts\.0210)$` that start with a byte in
// first, with "\." unescaped. Alternatives with other metacharacters are
// skipped; a pattern without any candidate costs no allocation.
func regexpAlternatives(p string, first *[256]bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		p = strings.TrimPrefix(p, "^")
		p = strings.TrimSuffix(p, "$")
		if strings.HasPrefix(p, "(?:") && strings.HasSuffix(p, ")") {
			p = p[3 : len(p)-1]
		} else if strings.HasPrefix(p, "(") && strings.HasSuffix(p, ")") {
			p = p[1 : len(p)-1]
		}
		for rest, more := p, true; more; {
			var alt string
			alt, rest, more = strings.Cut(rest, "|")
			alt = strings.TrimSuffix(strings.TrimPrefix(alt, "^"), "$")
			if alt == "" || !first[alt[0]] || !plainCodePattern(alt) {
				continue
			}
			if strings.Contains(alt, `\.`) {
				alt = strings.ReplaceAll(alt, `\.`, ".")
			}
			if !yield(alt) {
				return
			}
		}
	}
}

// plainCodePattern reports whether a regexp alternative is made only of
// letters, digits, '_', spaces, "." and "\.".
func plainCodePattern(alt string) bool {
	for i := 0; i < len(alt); i++ {
		b := alt[i]
		switch {
		case b == '\\':
			if i+1 >= len(alt) || alt[i+1] != '.' {
				return false
			}
			i++
		case b == '_' || b == '.' || b == ' ' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z':
		default:
			return false
		}
	}
	return true
}

// guardStatuses adds the statuses established by a guard statement that
// leaves the block unless the status is one of them:
// if se.StatusCode != 404 { return ... } (also != A && != B, and
// !(se.StatusCode == 404)).
func (ps *passState) guardStatuses(stmt ast.Stmt, subject ast.Expr, out []int) []int {
	is, ok := ps.guardShape(stmt)
	if !ok {
		return out
	}
	// The guard's condition is false after it: each disjunct is false.
	// A disjunct "status != A && status != B" being false ties A or B, so
	// does "!(status == A || status == B)", and "!errors.As(err, &e404)"
	// ties the target's status; others (err != nil, !ok) tie nothing but
	// do not break the guard.
	var guard []int
	var walk func(e ast.Expr) bool
	walk = func(e ast.Expr) bool {
		if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.NOT {
			n := len(guard)
			if call, ok := ast.Unparen(u.X).(*ast.CallExpr); ok {
				guard = append(guard, ps.errorsAsStatuses(call)...)
			} else {
				guard = ps.statusesIn(u.X, subject, true, guard)
			}
			return len(guard) > n
		}
		b, ok := ast.Unparen(e).(*ast.BinaryExpr)
		if !ok {
			return false
		}
		switch b.Op {
		case token.LAND:
			return walk(b.X) && walk(b.Y)
		case token.NEQ:
			for _, pair := range [2][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
				if !ps.isStatusExpr(pair[0]) {
					continue
				}
				if v, ok := ps.statusValue(pair[1]); ok && ps.compatible(subject, pair[0]) {
					guard = append(guard, v)
					return true
				}
			}
		}
		return false
	}
	// The disjuncts, iteratively: a guard may be a long || chain.
	stack := []ast.Expr{is.Cond}
	for len(stack) > 0 {
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.LOR {
			stack = append(stack, b.Y, b.X)
			continue
		}
		n := len(guard)
		if !walk(e) {
			guard = guard[:n]
		}
	}
	return append(out, guard...)
}

// guardShape returns stmt as a guard if it has the shape of one: an if
// without init or else whose body ends by leaving the block (return,
// break, continue, goto or panic).
func (ps *passState) guardShape(stmt ast.Stmt) (*ast.IfStmt, bool) {
	is, ok := stmt.(*ast.IfStmt)
	if !ok || is.Else != nil || is.Init != nil || len(is.Body.List) == 0 {
		return nil, false
	}
	switch last := is.Body.List[len(is.Body.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
	case *ast.ExprStmt:
		call, ok := last.X.(*ast.CallExpr)
		if !ok {
			return nil, false
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok || id.Name != "panic" || ps.pass.TypesInfo.Uses[id] != types.Universe.Lookup("panic") {
			return nil, false
		}
	default:
		return nil, false
	}
	return is, true
}

// callStatuses adds the statuses a call ties to its code arguments: the
// status configured for the callee with -status-funcs, and constant
// arguments of integer parameters named like a status
// (newServiceError(404, "ModelArts.0101")).
func (ps *passState) callStatuses(call *ast.CallExpr, out []int) []int {
	info := ps.pass.TypesInfo
	if len(ps.c.statusFuncs) > 0 {
		if fn, ok := typeutil.Callee(info, call).(*types.Func); ok && !ps.isConversion(call) {
			if st, ok := ps.statusFunc(fn); ok {
				out = append(out, st)
			}
		}
	}
	sig, ok := types.Unalias(info.TypeOf(call.Fun)).(*types.Signature)
	if !ok || sig.Params().Len() == 0 || !arityOK(sig, call) {
		return out
	}
	params := sig.Params()
	for i, arg := range call.Args {
		p := params.At(min(i, params.Len()-1))
		if !isStatusName(p.Name()) || !isInteger(p.Type()) {
			continue
		}
		if v, ok := ps.statusValue(arg); ok {
			out = append(out, v)
		}
	}
	return out
}
