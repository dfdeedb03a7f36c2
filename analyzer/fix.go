package analyzer

import (
	"cmp"
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
)

// thisModule is the module that provides the default constants package.
const thisModule = "github.com/errcodelint/errcodelint"

// fileFix is the per-file plan for referring to the constants package: the
// qualifier, and the import edit when the file does not import it yet. Every
// fix in a file carries the identical import edit, so that drivers merge them.
type fileFix struct {
	qual    string             // qualifier, e.g. "codes"
	pkgName *types.PkgName     // the existing import, if any
	edit    *analysis.TextEdit // the import to add, if not imported
	reason  string             // why no fix is possible in this file
	// unshadowed: qual is declared nowhere in the file or package (a new
	// import's name is chosen so), so no literal needs a scope lookup.
	unshadowed bool
}

// useConstant reports a raw literal of a documented code, with a fix that
// replaces it by a constant when one can be offered that compiles.
func (ps *passState) useConstant(lit *ast.BasicLit, ci *codeInfo) {
	if !ps.s.enabled[CatUseConstant] {
		return
	}
	fixes, msg, reason := ps.constFix(lit, ci)
	if fixes == nil {
		ps.report(lit, CatUseConstant, ps.s.noFixText(reason, ci), nil)
		return
	}
	ps.report(lit, CatUseConstant, msg, fixes)
}

// constFix returns the fix replacing lit by a constant of value code (a user
// constant in scope, else the constants package's constant) and the
// use-constant message naming it, or the reason why there is no fix.
func (ps *passState) constFix(lit *ast.BasicLit, ci *codeInfo) (fixes []analysis.SuggestedFix, msg, reason string) {
	code := ci.code
	if k := ps.userConst(lit, code); k != nil {
		return []analysis.SuggestedFix{{
			Message:   "Use " + k.Name(),
			TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(k.Name())}},
		}}, fmt.Sprintf("error code %q is written as a raw string; use the constant %s declared in scope", code, k.Name()), ""
	}
	ut, imp, reason := ps.pkgConst(lit, ci)
	if reason != "" {
		return nil, "", reason
	}
	// One allocation for the fix and its edits; the texts are shared by
	// every finding of this code and qualifier (see state.useText).
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
	return buf.fixes[:], ut.msg, ""
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
// can replace it: a local constant first, then a package-level one.
func (ps *passState) userConst(lit *ast.BasicLit, code string) *types.Const {
	cands := ps.defs().consts[code]
	if len(cands) == 0 {
		return nil // the common case: no scope walk at all
	}
	pos := lit.Pos()
	pkgScope := ps.pass.Pkg.Scope()
	inner := pkgScope.Innermost(pos)
	if inner == nil {
		return nil
	}
	t := ps.pass.TypesInfo.TypeOf(lit)
	var best *types.Const
	for _, k := range cands {
		if !usableConst(k, t) {
			continue
		}
		if _, obj := inner.LookupParent(k.Name(), pos); obj != k {
			continue // not in scope here, or shadowed
		}
		if best == nil || best.Parent() == pkgScope && k.Parent() != pkgScope {
			best = k
		}
	}
	return best
}

// defsIndex is what a pass learns from one walk over TypesInfo.Defs.
type defsIndex struct {
	// consts holds the string constants declared in the package (at
	// package level and in functions), and those dot-imported, whose value
	// is code-shaped, by value.
	consts map[string][]*types.Const
	// quals are the candidate names for a new import of the constants
	// package, in order of preference; pkgTaken[i] is set when quals[i] is
	// declared in the package or universe scope (or is not an identifier),
	// and defs[i] lists the positions where the package otherwise defines
	// it (a local, a parameter, an import name, a label, a method; struct
	// fields excepted).
	quals    [4]string
	pkgTaken [4]bool
	defs     [4][]token.Pos
}

// defs walks TypesInfo.Defs once per pass, when a literal first needs it.
func (ps *passState) defs() *defsIndex {
	if ps.di != nil {
		return ps.di
	}
	di := &defsIndex{consts: make(map[string][]*types.Const)}
	ps.di = di
	cp := ps.s.constPkg
	pkgName := path.Base(cp)
	if pkg := ps.constPkg().pkg; pkg != nil {
		pkgName = pkg.Name()
	} else if cp == DefaultConstantsPkg {
		pkgName = "codes"
	}
	di.quals = [...]string{pkgName, "err" + pkgName, pkgName + "pkg", "errcodelint" + pkgName}
	for i, q := range di.quals {
		di.pkgTaken[i] = ps.pass.Pkg.Scope().Lookup(q) != nil || types.Universe.Lookup(q) != nil || !token.IsIdentifier(q)
	}
	add := func(k *types.Const) {
		if v, ok := constString(k); ok {
			if _, ok := ps.ix.familyOf(v); ok {
				di.consts[v] = append(di.consts[v], k)
			}
		}
	}
	for id, obj := range ps.pass.TypesInfo.Defs {
		if k, ok := obj.(*types.Const); ok && k.Parent() != nil {
			add(k)
		}
		for i, q := range di.quals {
			if id.Name == q {
				// Only now look at the object (a cache miss for each).
				if v, ok := obj.(*types.Var); !ok || !v.IsField() {
					di.defs[i] = append(di.defs[i], id.Pos())
				}
			}
		}
	}
	for _, f := range ps.pass.Files {
		for _, imp := range f.Imports {
			if imp.Name == nil || imp.Name.Name != "." {
				continue
			}
			pn, ok := ps.pass.TypesInfo.Defs[imp.Name].(*types.PkgName)
			if !ok {
				pn, ok = ps.pass.TypesInfo.Implicits[imp].(*types.PkgName)
			}
			if ok {
				isc := pn.Imported().Scope()
				for _, name := range isc.Names() {
					if k, ok := isc.Lookup(name).(*types.Const); ok && k.Exported() {
						add(k)
					}
				}
			}
		}
	}
	for _, ks := range di.consts {
		slices.SortFunc(ks, func(a, b *types.Const) int { return cmp.Compare(a.Name(), b.Name()) })
	}
	return di
}

// findPkg returns the package with the given path among the package's
// direct or transitive imports, and whether it is a direct import.
func (ps *passState) findPkg(p string) (*types.Package, bool) {
	for _, imp := range ps.pass.Pkg.Imports() {
		if imp.Path() == p {
			return imp, true
		}
	}
	if ps.importsIndex == nil {
		ps.importsIndex = make(map[string]*types.Package)
		var visit func(*types.Package)
		visit = func(pkg *types.Package) {
			for _, imp := range pkg.Imports() {
				if _, seen := ps.importsIndex[imp.Path()]; !seen {
					ps.importsIndex[imp.Path()] = imp
					visit(imp)
				}
			}
		}
		visit(ps.pass.Pkg)
	}
	return ps.importsIndex[p], false
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
	cs.pkg, cs.direct = ps.findPkg(cp)
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
// ci at lit and the import edit it needs, or the reason why no fix that
// compiles can be offered.
func (ps *passState) pkgConst(lit *ast.BasicLit, ci *codeInfo) (*useText, *analysis.TextEdit, string) {
	cs := ps.constPkg()
	if cs.reason != "" {
		return nil, nil, cs.reason
	}
	cp := ps.s.constPkg
	verified := false
	name := ci.constName()
	if cs.pkg != nil {
		if k, ok := cs.pkg.Scope().Lookup(name).(*types.Const); ok {
			if v, ok := constString(k); ok && v == ci.code {
				if !isUntyped(k) && !usableConst(k, ps.pass.TypesInfo.TypeOf(lit)) {
					return nil, nil, fmt.Sprintf("%s.%s has another type", cp, name)
				}
				verified = true
			}
		}
		if !verified && cs.direct {
			return nil, nil, fmt.Sprintf("package %s has no constant %s = %q", cp, name, ci.code)
		}
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
	ff := ps.fileFix()
	if ff.reason != "" {
		return nil, nil, ff.reason
	}
	if inner := ps.innermost(ff, lit); inner != nil {
		_, obj := inner.LookupParent(ff.qual, lit.Pos())
		if ff.pkgName != nil && obj != ff.pkgName || ff.pkgName == nil && obj != nil {
			return nil, nil, fmt.Sprintf("the name %s is shadowed here", ff.qual)
		}
	}
	return ps.s.useText(ff.qual, ci), ff.edit, ""
}

// innermost returns the scope to check for shadowing of ff.qual at lit, or
// nil when no check is needed.
func (ps *passState) innermost(ff *fileFix, lit *ast.BasicLit) *types.Scope {
	if ff.unshadowed {
		return nil
	}
	return ps.pass.Pkg.Scope().Innermost(lit.Pos())
}

// fileFix computes, once per file, how the file refers to the constants
// package.
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
		p, err := strconv.Unquote(imp.Path.Value)
		if err != nil || p != cp {
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
		if pn == nil {
			continue
		}
		ff.qual, ff.pkgName = pn.Name(), pn
		return ff
	}
	// A new import: choose a name declared nowhere in the file or package
	// (see defsIndex). Uses need no check: a use refers to a definition in
	// this file, to the package scope or to the universe.
	di := ps.defs()
	cands := di.quals
	taken := di.pkgTaken
	for i := range cands {
		for _, pos := range di.defs[i] {
			if fs.f.FileStart <= pos && pos <= fs.f.FileEnd {
				taken[i] = true
			}
		}
	}
	for _, imp := range fs.f.Imports {
		if pn, ok := info.Implicits[imp].(*types.PkgName); ok {
			for i, cand := range cands {
				if pn.Name() == cand {
					taken[i] = true
				}
			}
		}
	}
	for i, cand := range cands {
		if !taken[i] {
			ff.qual = cand
			break
		}
	}
	if ff.qual == "" {
		ff.reason = "no free name to import " + cp
		return ff
	}
	// Names a dot import brings into the file scope are not in Defs: check
	// every literal in such a file.
	ff.unshadowed = true
	for _, imp := range fs.f.Imports {
		if imp.Name != nil && imp.Name.Name == "." {
			ff.unshadowed = false
		}
	}
	spec := strconv.Quote(cp)
	if ff.qual != cands[0] {
		spec = ff.qual + " " + spec
	}
	ff.edit = importEdit(fs.f, fs.tf, spec)
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
		p, err := strconv.Unquote(is.Path.Value)
		if err != nil {
			return false
		}
		first, _, _ := strings.Cut(p, "/")
		if strings.Contains(first, ".") {
			return false
		}
	}
	return true
}
