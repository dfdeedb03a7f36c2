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
	"golang.org/x/tools/go/ast/edge"

	"github.com/errcodelint/errcodelint/catalog"
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
}

// useConstant reports a raw literal of a documented code, with a fix that
// replaces it by a constant when one can be offered that compiles.
func (ps *passState) useConstant(lit *ast.BasicLit, code string) {
	if !ps.s.enabled[CatUseConstant] {
		return
	}
	fix, what, reason := ps.constFix(lit, code)
	if fix == nil {
		ps.report(lit, CatUseConstant,
			fmt.Sprintf("error code %q is written as a raw string; use a named constant (no automatic fix: %s)", code, reason), nil)
		return
	}
	ps.report(lit, CatUseConstant, fmt.Sprintf("error code %q is written as a raw string; use %s", code, what), []analysis.SuggestedFix{*fix})
}

// constFix returns the fix replacing lit by a constant of value code: a user
// constant in scope, else the constants package's constant. what describes
// the constant for messages; reason says why there is no fix.
func (ps *passState) constFix(lit *ast.BasicLit, code string) (fix *analysis.SuggestedFix, what, reason string) {
	if k := ps.userConst(lit, code); k != nil {
		return &analysis.SuggestedFix{
			Message:   "Use " + k.Name(),
			TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(k.Name())}},
		}, "the constant " + k.Name() + " declared in scope", ""
	}
	name := catalog.ConstName(code)
	expr, edits, reason := ps.pkgConst(lit, code, name)
	if reason != "" {
		return nil, "", reason
	}
	edits = append(edits, analysis.TextEdit{Pos: lit.Pos(), End: lit.End(), NewText: []byte(expr)})
	return &analysis.SuggestedFix{Message: "Use " + expr, TextEdits: edits}, expr, ""
}

// usableConst reports whether constant k can replace a literal of type t.
func usableConst(k *types.Const, t types.Type) bool {
	if b, ok := k.Type().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return true
	}
	return t != nil && types.Identical(k.Type(), t)
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
	cands := ps.constsByValue()[code]
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

// constsByValue indexes the string constants declared in the package (at
// package level and in functions), and those dot-imported, by value, once
// per pass and only when a literal needs it.
func (ps *passState) constsByValue() map[string][]*types.Const {
	if ps.pkgConsts != nil {
		return ps.pkgConsts
	}
	ps.pkgConsts = make(map[string][]*types.Const)
	add := func(k *types.Const) {
		if v, ok := constString(k); ok {
			if _, ok := ps.ix.familyOf(v); ok {
				ps.pkgConsts[v] = append(ps.pkgConsts[v], k)
			}
		}
	}
	sc := ps.pass.Pkg.Scope()
	for _, name := range sc.Names() {
		if k, ok := sc.Lookup(name).(*types.Const); ok {
			add(k)
		}
	}
	for id, obj := range ps.pass.TypesInfo.Defs {
		if k, ok := obj.(*types.Const); ok && id != nil && k.Parent() != nil && k.Parent() != sc {
			add(k)
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
	for _, ks := range ps.pkgConsts {
		slices.SortFunc(ks, func(a, b *types.Const) int { return cmp.Compare(a.Name(), b.Name()) })
	}
	return ps.pkgConsts
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

// pkgConst returns the expression naming the constants package's constant
// for code at lit and the import edits it needs, or the reason why no fix
// that compiles can be offered.
func (ps *passState) pkgConst(lit *ast.BasicLit, code, name string) (string, []analysis.TextEdit, string) {
	cp := ps.s.constPkg
	self := ps.pass.Pkg.Path()
	if self == cp || strings.TrimSuffix(self, "_test") == cp {
		return "", nil, "this is the constants package"
	}
	pkg, direct := ps.findPkg(cp)
	verified := false
	if pkg != nil {
		if k, ok := pkg.Scope().Lookup(name).(*types.Const); ok {
			if v, ok := constString(k); ok && v == code {
				if !usableConst(k, ps.pass.TypesInfo.TypeOf(lit)) {
					return "", nil, fmt.Sprintf("%s.%s has another type", cp, name)
				}
				verified = true
			}
		}
		if !verified && direct {
			return "", nil, fmt.Sprintf("package %s has no constant %s = %q", cp, name, code)
		}
	}
	if !verified {
		if cp != DefaultConstantsPkg {
			return "", nil, fmt.Sprintf("package %s is not a dependency of this package", cp)
		}
		if !catalog.Default().Known(code) {
			return "", nil, fmt.Sprintf("%q is not in the built-in catalog, so %s has no constant for it", code, cp)
		}
		mi := ps.s.module(ps.dir)
		if mi == nil || (mi.path != thisModule && !mi.requires[thisModule]) {
			return "", nil, fmt.Sprintf("go.mod does not require %s (go get %s to enable the fix)", thisModule, cp)
		}
	}
	ff := ps.fileFix(pkg)
	if ff.reason != "" {
		return "", nil, ff.reason
	}
	if inner := ps.pass.Pkg.Scope().Innermost(lit.Pos()); inner != nil {
		_, obj := inner.LookupParent(ff.qual, lit.Pos())
		if ff.pkgName != nil && obj != ff.pkgName || ff.pkgName == nil && obj != nil {
			return "", nil, fmt.Sprintf("the name %s is shadowed here", ff.qual)
		}
	}
	var edits []analysis.TextEdit
	if ff.edit != nil {
		edits = append(edits, *ff.edit)
	}
	return ff.qual + "." + name, edits, ""
}

// fileFix computes, once per file, how the file refers to the constants
// package.
func (ps *passState) fileFix(pkg *types.Package) *fileFix {
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
	// A new import: choose a name used nowhere in the file or package.
	pkgName := path.Base(cp)
	if pkg != nil {
		pkgName = pkg.Name()
	} else if cp == DefaultConstantsPkg {
		pkgName = "codes"
	}
	cands := [...]string{pkgName, "err" + pkgName, pkgName + "pkg", "errcodelint" + pkgName}
	var taken [len(cands)]bool
	for i, cand := range cands {
		taken[i] = ps.pass.Pkg.Scope().Lookup(cand) != nil || types.Universe.Lookup(cand) != nil || !token.IsIdentifier(cand)
	}
	mark := func(name string) {
		for i, cand := range cands {
			if name == cand {
				taken[i] = true
			}
		}
	}
	// Any identifier of the file with a candidate's name (a local, a field,
	// another import) makes that name unsafe for the whole file.
	for c := range fs.cur.Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		switch c.ParentEdgeKind() {
		case edge.SelectorExpr_Sel:
			continue // x.codes: a field or method, no conflict
		case edge.KeyValueExpr_Key, edge.Field_Names:
			if v, ok := info.ObjectOf(id).(*types.Var); ok && v.IsField() {
				continue // a struct field's name
			}
		}
		mark(id.Name)
	}
	for _, imp := range fs.f.Imports {
		if pn, ok := info.Implicits[imp].(*types.PkgName); ok {
			mark(pn.Name())
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
	spec := strconv.Quote(cp)
	if ff.qual != pkgName {
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
