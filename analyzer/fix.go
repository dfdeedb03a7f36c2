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
// it already. Fixes in a file that does not are held back until the end of
// the file (see resolveFixes), which chooses one name and one import edit for
// all of them, so that drivers merge the identical edits.
type fileFix struct {
	qual    string         // the import's name, e.g. "codes"
	pkgName *types.PkgName // the import; nil when the file does not import the package
}

// useConstant reports a raw literal of a documented code, with a fix that
// replaces it by a constant when one can be offered that compiles.
func (ps *passState) useConstant(c inspector.Cursor, lit *ast.BasicLit, ci *codeInfo) {
	if !ps.s.enabled[CatUseConstant] {
		return
	}
	fixes, msg, reason, pending := ps.constFix(c, lit, ci)
	switch {
	case pending:
		ps.reportPending(c, lit, CatUseConstant, "", nil, ci)
	case fixes == nil:
		ps.report(lit, CatUseConstant, ps.s.noFixText(reason, ci), nil)
	default:
		ps.report(lit, CatUseConstant, msg, fixes)
	}
}

// constFix returns the fix replacing lit by a constant of value code (a user
// constant in scope, else the constants package's constant) and the
// use-constant message naming it, or the reason why there is no fix, or
// pending when the fix needs a new import (see resolveFixes).
func (ps *passState) constFix(c inspector.Cursor, lit *ast.BasicLit, ci *codeInfo) (fixes []analysis.SuggestedFix, msg, reason string, pending bool) {
	code := ci.code
	if k := ps.userConst(c, lit, code); k != nil {
		return []analysis.SuggestedFix{{
			Message:   "Use " + k.Name(),
			TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(k.Name())}},
		}}, fmt.Sprintf("error code %q is written as a raw string; use the constant %s declared in scope", code, k.Name()), "", false
	}
	ut, reason, pending := ps.pkgConst(c, lit, ci)
	if reason != "" || pending {
		return nil, "", reason, pending
	}
	return pkgFix(lit, ut, nil), ut.msg, "", false
}

// pkgFix returns the fix replacing lit by the constants package's constant,
// with the import edit imp if the file needs one. One allocation holds the
// fix and its edits; the texts are shared by every finding of this code and
// qualifier (see state.useText).
func pkgFix(lit *ast.BasicLit, ut *useText, imp *analysis.TextEdit) []analysis.SuggestedFix {
	buf := new(struct {
		fixes [1]analysis.SuggestedFix
		edits [2]analysis.TextEdit
	})
	edits := buf.edits[:0]
	if imp != nil {
		edits = append(edits, *imp)
	}
	edits = append(edits, analysis.TextEdit{Pos: lit.Pos(), End: lit.End(), NewText: ut.newText})
	buf.fixes[0] = analysis.SuggestedFix{Message: ut.fixMsg, TextEdits: edits}
	return buf.fixes[:]
}

// useText is the text of the use-constant finding and fix for one code and
// qualifier, computed once per analyzer instance and shared by the findings.
type useText struct {
	newText []byte // qual.Name
	fixMsg  string
	msg     string
}

func newUseText(qual, code, name string) useText {
	expr := qual + "." + name
	return useText{
		newText: []byte(expr),
		fixMsg:  "Use " + expr,
		msg:     fmt.Sprintf("error code %q is written as a raw string; use %s", code, expr),
	}
}

// qualCode keys the per-instance text caches: a qualifier (useText) or a
// reason (noFixText), and a code.
type qualCode struct{ qual, code string }

// noFixText returns the use-constant message for ci when no fix can be
// offered for reason, computed once per analyzer instance: the reasons are
// few (typically "go.mod does not require ...") and codes recur.
func (s *state) noFixText(reason string, ci *codeInfo) string {
	key := qualCode{reason, ci.code}
	s.mu.Lock()
	defer s.mu.Unlock()
	msg, ok := s.noFix[key]
	if !ok {
		msg = fmt.Sprintf("error code %q is written as a raw string; use a named constant (no automatic fix: %s)", ci.code, reason)
		if s.noFix == nil {
			s.noFix = make(map[qualCode]string)
		}
		s.noFix[key] = msg
	}
	return msg
}

// useText returns the texts for ci with qualifier qual: precomputed for
// defaultQual, else computed once per analyzer instance.
func (s *state) useText(qual string, ci *codeInfo) *useText {
	if qual == defaultQual {
		ci.constName() // builds ci.text too
		return &ci.text
	}
	key := qualCode{qual, ci.code}
	s.mu.Lock()
	defer s.mu.Unlock()
	ut := s.texts[key]
	if ut == nil {
		t := newUseText(qual, ci.code, ci.constName())
		ut = &t
		if s.texts == nil {
			s.texts = make(map[qualCode]*useText)
		}
		s.texts[key] = ut
	}
	return ut
}

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
// can replace it: a local (or dot-imported) constant first, then a
// package-level one, and of those the first by name.
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
	var best *types.Const
	for _, k := range cands {
		if !usableConst(k, t) {
			continue
		}
		if !ps.file.test && k.Parent() == pkgScope && ps.declaredInTest(k) {
			continue // the file's own build does not have it
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
}

// quals computes the candidate import names once per pass.
func (ps *passState) quals() *qualNames {
	if ps.qn != nil {
		return ps.qn
	}
	qn := &qualNames{}
	ps.qn = qn
	cp := ps.s.constPkg
	pkgName := path.Base(cp)
	if pkg := ps.constPkg().pkg; pkg != nil {
		pkgName = pkg.Name()
	} else if cp == DefaultConstantsPkg {
		pkgName = "codes"
	}
	qn.names = [...]string{pkgName, "err" + pkgName, pkgName + "pkg", "errcodelint" + pkgName}
	for i, q := range qn.names {
		qn.pkgTaken[i] = ps.pass.Pkg.Scope().Lookup(q) != nil || types.Universe.Lookup(q) != nil || !token.IsIdentifier(q)
	}
	return qn
}

// pendingFix is a fix that names the constants package in a file that does
// not import it yet; resolveFixes completes it at the end of the file.
type pendingFix struct {
	diag  int // index in fileState.diags
	lit   *ast.BasicLit
	scope *types.Scope // innermost scope at lit
	ci    *codeInfo
	use   bool // the use-constant finding, whose message names the constant
}

// reportPending reports a finding at lit whose fix needs the constants
// package imported; resolveFixes adds the fix.
func (ps *passState) reportPending(c inspector.Cursor, lit *ast.BasicLit, category, msg string, fixes []analysis.SuggestedFix, ci *codeInfo) {
	i, ok := ps.add(lit, category, msg, fixes)
	if !ok {
		return
	}
	ps.file.pending = append(ps.file.pending, pendingFix{diag: i, lit: lit, scope: ps.scopeAt(c), ci: ci, use: category == CatUseConstant})
}

// resolveFixes completes, at the end of a file, the fixes that need the
// constants package imported: it chooses the first candidate name that
// refers to nothing at any of their literals (so is declared neither in the
// package nor in the file scope, nor locally around a literal) and adds the
// import under that name.
func (ps *passState) resolveFixes() {
	fs := ps.file
	if len(fs.pending) == 0 {
		return
	}
	qn := ps.quals()
	fileScope := ps.fileScope()
	qual := ""
	for i, cand := range qn.names {
		if qn.pkgTaken[i] || fileScope != nil && fileScope.Lookup(cand) != nil {
			continue
		}
		free := true
		clear := fs.clear[:0]
		for _, p := range fs.pending {
			if p.scope == nil {
				continue // no fix there, see below
			}
			if fileScope != nil && !declaredBelow(cand, p.scope, fileScope, &clear) {
				continue // declared neither locally nor in the file, package or universe scope
			}
			if _, obj := p.scope.LookupParent(cand, p.lit.Pos()); obj != nil {
				free = false
				break
			}
		}
		fs.clear = clear[:0]
		if free {
			qual = cand
			break
		}
	}
	cp := ps.s.constPkg
	var edit *analysis.TextEdit
	if qual != "" {
		spec := strconv.Quote(cp)
		if qual != qn.names[0] {
			spec = qual + " " + spec
		}
		edit = importEdit(fs.f, fs.tf, spec)
	}
	for _, p := range fs.pending {
		d := &fs.diags[p.diag]
		switch {
		case qual != "" && p.scope != nil:
			ut := ps.s.useText(qual, p.ci)
			fix := pkgFix(p.lit, ut, edit)
			if p.use {
				d.Message, d.SuggestedFixes = ut.msg, fix
			} else {
				d.SuggestedFixes = append(fix, d.SuggestedFixes...)
			}
		case p.use && p.scope == nil:
			d.Message = ps.s.noFixText("no scope information here", p.ci)
		case p.use:
			d.Message = ps.s.noFixText("no free name to import "+cp, p.ci)
		}
	}
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
	cp := ps.s.constPkg
	for _, imp := range ps.pass.Pkg.Imports() {
		if imp.Path() == cp {
			return imp, true
		}
	}
	s := ps.s
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
func (s *state) reachConst(pkg *types.Package) *types.Package {
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
	// When the package is not imported directly: notDep says why no code
	// can be used unless the package is a dependency, noMod why the go.mod
	// does not allow adding the import ("" when it does).
	notDep, noMod string
}

// constPkg computes, once per pass, how the package can refer to the
// constants package.
func (ps *passState) constPkg() *constPkgState {
	if ps.cps != nil {
		return ps.cps
	}
	cs := &constPkgState{}
	ps.cps = cs
	cp := ps.s.constPkg
	self := ps.pass.Pkg.Path()
	if self == cp || strings.TrimSuffix(self, "_test") == cp {
		cs.reason = "this is the constants package"
		return cs
	}
	cs.pkg, cs.direct = ps.findPkg()
	if cs.pkg == nil || !cs.direct {
		switch mi := ps.s.module(ps.dir); {
		case cp != DefaultConstantsPkg:
			cs.notDep = fmt.Sprintf("package %s is not a dependency of this package", cp)
		case mi == nil || (mi.path != thisModule && !mi.requires[thisModule]):
			cs.noMod = fmt.Sprintf("go.mod does not require %s (go get %s to enable the fix)", thisModule, cp)
		}
	}
	return cs
}

// pkgConst returns the texts naming the constants package's constant for
// ci at lit, or the reason why no fix that compiles can be offered, or
// pending when the file does not import the package yet.
func (ps *passState) pkgConst(c inspector.Cursor, lit *ast.BasicLit, ci *codeInfo) (ut *useText, reason string, pending bool) {
	cs := ps.constPkg()
	if cs.reason != "" {
		return nil, cs.reason, false
	}
	cp := ps.s.constPkg
	verified := false
	name := ci.constName()
	if cs.pkg != nil {
		if k := ci.constIn(cs.pkg); k != nil {
			if !isUntyped(k) && !usableConst(k, ps.pass.TypesInfo.TypeOf(lit)) {
				return nil, fmt.Sprintf("%s.%s has another type", cp, name), false
			}
			verified = true
		}
		if !verified && cs.direct {
			return nil, fmt.Sprintf("package %s has no constant %s = %q", cp, name, ci.code), false
		}
	}
	if !verified {
		switch {
		case cs.notDep != "":
			return nil, cs.notDep, false
		case !ci.inDefault:
			return nil, fmt.Sprintf("%q is not in the built-in catalog, so %s has no constant for it", ci.code, cp), false
		case cs.noMod != "":
			return nil, cs.noMod, false
		}
	}
	ff := ps.fileFix()
	if ff.pkgName == nil {
		return nil, "", true
	}
	inner := ps.scopeAt(c)
	if inner == nil {
		return nil, "no scope information here", false
	}
	// The import declares ff.qual in the file scope: only a local
	// declaration can shadow it.
	fs := ps.file
	if fileScope := ps.fileScope(); fileScope == nil || declaredBelow(ff.qual, inner, fileScope, &fs.qualClear) {
		if _, obj := inner.LookupParent(ff.qual, lit.Pos()); obj != ff.pkgName {
			return nil, fmt.Sprintf("the name %s is shadowed here", ff.qual), false
		}
	}
	return ps.s.useText(ff.qual, ci), "", false
}

// fileFix finds, once per file, the file's import of the constants package.
func (ps *passState) fileFix() *fileFix {
	fs := ps.file
	if fs.fix != nil {
		return fs.fix
	}
	ff := &fileFix{}
	fs.fix = ff
	cp := ps.s.constPkg
	info := ps.pass.TypesInfo
	for _, imp := range fs.f.Imports {
		p, ok := importPath(imp)
		if !ok || p != cp {
			continue
		}
		var pn *types.PkgName
		if imp.Name != nil {
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
