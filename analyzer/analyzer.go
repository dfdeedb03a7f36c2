package analyzer

import (
	"cmp"
	"flag"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/errcodelint/errcodelint/catalog"
)

// Analyzer is the default errcodelint analyzer: the built-in catalog, every
// check enabled, constants from DefaultConstantsPkg. Its flags configure this
// instance only.
var Analyzer = New(Config{})

// New returns a fresh analyzer configured by cfg. Flags set on the returned
// analyzer's FlagSet write into its own copy of the configuration.
func New(cfg Config) *analysis.Analyzer {
	s := &state{cfg: Config{
		Catalogs:     append([]string(nil), cfg.Catalogs...),
		StatusFuncs:  append([]string(nil), cfg.StatusFuncs...),
		Checks:       append([]string(nil), cfg.Checks...),
		ConstantsPkg: cfg.ConstantsPkg,
		Prose:        cfg.Prose,
		Given:        append([]string(nil), cfg.Given...),

		SkipNonTestFilesInTestVariants: cfg.SkipNonTestFilesInTestVariants,
	}}
	a := &analysis.Analyzer{
		Name:             "errcodelint",
		Doc:              doc,
		URL:              DocURL,
		Requires:         []*analysis.Analyzer{inspect.Analyzer},
		Run:              s.run,
		RunDespiteErrors: true,
	}
	s.flags = &a.Flags
	a.Flags.Var(listFlag{dst: &s.cfg.Catalogs}, "catalog",
		"comma-separated extra catalog pages (Markdown, HTML or JSON) merged with the built-in catalog; relative paths are resolved from the module root")
	a.Flags.Var(listFlag{dst: &s.cfg.StatusFuncs, check: func(l []string) error { _, err := ParseStatusFuncs(l); return err }}, "status-funcs",
		"comma-separated helpers that tie their code arguments to a status: importpath.Func=400 or importpath.(*Type).Method=404")
	a.Flags.Var(listFlag{dst: &s.cfg.Checks, check: func(l []string) error { _, err := parseChecks(l); return err }}, "checks",
		checksHelp())
	a.Flags.Var(pkgFlag{dst: &s.cfg.ConstantsPkg}, "constants-pkg",
		"import path of the package with one untyped constant per code, used by the use-constant fix")
	a.Flags.BoolVar(&s.cfg.Prose, "prose", s.cfg.Prose,
		"also check codes mentioned inside longer strings (log and error messages) for unknown-code and malformed-code")
	return a
}

// state is one analyzer instance: its configuration and everything derived
// from it once, shared by all packages (the driver may run them in parallel).
type state struct {
	cfg Config

	flags *flag.FlagSet // the analyzer's flags, to tell which were set

	once       sync.Once
	compileErr error
	given      map[string]bool // the configuration keys that override the project file's, see givenKeys

	mu     sync.Mutex
	confs  onceMap[*conf]        // module root -> configuration in effect there
	locals onceMap[*localPkg]    // directory -> local package (nil: none), see localPkg
	dirs   onceMap[*goDir]       // package directory -> its files, see otherNames
	works  map[string][]string   // module root -> its workspace's module roots
	cats   onceMap[*index]       // resolved catalog paths -> index
	mods   map[string]*modInfo   // directory -> enclosing go.mod
	texts  map[qualCode]*useText // use-constant texts, shared by all passes
	masks  map[string]uint64     // file name -> build configurations compiling it, see buildMask
	noFix  map[qualCode]string   // use-constant messages without a fix, by {reason, code}

	builtin *index // if set, replaces builtinIndex for this instance (tests)
}

// compile validates the analyzer's own configuration (New's Config and its
// flags), once.
func (s *state) compile() error {
	s.once.Do(func() {
		if _, err := ParseStatusFuncs(s.cfg.StatusFuncs); err != nil {
			s.compileErr = err
			return
		}
		if _, err := parseChecks(s.cfg.Checks); err != nil {
			s.compileErr = err
			return
		}
		s.given = s.givenKeys(s.flags)
	})
	return s.compileErr
}

func (s *state) run(pass *analysis.Pass) (any, error) {
	if err := s.compile(); err != nil {
		return nil, err
	}
	insp, ok := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	if !ok || insp == nil || pass.TypesInfo == nil {
		return nil, nil
	}
	// The files to check: all but generated ones. The first one's
	// directory locates the module (for relative -catalog paths and the
	// go.mod check). A package of generated files only, such as the test
	// main that the standalone driver loads from the build cache, has
	// nothing to check.
	var files []checkedFile
	tests := 0
	dir := ""
	for fc := range insp.Root().Children() {
		f, ok := fc.Node().(*ast.File)
		if !ok {
			continue
		}
		// cmd/cgo writes a generated file for each file of the user's
		// that imports "C": that is the one to check.
		orig, cgo := cgoSource(pass.Fset, f)
		if !cgo && ast.IsGenerated(f) {
			continue
		}
		tf := pass.Fset.File(f.Pos())
		test := isTestFile(tf)
		if test {
			tests++
		}
		if dir == "" {
			if cgo {
				dir = filepath.Dir(orig)
			} else if tf != nil {
				dir = filepath.Dir(tf.Name())
			}
		}
		files = append(files, checkedFile{fc, f, tf, test, cgo})
	}
	if len(files) == 0 {
		return nil, nil
	}
	c, err := s.conf(dir)
	if err != nil {
		return nil, err
	}
	ps := &passState{s: s, c: c, pass: pass, insp: insp, ix: c.ix, dir: dir}
	total := len(files)
	if s.cfg.SkipNonTestFilesInTestVariants && tests > 0 && tests < total {
		// A test variant: the driver checks the other files in the package
		// without its tests (see Config).
		files = slices.DeleteFunc(files, func(cf checkedFile) bool { return !cf.test })
	}
	ps.runFiles(files, total)
	return nil, nil
}

// isTestFile reports whether tf is a _test.go file.
func isTestFile(tf *token.File) bool {
	return tf != nil && strings.HasSuffix(tf.Name(), "_test.go")
}

// checkedFile is a file the pass checks.
type checkedFile struct {
	c    inspector.Cursor
	f    *ast.File
	tf   *token.File
	test bool // a _test.go file
	cgo  bool // written by cmd/cgo from a file of the user's, see cgoSource
}

// cgoHeader is the generated-code comment of the files cmd/cgo writes.
const cgoHeader = "// Code generated by cmd/cgo; DO NOT EDIT."

// cgoSource reports whether f is a file that cmd/cgo wrote from a file of
// the user's (not itself generated), and that file's name: it has cgo's
// header and no other generated-code comment, and its package clause maps
// back to a .go file through a //line directive. Its findings are the
// user's, reported at their positions in that file; it gets no fixes (they
// would edit cgo's copy).
func cgoSource(fset *token.FileSet, f *ast.File) (string, bool) {
	cgo := false
	for _, cg := range f.Comments {
		if cg.Pos() >= f.Package {
			break
		}
		for _, c := range cg.List {
			switch {
			case c.Text == cgoHeader:
				cgo = true
			case strings.HasPrefix(c.Text, "// Code generated ") && strings.HasSuffix(c.Text, " DO NOT EDIT."):
				return "", false // the user's file is generated too
			}
		}
	}
	if !cgo {
		return "", false
	}
	orig := fset.Position(f.Package).Filename
	if orig == fset.PositionFor(f.Package, false).Filename || !strings.HasSuffix(orig, ".go") {
		return "", false
	}
	return orig, true
}

// passState is the state of one pass over one package.
type passState struct {
	s    *state
	c    *conf // the configuration in effect for the package
	insp *inspector.Inspector
	pass *analysis.Pass
	ix   *index
	dir  string

	file *fileState
	occ  occurrence // the occurrence the checks examine, see code
	// The findings on the literal or constant use at hand, see flush.
	finds []finding
	// The file's codes by repetition group, see repeatedRule: one map
	// for the pass, cleared for each file.
	seen map[repKey]bool

	pkgConstsDone bool
	consts        map[string][]*types.Const // see codeConsts
	qn            *qualNames                // lazily: see quals

	cps *constPkgState // lazily: how to refer to the constants package

	others map[string]bool                 // lazily: see otherNames
	specs  map[*types.Const]*ast.ValueSpec // lazily: see constSpecs

	uses         *usesScan                         // lazily: see scanUses
	unconstr     map[*token.File]bool              // see unconstrained
	ties         map[*types.Var][]varTie           // see varTies
	varUsesOf    map[*types.Var][]inspector.Cursor // see varUses
	pkgVarIdents map[*types.Var][]*ast.Ident       // see varUses
	assigns      map[*types.Var][]token.Pos        // see assignments
	conv         convState                         // see varConverted, funcConverted
}

// usesScan is what one pass over TypesInfo.Uses finds: iterating that map,
// which holds every identifier of the package that refers to an object, is
// the costliest part of each question, so all are answered at once.
type usesScan struct {
	codeConsts []*ast.Ident // uses of constants whose value has the shape of a code, by position
	pkgVars    []varIdent   // uses of package-level variables
	caseMap    bool         // strings.ToLower or strings.ToUpper is used
}

type varIdent struct {
	v  *types.Var
	id *ast.Ident
}

// scanUses makes the one pass over TypesInfo.Uses (see usesScan).
func (ps *passState) scanUses() *usesScan {
	if ps.uses != nil {
		return ps.uses
	}
	u := &usesScan{}
	ps.uses = u
	pkgScope := ps.pass.Pkg.Scope()
	for id, obj := range ps.pass.TypesInfo.Uses {
		switch obj := obj.(type) {
		case *types.Const:
			if ps.isCodeConst(obj) {
				u.codeConsts = append(u.codeConsts, id)
			}
		case *types.Var:
			if obj.Parent() == pkgScope {
				u.pkgVars = append(u.pkgVars, varIdent{obj, id})
			}
		case *types.Func:
			if !u.caseMap && (obj.Name() == "ToLower" || obj.Name() == "ToUpper") && obj.Pkg() != nil && obj.Pkg().Path() == "strings" {
				u.caseMap = true
			}
		}
	}
	slices.SortFunc(u.codeConsts, func(a, b *ast.Ident) int { return cmp.Compare(a.Pos(), b.Pos()) })
	return u
}

// fileState is the per-file state, reset for each file.
type fileState struct {
	f        *ast.File
	tf       *token.File
	test     bool                          // a _test.go file
	cgo      bool                          // written by cmd/cgo, see cgoSource
	suppress map[int][]directive           // lazily parsed, by physical line
	lineDirs map[int]bool                  // physical lines holding only a //line directive
	chains   map[ast.Node]*andChain        // the && chains met, by each of their && nodes
	orTops   map[ast.Node]inspector.Cursor // the top of the || chains met, by each of their || nodes
	groups   map[ast.Node]map[string]bool  // the constant strings of each repetition group met
	exprs    map[ast.Node]bool             // the + and parentheses of constant expressions examined, see constExpr
	blocks   blockCache                    // the blocks whose guards were searched, see blockGuards
	errorsAs map[*ast.CallExpr][]int       // the errors.As calls examined, see errorsAsStatuses
	subjKey  subjectKey                    // the last || chain subject's text, see subjectKey
	fix      *fileFix                      // lazily: the file's import of the constants package
	imp      newImport                     // how fixes add that import, if the file has none (once impDone)
	impDone  bool

	scopeDone bool
	scope     *types.Scope // lazily: the file's scope
	// Scopes known not to declare a name under test (seenByCode) or the
	// existing import's name (pkgConst), see declaredBelow.
	clear, qualClear []*types.Scope
}

var (
	litTypes      = []ast.Node{(*ast.BasicLit)(nil), (*ast.DeclStmt)(nil)}
	litIdentTypes = []ast.Node{(*ast.BasicLit)(nil), (*ast.DeclStmt)(nil), (*ast.Ident)(nil)}
)

// runFiles walks the string literals of files (of the package's total
// checkable files) and the uses of constants whose value is a code, in
// source order. The walk visits only the subtrees that hold a literal; the
// uses come from one pass over TypesInfo.Uses (see identCursors), so that
// the identifiers of a file are not visited one by one, unless only a few
// of the package's files are checked: then a lookup per identifier in those
// files costs less.
func (ps *passState) runFiles(files []checkedFile, total int) {
	perIdent := 2*len(files) < total
	var uses []*ast.Ident
	if !perIdent {
		uses = ps.constUses()
	}
	for _, cf := range files {
		f := cf.f
		lo, _ := slices.BinarySearchFunc(uses, f.FileStart, cmpIdentPos)
		hi, _ := slices.BinarySearchFunc(uses, f.FileEnd+1, cmpIdentPos)
		ids := identCursors{ids: uses[lo:hi], last: cf.c}
		ps.file = &fileState{f: f, tf: cf.tf, test: cf.test, cgo: cf.cgo}
		if len(ps.seen) > 256 {
			ps.seen = nil // clear would keep a large file's capacity for every later file
		} else {
			clear(ps.seen)
		}
		nodes := litTypes
		if perIdent {
			nodes = litIdentTypes
		}
		for c := range cf.c.Preorder(nodes...) {
			n := c.Node()
			// The uses before n, in source order: n's subtree follows
			// them (a literal holds no identifier; a declaration's
			// identifiers come after its position).
			ps.identsBefore(&ids, n.Pos())
			switch n := n.(type) {
			case *ast.BasicLit:
				if n.Kind == token.STRING {
					ps.lit(c, n)
					ps.flush()
				}
			case *ast.DeclStmt:
				ps.declConsts(n.Decl) // local constants, in scope after this
			case *ast.Ident:
				if ps.isCodeConst(ps.pass.TypesInfo.Uses[n]) {
					ps.ident(c, n)
					ps.flush()
				}
			}
		}
		ps.identsBefore(&ids, f.FileEnd+1)
	}
}

// identsBefore examines the uses of ids that come before pos.
func (ps *passState) identsBefore(ids *identCursors, pos token.Pos) {
	for len(ids.ids) > 0 && ids.ids[0].Pos() < pos {
		id := ids.ids[0]
		ids.ids = ids.ids[1:]
		if c, ok := ids.find(id); ok {
			ps.ident(c, id)
			ps.flush()
		}
	}
}

// identCursors finds the cursors of a file's identifiers, given in source
// order: each search starts from the previous one's, so that the file's
// nodes are passed over about once in all.
type identCursors struct {
	ids  []*ast.Ident     // the identifiers still to find, by position
	last inspector.Cursor // the previous identifier's cursor (first: the file's)
}

func (ic *identCursors) find(id *ast.Ident) (inspector.Cursor, bool) {
	pos, end := id.Pos(), id.End()
	// Up from the previous identifier to the first node that holds id,
	// through the siblings after each node passed: id comes later.
	c := ic.last
	for {
		n := c.Node()
		if _, file := n.(*ast.File); file || c.Index() < 0 || n.Pos() <= pos && end <= n.End() {
			break
		}
		if next, ok := nextHolding(c, pos, end); ok {
			c = next
			break
		}
		c = c.Parent()
	}
	found, ok := c.FindByPos(pos, end)
	if !ok || found.Node() != id {
		// FindByPos finds the innermost node at a range; an identifier
		// is a leaf, so this happens only with inexact positions.
		found, ok = c.FindNode(id)
		if !ok {
			return inspector.Cursor{}, false
		}
	}
	ic.last = found
	return found, true
}

// nextHolding returns the first sibling after c whose range holds pos..end.
func nextHolding(c inspector.Cursor, pos, end token.Pos) (inspector.Cursor, bool) {
	for s, ok := c.NextSibling(); ok; s, ok = s.NextSibling() {
		n := s.Node()
		if n.Pos() > pos {
			break
		}
		if end <= n.End() {
			return s, true
		}
	}
	return inspector.Cursor{}, false
}

func cmpIdentPos(id *ast.Ident, pos token.Pos) int { return cmp.Compare(id.Pos(), pos) }

// constUses returns, sorted by position, the identifiers of the package that
// use a constant whose value has the shape of a code. One pass over
// TypesInfo.Uses is much cheaper than looking up every identifier.
func (ps *passState) constUses() []*ast.Ident { return ps.scanUses().codeConsts }

// isCodeConst reports whether obj is a constant whose value has the shape
// of a code.
func (ps *passState) isCodeConst(obj types.Object) bool {
	k, ok := obj.(*types.Const)
	if !ok {
		return false
	}
	ix := ps.ix
	if s, ok := constString(k); ok && len(s) >= ix.minLen && len(s) <= ix.maxLen && ix.first[s[0]] {
		_, ok := ix.familyOf(s)
		return ok
	}
	return false
}

// lit examines a string literal. The prefilter rejects almost every literal
// that cannot be a code without allocating.
func (ps *passState) lit(c inspector.Cursor, n *ast.BasicLit) {
	v := n.Value
	ix := ps.ix
	if operandOfAdd(c) {
		ps.constExpr(c)
	}
	if !ix.candidate(v) {
		if ps.c.prose {
			ps.prose(c, n)
		}
		return
	}
	switch c.ParentEdgeKind() {
	case edge.ImportSpec_Path, edge.Field_Tag:
		return
	}
	if v[len(v)-1] != v[0] {
		return // unterminated: the parser keeps the text without its closing quote
	}
	s := v[1 : len(v)-1]
	escaped := v[0] == '"' && strings.IndexByte(s, '\\') >= 0 || v[0] == '`' && strings.IndexByte(s, '\r') >= 0
	if !escaped && ix.first[v[1]] {
		if fam, ok := ix.familyOf(s); ok {
			st := ps.site(c)
			if isSpace(s[0]) || isSpace(s[len(s)-1]) {
				if !ps.comparedWhole(&st) {
					// "ModelArts.4352 " + detail, a padded column: text
					// that mentions a code, not a code.
					if ps.c.prose {
						ps.prose(c, n)
					}
					return
				}
			}
			ps.code(occurrence{c: c, n: n, lit: n, s: s, fam: fam, st: st})
			return
		}
	}
	// Not a plain code: maybe a regexp pattern for codes. Only then is an
	// escaped literal unquoted, so other literals cost no allocation.
	if ps.isRegexpArg(c) {
		if escaped {
			u, err := strconv.Unquote(v)
			if err != nil {
				return
			}
			s = u
		}
		ps.regexpLit(c, n, s)
		return
	}
	if ps.c.prose {
		ps.prose(c, n)
	}
}

// operandOfAdd reports whether the node at c is an operand of a +,
// through parentheses.
func operandOfAdd(c inspector.Cursor) bool {
	for c.ParentEdgeKind() == edge.ParenExpr_X {
		c = c.Parent()
	}
	if k := c.ParentEdgeKind(); k != edge.BinaryExpr_X && k != edge.BinaryExpr_Y {
		return false
	}
	b, ok := c.Parent().Node().(*ast.BinaryExpr)
	return ok && b.Op == token.ADD
}

// constExpr examines the constant string expression that the string
// literal at c is an operand of (prefix + "9999", "modelarts" + ".4352"):
// the value the type checker computed, once per expression, when it has
// the shape of a code and none of its operands has (those are checked on
// their own).
func (ps *passState) constExpr(c inspector.Cursor) {
	// Up to the outermost +, marking the way: a later operand stops where
	// an earlier one passed, so a long concatenation costs linear time.
	fs := ps.file
	if fs.exprs == nil {
		fs.exprs = map[ast.Node]bool{}
	}
	top := c
	for top.ParentEdgeKind() == edge.ParenExpr_X || operandOfAdd(top) {
		top = top.Parent()
		if fs.exprs[top.Node()] {
			return // examined from an earlier operand
		}
		fs.exprs[top.Node()] = true
	}
	e, ok := top.Node().(ast.Expr)
	if !ok || e == ast.Expr(c.Node().(*ast.BasicLit)) {
		return
	}
	sv, ok := ps.constStringOf(e)
	if !ok || len(sv) < ps.ix.minLen || len(sv) > ps.ix.maxLen {
		return
	}
	fam, ok := ps.ix.familyOf(sv)
	if !ok {
		return
	}
	// The operands, iteratively: a long concatenation is no recursion.
	stack := []ast.Expr{e}
	for len(stack) > 0 {
		x := ast.Unparen(stack[len(stack)-1])
		stack = stack[:len(stack)-1]
		if b, ok := x.(*ast.BinaryExpr); ok && b.Op == token.ADD {
			stack = append(stack, b.X, b.Y)
			continue
		}
		if v, ok := ps.constStringOf(x); ok {
			if _, ok := ps.ix.familyOf(v); ok {
				return // a code on its own: checked where it is
			}
		}
	}
	st := ps.site(top)
	if (isSpace(sv[0]) || isSpace(sv[len(sv)-1])) && !ps.comparedWhole(&st) {
		return
	}
	ps.code(occurrence{c: top, n: e, s: sv, fam: fam, st: st, expr: true})
}

// constStringOf returns the constant string value of e, if it has one.
func (ps *passState) constStringOf(e ast.Expr) (string, bool) {
	tv, ok := ps.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// ident examines a use of a named constant whose value is a code (one of
// constUses).
func (ps *passState) ident(c inspector.Cursor, id *ast.Ident) {
	k, ok := ps.pass.TypesInfo.Uses[id].(*types.Const)
	if !ok {
		return
	}
	s, ok := constString(k)
	if !ok {
		return
	}
	fam, ok := ps.ix.familyOf(s)
	if !ok {
		return
	}
	if c.ParentEdgeKind() == edge.SelectorExpr_Sel {
		c = c.Parent()
	}
	ps.code(occurrence{c: c, n: c.Node().(ast.Expr), s: s, fam: fam, st: ps.site(c)})
}

// occurrence is one occurrence of a code-shaped value, as the checks see it.
type occurrence struct {
	c   inspector.Cursor
	n   ast.Expr      // where findings are reported
	lit *ast.BasicLit // the string literal holding the code; nil for a use of a constant
	s   string        // the code as written
	fam catalog.Family
	st  site
	// ci is the documented code s stands for, or nil; malformed is set
	// when s spells it differently.
	ci        *codeInfo
	malformed bool
	// normalising: s is another spelling of ci's code next to the
	// catalog's own in its group (x == "A_1" || x == "A.1"), on purpose.
	normalising bool
	// expr: n is a constant expression (prefix + "0204") holding no code
	// of its own; lit is nil.
	expr bool
}

// inText reports whether the code is part of a longer string, a regexp
// pattern or prose: only its spelling is checked.
func (o *occurrence) inText() bool {
	return o.st.match == matchRegexp || o.st.match == matchProse
}

// code looks up the catalog's code for o and runs the enabled checks on it.
func (ps *passState) code(occ occurrence) {
	// The rules are called indirectly, so a pointer to a local would make
	// every occurrence escape to the heap: the pass holds the current one.
	ps.occ = occ
	o := &ps.occ
	ix := ps.ix
	o.ci = ix.codeInfo(o.s)
	if o.ci == nil {
		if canon, ok := ix.catalog().Canonical(o.s); ok {
			o.ci = ix.codeInfo(canon)
			trimmed := strings.TrimSpace(o.s)
			// EqualFold ignores letter case.
			o.malformed = !o.st.fold || trimmed != o.s || !strings.EqualFold(trimmed, canon)
			if o.st.group != nil && !o.inText() && ps.groupHas(o.st.group, canon) {
				// The catalog's spelling stands next to this one: the
				// variant is accepted or mapped on purpose.
				o.malformed, o.normalising = false, true
			} else if o.malformed && !o.inText() && ps.branchProduces(o.c, canon) {
				// if x == "A.1" { x = "A_1" }: mapped on purpose.
				o.malformed, o.normalising = false, true
			}
		}
	}
	for _, rule := range ps.c.rules {
		rule(ps, o)
	}
}

// branchProduces reports whether the code at c is compared (==, through
// && and parentheses, as an if condition, or as a case of a tagged switch)
// to guard a branch that produces the catalog's spelling canon: a return
// value or an assigned value whose constant value is canon.
func (ps *passState) branchProduces(c inspector.Cursor, canon string) bool {
	for c.ParentEdgeKind() == edge.ParenExpr_X {
		c = c.Parent()
	}
	var body []ast.Stmt
	switch c.ParentEdgeKind() {
	case edge.CaseClause_List:
		body = c.Parent().Node().(*ast.CaseClause).Body
	case edge.BinaryExpr_X, edge.BinaryExpr_Y:
		if b := c.Parent().Node().(*ast.BinaryExpr); b.Op != token.EQL {
			return false
		}
		c = c.Parent()
		for {
			for c.ParentEdgeKind() == edge.ParenExpr_X {
				c = c.Parent()
			}
			if k := c.ParentEdgeKind(); k != edge.BinaryExpr_X && k != edge.BinaryExpr_Y {
				break
			}
			if c.Parent().Node().(*ast.BinaryExpr).Op != token.LAND {
				return false
			}
			c = c.Parent()
		}
		if c.ParentEdgeKind() != edge.IfStmt_Cond {
			return false
		}
		body = c.Parent().Node().(*ast.IfStmt).Body.List
	default:
		return false
	}
	is := func(e ast.Expr) bool {
		v, ok := ps.constStringOf(e)
		return ok && v == canon
	}
	found := false
	for _, stmt := range body {
		ast.Inspect(stmt, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				found = found || slices.ContainsFunc(n.Results, is)
			case *ast.AssignStmt:
				found = found || slices.ContainsFunc(n.Rhs, is)
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// groupHas reports whether the repetition group g (an || chain, a switch,
// a literal or an argument list) holds an expression whose constant value
// is exactly s. The group's values are collected once.
func (ps *passState) groupHas(g ast.Node, s string) bool {
	fs := ps.file
	vals, ok := fs.groups[g]
	if !ok {
		vals = map[string]bool{}
		add := func(e ast.Expr) {
			if tv, ok := ps.pass.TypesInfo.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				vals[constant.StringVal(tv.Value)] = true
			}
		}
		switch g := g.(type) {
		case *ast.BinaryExpr: // an || chain of comparisons
			stack := []ast.Expr{g}
			for len(stack) > 0 {
				e := ast.Unparen(stack[len(stack)-1])
				stack = stack[:len(stack)-1]
				if b, ok := e.(*ast.BinaryExpr); ok {
					switch b.Op {
					case token.LOR:
						stack = append(stack, b.X, b.Y)
					case token.EQL, token.NEQ:
						add(b.X)
						add(b.Y)
					}
				}
			}
		case *ast.SwitchStmt:
			for _, cc := range g.Body.List {
				if cc, ok := cc.(*ast.CaseClause); ok {
					for _, e := range cc.List {
						add(e)
					}
				}
			}
		case *ast.CompositeLit:
			for _, e := range g.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					add(kv.Key)
					add(kv.Value)
				} else {
					add(e)
				}
			}
		case *ast.CallExpr:
			for _, e := range g.Args {
				add(e)
			}
		}
		if fs.groups == nil {
			fs.groups = map[ast.Node]map[string]bool{}
		}
		fs.groups[g] = vals
	}
	return vals[s]
}

// report records a finding of check category at n unless a directive
// suppresses it; flush reports the findings of the literal or constant use
// at hand as one diagnostic. Only the enabled checks run, so only they
// report.
func (ps *passState) report(n ast.Node, category, msg string, fixes []analysis.SuggestedFix) {
	if ps.suppressed(n.Pos(), category) {
		return
	}
	ps.finds = append(ps.finds, finding{n: n, category: category, msg: msg, fixes: fixes})
}

// finding is one check's finding on the literal or constant use at hand.
type finding struct {
	n        ast.Node
	category string
	msg      string
	fixes    []analysis.SuggestedFix
}

// flush reports the findings recorded since the last flush, all on one
// literal or constant use, as one diagnostic: drivers such as golangci-lint
// keep one issue per line and apply every fix they are given. Its category
// is the most important finding's (in the order of the table of checks),
// its message that finding's followed by the others', and its one fix the
// first fix of the most important finding that has one: the rewrite to the
// constant where use-constant applies, so that one -fix run leaves nothing
// to fix.
func (ps *passState) flush() {
	finds := ps.finds
	switch len(finds) {
	case 0:
		return
	case 1:
		f := finds[0]
		ps.emit(f.n, f.category, f.msg, f.fixes)
		clear(ps.finds)
		ps.finds = finds[:0]
		return
	}
	slices.SortStableFunc(finds, func(a, b finding) int {
		return cmp.Compare(slices.Index(Checks, a.category), slices.Index(Checks, b.category))
	})
	var msg strings.Builder
	var fixes []analysis.SuggestedFix
	for i, f := range finds {
		if i > 0 {
			if strings.Contains(msg.String(), f.msg) {
				continue
			}
			msg.WriteString("; also ")
		}
		msg.WriteString(f.msg)
		if fixes == nil && len(f.fixes) > 0 {
			fixes = f.fixes
		}
	}
	ps.emit(finds[0].n, finds[0].category, msg.String(), fixes)
	clear(ps.finds)
	ps.finds = finds[:0]
}

// emit reports one diagnostic with at most one fix. Its URL is left empty:
// drivers resolve "#"+category against the analyzer's URL (DocURL), which
// gives the check's section (Check.URL) at less cost per finding than
// resolving a full URL.
func (ps *passState) emit(n ast.Node, category, msg string, fixes []analysis.SuggestedFix) {
	if len(fixes) > 1 {
		fixes = fixes[:1]
	}
	if ps.file.cgo {
		fixes = nil
	}
	ps.pass.Report(analysis.Diagnostic{
		Pos:            n.Pos(),
		End:            n.End(),
		Category:       category,
		Message:        msg,
		SuggestedFixes: fixes,
	})
}
