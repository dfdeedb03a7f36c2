package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// thisModule is the module that provides the default constants package.
const thisModule = "github.com/errcodelint/errcodelint"

// fileFix is how a file refers to the constants package when it imports
// it already; see newImport for a file that does not.
type fileFix struct {
	qual    string         // the import's name, e.g. "codes"
	pkgName *types.PkgName // the import; nil when the file does not import the package
	// The file's first blank import of the package, when pkgName is nil:
	// a new import's fix names it instead of importing the package twice.
	blank *ast.ImportSpec

	localDone, local bool // see localQual
}

// constFix is the fix replacing a literal by a constant of its code, and
// what the use-constant message says about it.
type constFix struct {
	fixes  []analysis.SuggestedFix // nil when no fix that compiles can be offered
	user   *types.Const            // the user constant the fix uses, if any
	text   *useText                // the texts naming the constants package's constant, if the fix uses it
	reason string                  // why there is no fix
}

// constFix returns the fix replacing o's literal by a constant of value
// o.ci.code: a user constant in scope, else the constants package's
// constant, importing the package if the file does not yet.
func (ps *passState) constFix(o *occurrence) constFix {
	lit, ci := o.lit, o.ci
	if k := ps.userConst(o.c, lit, ci.code); k != nil {
		return constFix{user: k, fixes: []analysis.SuggestedFix{{
			Message:   "Use " + k.Name(),
			TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(k.Name())}},
		}}}
	}
	ut, imp, reason := ps.pkgConst(o.c, lit, ci)
	if reason != "" {
		return constFix{reason: reason}
	}
	return constFix{text: ut, fixes: ps.pkgFix(lit, ut, imp)}
}

// pkgFix returns the fix replacing lit by the constants package's constant,
// with the import edit imp if the file needs one. The fix and its edits are
// taken from a block allocated for many findings (see fixBlock); the texts
// are shared by every finding of this code and qualifier (see
// state.useText).
func (ps *passState) pkgFix(lit *ast.BasicLit, ut *useText, imp *analysis.TextEdit) []analysis.SuggestedFix {
	cs := ps.constPkg()
	if len(cs.fixBufs) == 0 {
		cs.fixBufs = make([]fixBuf, fixBlock)
	}
	buf := &cs.fixBufs[0]
	cs.fixBufs = cs.fixBufs[1:]
	edits := buf.edits[:0:len(buf.edits)]
	if imp != nil {
		edits = append(edits, *imp)
	}
	edits = append(edits, analysis.TextEdit{Pos: lit.Pos(), End: lit.End(), NewText: ut.newText})
	buf.fixes[0] = analysis.SuggestedFix{Message: ut.fixMsg, TextEdits: edits}
	return buf.fixes[:]
}

// fixBuf holds one use-constant fix and its edits (see pkgFix).
type fixBuf struct {
	fixes [1]analysis.SuggestedFix
	edits [2]analysis.TextEdit
}

// fixBlock is how many fixBufs one allocation makes: a code-dense file has
// a few dozen findings.
const fixBlock = 32

// usableConst reports whether constant k can replace a literal of type t.
func usableConst(k *types.Const, t types.Type) bool {
	return isUntyped(k) || t != nil && types.Identical(k.Type(), t)
}

func isUntyped(k *types.Const) bool {
	b, ok := k.Type().(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
}

func constString(k *types.Const) (string, bool) {
	v := k.Val()
	if v == nil || v.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(v), true
}

// userConst finds a constant with value code that is in scope at lit and
// can replace it in every build configuration without an initialization
// cycle: a local (or dot-imported) constant first, then a package-level
// one, and of those the first by name.
func (ps *passState) userConst(c inspector.Cursor, lit *ast.BasicLit, code string) *types.Const {
	cands := ps.codeConsts()[code]
	if len(cands) == 0 {
		return nil // the common case: no scope lookup at all
	}
	inner := ps.scopeAt(c)
	if inner == nil {
		return nil
	}
	pos := lit.Pos()
	pkgScope := ps.pass.Pkg.Scope()
	t := ps.pass.TypesInfo.TypeOf(lit)
	decl := ps.declaringConsts(c)
	var best *types.Const
	for _, k := range cands {
		if !usableConst(k, t) {
			continue
		}
		if !ps.file.test && k.Parent() == pkgScope && ps.declaredInTest(k) {
			continue // the file's own build does not have it
		}
		if k.Parent() == pkgScope && !ps.inEveryBuildOf(k) {
			continue // declared for some GOOS, GOARCH or tags only
		}
		if len(decl) > 0 && ps.dependsOn(k, decl) {
			continue // the literal is in k's own declaration: a cycle
		}
		if _, obj := inner.LookupParent(k.Name(), pos); obj != k {
			continue // not in scope here, or shadowed
		}
		if best == nil {
			best = k
		} else if kPkg, bestPkg := k.Parent() == pkgScope, best.Parent() == pkgScope; kPkg != bestPkg {
			if bestPkg {
				best = k
			}
		} else if k.Name() < best.Name() {
			best = k
		}
	}
	return best
}

// declaredInTest reports whether k is declared in a _test.go file.
func (ps *passState) declaredInTest(k *types.Const) bool {
	return isTestFile(ps.pass.Fset.File(k.Pos()))
}

// scopeAt returns the innermost scope enclosing the node at c, or nil. It
// looks up the few enclosing nodes that may have a scope, which costs less
// than types.Scope.Innermost: that scans every file's and function's scope.
func (ps *passState) scopeAt(c inspector.Cursor) *types.Scope {
	scopes := ps.pass.TypesInfo.Scopes
	for ; ; c = c.Parent() {
		var n ast.Node
		switch x := c.Node().(type) {
		case nil:
			return nil // the root
		case *ast.FuncDecl:
			n = x.Type // the body shares the signature's scope
		case *ast.FuncLit:
			n = x.Type
		case *ast.File, *ast.TypeSpec, *ast.BlockStmt, *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt,
			*ast.CaseClause, *ast.CommClause, *ast.ForStmt, *ast.RangeStmt:
			n = x
		default:
			continue
		}
		if s := scopes[n]; s != nil {
			return s
		}
	}
}

// codeConsts returns the string constants whose value is code-shaped, by
// value, that the pass knows so far: those declared at package level and
// those dot-imported (found once per pass, when a literal first needs them),
// and those declared in the function bodies walked so far (runFiles passes
// each declaration statement to declConsts). A local constant is in scope only after its declaration,
// which the walk, in source order, reaches first. The declarations are found
// in the syntax: walking TypesInfo.Defs instead would cost a cache miss for
// each of the package's definitions.
func (ps *passState) codeConsts() map[string][]*types.Const {
	if ps.pkgConstsDone {
		return ps.consts
	}
	ps.pkgConstsDone = true
	for _, f := range ps.pass.Files {
		for _, d := range f.Decls {
			ps.declConsts(d)
		}
	}
	info := ps.pass.TypesInfo
	for _, f := range ps.pass.Files {
		for _, imp := range f.Imports {
			if imp.Name == nil || imp.Name.Name != "." {
				continue
			}
			pn, ok := info.Defs[imp.Name].(*types.PkgName)
			if !ok {
				pn, ok = info.Implicits[imp].(*types.PkgName)
			}
			if ok {
				isc := pn.Imported().Scope()
				for _, name := range isc.Names() {
					if k, ok := isc.Lookup(name).(*types.Const); ok && k.Exported() {
						ps.addConst(k)
					}
				}
			}
		}
	}
	return ps.consts
}

// declConsts adds the code constants that d declares, if it is a constant
// declaration.
func (ps *passState) declConsts(d ast.Decl) {
	gd, ok := d.(*ast.GenDecl)
	if !ok || gd.Tok != token.CONST {
		return
	}
	for _, spec := range gd.Specs {
		if vs, ok := spec.(*ast.ValueSpec); ok {
			for _, id := range vs.Names {
				// A blank constant is in no scope.
				if k, ok := ps.pass.TypesInfo.Defs[id].(*types.Const); ok && k.Parent() != nil {
					ps.addConst(k)
				}
			}
		}
	}
}

func (ps *passState) addConst(k *types.Const) {
	if v, ok := constString(k); ok {
		if _, ok := ps.ix.familyOf(v); ok {
			if ps.consts == nil {
				ps.consts = make(map[string][]*types.Const)
			}
			ps.consts[v] = append(ps.consts[v], k)
		}
	}
}

// qualNames are the candidate names for a new import of the constants
// package, in order of preference; pkgTaken[i] is set when names[i] is
// declared in the package or universe scope, or is not an identifier.
type qualNames struct {
	names    [4]string
	pkgTaken [4]bool
	path     string // the package's quoted import path
}

// quals computes the candidate import names once per pass.
func (ps *passState) quals() *qualNames {
	if ps.qn != nil {
		return ps.qn
	}
	cp := ps.c.constPkg
	qn := &qualNames{path: strconv.Quote(cp)}
	ps.qn = qn
	pkgName := path.Base(cp)
	if cs := ps.constPkg(); cs.pkg != nil {
		pkgName = cs.pkg.Name()
	} else if cs.local != nil {
		pkgName = cs.local.name
	} else if cp == DefaultConstantsPkg {
		pkgName = "codes"
	}
	qn.names = [...]string{pkgName, "err" + pkgName, pkgName + "pkg", "errcodelint" + pkgName}
	for i, q := range qn.names {
		qn.pkgTaken[i] = ps.pass.Pkg.Scope().Lookup(q) != nil || types.Universe.Lookup(q) != nil || !token.IsIdentifier(q) ||
			ps.otherNames(pkgName)[q] // declared in a test file or a file of another build configuration
	}
	return qn
}

// declaredInside reports whether a scope nested in sc, at any depth,
// declares name. Given a file's scope, it looks up the name once in each
// local scope of the file: most files declare no candidate name (or the
// import's name) locally, and then none of their literals needs a lookup
// (see seenByCode and localQual).
func declaredInside(sc *types.Scope, name string) bool {
	for i := range sc.NumChildren() {
		if declaresWithin(sc.Child(i), name) {
			return true
		}
	}
	return false
}

// declaresWithin reports whether sc, or a scope nested in it, declares
// name. An empty scope (most blocks) is not looked up.
func declaresWithin(sc *types.Scope, name string) bool {
	return sc.Len() > 0 && sc.Lookup(name) != nil || declaredInside(sc, name)
}

// fileScope returns the scope of the current file, looked up once.
func (ps *passState) fileScope() *types.Scope {
	fs := ps.file
	if !fs.scopeDone {
		fs.scopeDone = true
		fs.scope = ps.pass.TypesInfo.Scopes[fs.f]
	}
	return fs.scope
}

// declaredBelow reports whether name is declared in sc or in one of its
// parents below stop (the file scope). The scopes found not to declare it
// are added to *clear, and a scope in *clear ends the search: the literals
// of a file share most of their enclosing scopes.
func declaredBelow(name string, sc, stop *types.Scope, clear *[]*types.Scope) bool {
	start := len(*clear)
	for s := sc; s != nil && s != stop; s = s.Parent() {
		if slices.Contains((*clear)[:start], s) {
			break
		}
		if s.Lookup(name) != nil {
			*clear = (*clear)[:start]
			return true
		}
		*clear = append(*clear, s)
	}
	return false
}

// findPkg returns the constants package if it is among the package's
// direct or transitive imports, and whether it is a direct import.
func (ps *passState) findPkg() (*types.Package, bool) {
	cp := ps.c.constPkg
	for _, imp := range ps.pass.Pkg.Imports() {
		if imp.Path() == cp {
			return imp, true
		}
	}
	s := ps.c
	s.reachMu.Lock()
	defer s.reachMu.Unlock()
	if s.reach == nil {
		s.reach = make(map[*types.Package]*types.Package)
	}
	for _, imp := range ps.pass.Pkg.Imports() {
		if r := s.reachConst(imp); r != nil {
			return r, false
		}
	}
	return nil, false
}

// reachConst returns the constants package if it is among pkg's transitive
// imports. The driver shares imported packages between the passes of a
// process, so the answer for each is computed once. s.reachMu is held.
func (s *conf) reachConst(pkg *types.Package) *types.Package {
	if r, ok := s.reach[pkg]; ok {
		return r
	}
	s.reach[pkg] = nil // an import cycle, which the type checker rejects, ends here
	var r *types.Package
	for _, imp := range pkg.Imports() {
		if imp.Path() == s.constPkg {
			r = imp
		} else {
			r = s.reachConst(imp)
		}
		if r != nil {
			break
		}
	}
	s.reach[pkg] = r
	return r
}

// constPkgState is what a pass knows, once, about the constants package.
type constPkgState struct {
	pkg    *types.Package // the constants package, if imported (transitively)
	direct bool           // pkg is a direct import
	reason string         // why no code can use it in this package, if so
	local  *localPkg      // the constants package read from the module's source, when not imported
	// When the package is not imported directly: notDep says why no code
	// can be used unless the package is a dependency, noMod why the go.mod
	// does not allow adding the import ("" when it does).
	notDep, noMod string

	fixBufs []fixBuf // the pass's fixes not handed out yet, see pkgFix
	// consts caches, by code, pkg's constant named like the code (see
	// constIn).
	consts map[*codeInfo]pkgConstant
}

// pkgConstant is the constant named like a code in the constants package,
// or nil k when the package has no such constant with the code's value.
type pkgConstant struct {
	k       *types.Const
	untyped bool // k is untyped (as the generated constants are)
}

// constIn returns the constant of cs.pkg named catalog.ConstName(ci.code)
// whose value is ci.code, or nil, and whether it is untyped; each code is
// looked up once per pass.
func (cs *constPkgState) constIn(ci *codeInfo) (*types.Const, bool) {
	if e, ok := cs.consts[ci]; ok {
		return e.k, e.untyped
	}
	var e pkgConstant
	if c, ok := cs.pkg.Scope().Lookup(ci.constName()).(*types.Const); ok {
		if v, ok := constString(c); ok && v == ci.code {
			e.k, e.untyped = c, isUntyped(c)
		}
	}
	if cs.consts == nil {
		cs.consts = make(map[*codeInfo]pkgConstant)
	}
	cs.consts[ci] = e
	return e.k, e.untyped
}

// constPkg computes, once per pass, how the package can refer to the
// constants package.
func (ps *passState) constPkg() *constPkgState {
	if ps.cps != nil {
		return ps.cps
	}
	cs := &constPkgState{}
	ps.cps = cs
	cp := ps.c.constPkg
	self := ps.pass.Pkg.Path()
	if self == cp || strings.TrimSuffix(self, "_test") == cp {
		cs.reason = "this is the constants package"
		return cs
	}
	cs.pkg, cs.direct = ps.findPkg()
	if cs.pkg == nil || !cs.direct {
		mi := ps.s.module(ps.dir)
		if cs.pkg == nil && cp != DefaultConstantsPkg {
			// A package of the project's own module (or workspace) can be
			// imported without being a dependency yet, unless it imports
			// this package.
			if lp := ps.s.localPkg(mi, cp); lp != nil {
				_, m := ps.s.localModule(mi, cp)
				switch {
				case ps.s.importsCycle(mi, cp, self):
					cs.reason = fmt.Sprintf("importing %s here would make an import cycle", cp)
				case m != nil && m.root != mi.root && !mi.requires[m.path]:
					// Another module of the go.work: the import would
					// build only in the workspace, not with GOWORK=off.
					cs.reason = fmt.Sprintf("go.mod does not require %s, which only the go.work workspace provides (require it to enable the fix)", m.path)
				case m != nil && m.root != mi.root && mi.vendored && !mi.vendorPkgs[cp]:
					cs.reason = fmt.Sprintf("vendor/modules.txt does not list %s (go mod vendor after importing it)", cp)
				default:
					cs.local = lp
				}
				return cs
			}
		}
		switch {
		case cp != DefaultConstantsPkg:
			cs.notDep = fmt.Sprintf("package %s is not a dependency of this package", cp)
		case mi == nil || (mi.path != thisModule && !mi.requires[thisModule]):
			cs.noMod = fmt.Sprintf("go.mod does not require %s (go get %s to enable the fix)", thisModule, cp)
		case mi.vendored && cs.pkg == nil && !mi.vendorPkgs[cp]:
			// Built from vendor/: a new import of a package not vendored
			// fails until go mod vendor runs.
			cs.noMod = fmt.Sprintf("vendor/modules.txt does not list %s (go mod vendor after importing it)", cp)
		}
	}
	return cs
}

// pkgConst returns the texts naming the constants package's constant for
// ci at lit and, when the file does not import the package yet, the edit
// that imports it (see newImport); or the reason why no fix that compiles
// can be offered.
func (ps *passState) pkgConst(c inspector.Cursor, lit *ast.BasicLit, ci *codeInfo) (ut *useText, imp *analysis.TextEdit, reason string) {
	cs := ps.constPkg()
	if cs.reason != "" {
		return nil, nil, cs.reason
	}
	cp := ps.c.constPkg
	verified := false
	name := ci.constName()
	if cs.pkg != nil {
		if k, untyped := cs.constIn(ci); k != nil {
			if !untyped && !usableConst(k, ps.pass.TypesInfo.TypeOf(lit)) {
				return nil, nil, fmt.Sprintf("%s.%s has another type", cp, name)
			}
			verified = true
		}
		if !verified && cs.direct {
			return nil, nil, fmt.Sprintf("package %s has no constant %s = %q", cp, name, ci.code)
		}
	}
	if !verified && cs.local != nil {
		if cs.local.consts[name] != ci.code {
			return nil, nil, fmt.Sprintf("package %s has no constant %s = %q", cp, name, ci.code)
		}
		verified = true
	}
	if !verified {
		switch {
		case cs.notDep != "":
			return nil, nil, cs.notDep
		case !ci.inDefault:
			return nil, nil, fmt.Sprintf("%q is not in the built-in catalog, so %s has no constant for it", ci.code, cp)
		case cs.noMod != "":
			return nil, nil, cs.noMod
		}
	}
	// With the file's scope recorded, the literal has a scope (scopeAt
	// would stop at the file at the latest): it is looked up only when a
	// local declaration may shadow the import's name.
	fileScope := ps.fileScope()
	var inner *types.Scope
	if fileScope == nil {
		if inner = ps.scopeAt(c); inner == nil {
			return nil, nil, "no scope information here"
		}
	}
	ff := ps.fileFix()
	if ff.pkgName == nil {
		ni := ps.newImport(c)
		if ni.qual == "" {
			return nil, nil, "no free name to import " + cp
		}
		return ps.s.useText(ni.qual, ci), ni.edit, ""
	}
	// The import declares ff.qual in the file scope: only a local
	// declaration can shadow it, and most files have none.
	if fileScope == nil || ff.localQual(fileScope) {
		if inner == nil {
			inner = ps.scopeAt(c)
		}
		if fileScope == nil || declaredBelow(ff.qual, inner, fileScope, &ps.file.qualClear) {
			if _, obj := inner.LookupParent(ff.qual, lit.Pos()); obj != ff.pkgName {
				return nil, nil, fmt.Sprintf("the name %s is shadowed here", ff.qual)
			}
		}
	}
	return ps.s.useText(ff.qual, ci), nil, ""
}

// localQual reports whether a local scope of the file, whose scope is
// fileScope, declares the import's name, looked up once per file.
func (ff *fileFix) localQual(fileScope *types.Scope) bool {
	if !ff.localDone {
		ff.localDone = true
		ff.local = declaredInside(fileScope, ff.qual)
	}
	return ff.local
}

// newImport is how the fixes in a file that does not import the constants
// package yet import it: one name and one edit for all of them, so that
// drivers merge the identical edits.
type newImport struct {
	qual string // "" when no candidate name is free
	edit *analysis.TextEdit
}

// newImport chooses, once per file, the first candidate name (see quals)
// that is declared neither in the package, file or universe scope nor
// locally around a code literal of the file from c on. It is chosen where
// the first fix needs it (at c), before the walk reaches the file's later
// literals, so it considers every one of them that might get a fix: a name
// that one of them sees would not compile in its fix.
func (ps *passState) newImport(c inspector.Cursor) *newImport {
	fs := ps.file
	ni := &fs.imp
	if fs.impDone {
		return ni
	}
	fs.impDone = true
	qn := ps.quals()
	fileScope := ps.fileScope()
	file := c // the file's cursor (or the root, if there were none)
	for file.Index() >= 0 {
		if _, ok := file.Node().(*ast.File); ok {
			break
		}
		file = file.Parent()
	}
	for i, cand := range qn.names {
		if qn.pkgTaken[i] || fileScope != nil && fileScope.Lookup(cand) != nil {
			continue
		}
		if ps.seenByCode(file, c.Node().Pos(), cand, fileScope) {
			continue
		}
		ni.qual = cand
		break
	}
	if ni.qual != "" {
		if blank := ps.fileFix().blank; blank != nil {
			// import _ "cp" becomes import "cp" (or import qual "cp").
			if ni.qual == qn.names[0] {
				ni.edit = &analysis.TextEdit{Pos: blank.Name.Pos(), End: blank.Path.Pos()}
			} else {
				ni.edit = &analysis.TextEdit{Pos: blank.Name.Pos(), End: blank.Name.End(), NewText: []byte(ni.qual)}
			}
			return ni
		}
		spec := qn.path
		if ni.qual != qn.names[0] {
			spec = ni.qual + " " + spec
		}
		ni.edit = importEdit(fs.f, fs.tf, spec)
	}
	return ni
}

// seenByCode reports whether name is declared locally (below the file
// scope) around a code literal of the file at or after pos: a plain string
// literal whose value has the shape of a code. Only the top-level
// declarations holding such a local declaration are searched.
func (ps *passState) seenByCode(file inspector.Cursor, pos token.Pos, name string, fileScope *types.Scope) bool {
	var decls []ast.Decl // nil: the whole file
	if fileScope != nil {
		ds, ok := declaringDecls(ps.file.f, fileScope, name, pos)
		if ok && len(ds) == 0 {
			return false // the common case: no local scope of the file declares it
		}
		if ok && file.Node() == ps.file.f {
			decls = ds
		}
	}
	fs := ps.file
	clear := fs.clear[:0]
	defer func() { fs.clear = clear[:0] }()
	seen := func(root inspector.Cursor) bool {
		for c := range root.Preorder((*ast.BasicLit)(nil)) {
			lit := c.Node().(*ast.BasicLit)
			if lit.Pos() < pos || lit.Kind != token.STRING || !ps.ix.candidate(lit.Value) {
				continue
			}
			if _, ok := ps.ix.familyOf(lit.Value[1 : len(lit.Value)-1]); !ok {
				continue
			}
			sc := ps.scopeAt(c)
			if sc == nil || fileScope != nil && !declaredBelow(name, sc, fileScope, &clear) {
				continue
			}
			if _, obj := sc.LookupParent(name, lit.Pos()); obj != nil {
				return true
			}
		}
		return false
	}
	if decls == nil {
		return seen(file)
	}
	for dc := range file.Children() {
		if d, ok := dc.Node().(ast.Decl); ok && slices.Contains(decls, d) && seen(dc) {
			return true
		}
	}
	return false
}

// declaringDecls returns the top-level declarations of f, whose scope is
// fileScope, that end after pos and hold a local scope declaring name. A
// local scope, and every scope nested in it, belongs to the declaration
// holding the position of its top-level ancestor (a child of the file
// scope): a literal that sees the local declaration is in that
// declaration. ok is false when such a scope is in no declaration.
func declaringDecls(f *ast.File, fileScope *types.Scope, name string, pos token.Pos) (decls []ast.Decl, ok bool) {
	for i := range fileScope.NumChildren() {
		ch := fileScope.Child(i)
		if !declaresWithin(ch, name) {
			continue
		}
		j, found := slices.BinarySearchFunc(f.Decls, ch.Pos(), func(d ast.Decl, p token.Pos) int {
			switch {
			case d.End() <= p:
				return -1
			case d.Pos() > p:
				return 1
			}
			return 0
		})
		if !found {
			return nil, false
		}
		if d := f.Decls[j]; d.End() > pos && !slices.Contains(decls, d) {
			decls = append(decls, d)
		}
	}
	return decls, true
}

// fileFix finds, once per file, the file's import of the constants package
// (or its blank import).
func (ps *passState) fileFix() *fileFix {
	fs := ps.file
	if fs.fix != nil {
		return fs.fix
	}
	ff := &fileFix{}
	fs.fix = ff
	cp := ps.c.constPkg
	info := ps.pass.TypesInfo
	for _, imp := range fs.f.Imports {
		if !importsPath(imp, cp) {
			continue
		}
		var pn *types.PkgName
		if imp.Name != nil {
			if imp.Name.Name == "_" && ff.blank == nil {
				ff.blank = imp
			}
			if imp.Name.Name == "_" || imp.Name.Name == "." {
				continue
			}
			pn, _ = info.Defs[imp.Name].(*types.PkgName)
		} else {
			pn, _ = info.Implicits[imp].(*types.PkgName)
		}
		if pn != nil {
			ff.qual, ff.pkgName = pn.Name(), pn
			break
		}
	}
	return ff
}

// importEdit inserts an import spec after the file's last import
// declaration, or after the package clause.
func importEdit(f *ast.File, tf *token.File, spec string) *analysis.TextEdit {
	var last *ast.GenDecl
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			last = gd
		}
	}
	switch {
	case last == nil:
		return &analysis.TextEdit{Pos: f.Name.End(), End: f.Name.End(), NewText: []byte("\n\nimport " + spec)}
	case last.Rparen.IsValid() && (tf == nil || tf.Position(last.Rparen).Column != 1):
		return &analysis.TextEdit{Pos: last.Rparen, End: last.Rparen, NewText: []byte("; " + spec)}
	case last.Rparen.IsValid() && onlyStd(last):
		// A new group after the standard library's, as goimports would.
		return &analysis.TextEdit{Pos: last.Rparen, End: last.Rparen, NewText: []byte("\n\t" + spec + "\n")}
	case last.Rparen.IsValid():
		return &analysis.TextEdit{Pos: last.Rparen, End: last.Rparen, NewText: []byte("\t" + spec + "\n")}
	default:
		return &analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte("\nimport " + spec)}
	}
}

// onlyStd reports whether every import of d is from the standard library
// (no dot in the first path element).
func onlyStd(d *ast.GenDecl) bool {
	for _, spec := range d.Specs {
		is, ok := spec.(*ast.ImportSpec)
		if !ok {
			return false
		}
		p, ok := importPath(is)
		if !ok {
			return false
		}
		first, _, _ := strings.Cut(p, "/")
		if strings.Contains(first, ".") {
			return false
		}
	}
	return true
}

// importsPath reports whether is imports path. A spelling shorter than
// the quoted path cannot be it (an escape is never shorter than the bytes
// it stands for), which saves unquoting most imports.
func importsPath(is *ast.ImportSpec, path string) bool {
	if len(is.Path.Value) < len(path)+2 {
		return false
	}
	p, ok := importPath(is)
	return ok && p == path
}

// importPath returns the path of an import spec. Only a path with an escape
// is unquoted (which allocates).
func importPath(is *ast.ImportSpec) (string, bool) {
	v := is.Path.Value
	if len(v) >= 2 && (v[0] == '"' || v[0] == '`') && v[len(v)-1] == v[0] && strings.IndexByte(v, '\\') < 0 {
		return v[1 : len(v)-1], true
	}
	p, err := strconv.Unquote(v)
	return p, err == nil
}
