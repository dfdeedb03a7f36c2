package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"os"
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

	once        sync.Once
	compileErr  error
	statusFuncs map[string]int
	enabled     map[string]bool
	constPkg    string

	mu    sync.Mutex
	cats  map[string]*catEntry  // resolved catalog paths -> index
	mods  map[string]*modInfo   // directory -> enclosing go.mod
	texts map[qualCode]*useText // use-constant texts, shared by all passes
	noFix map[qualCode]string   // use-constant messages without a fix, by {reason, code}

	reachMu sync.Mutex
	reach   map[*types.Package]*types.Package // package -> the constants package among its imports, transitively
}

type catEntry struct {
	once sync.Once
	ix   *index
	err  error
}

func (s *state) compile() error {
	s.once.Do(func() {
		var err error
		if s.statusFuncs, err = ParseStatusFuncs(s.cfg.StatusFuncs); err != nil {
			s.compileErr = err
			return
		}
		if s.enabled, err = parseChecks(s.cfg.Checks); err != nil {
			s.compileErr = err
			return
		}
		s.constPkg = s.cfg.ConstantsPkg
		if s.constPkg == "" {
			s.constPkg = DefaultConstantsPkg
		}
	})
	return s.compileErr
}

// index returns the catalog index for the package in dir, loading the
// configured catalogs once per distinct set of resolved paths.
func (s *state) index(dir string) (*index, error) {
	var paths []string
	if len(s.cfg.Catalogs) > 0 {
		root := dir
		if mi := s.module(dir); mi != nil {
			root = mi.root
		}
		for _, p := range s.cfg.Catalogs {
			if !filepath.IsAbs(p) {
				p = filepath.Join(root, p)
			}
			paths = append(paths, filepath.Clean(p))
		}
	}
	key := strings.Join(paths, "\x00")
	s.mu.Lock()
	if s.cats == nil {
		s.cats = make(map[string]*catEntry)
	}
	ce := s.cats[key]
	if ce == nil {
		ce = &catEntry{}
		s.cats[key] = ce
	}
	s.mu.Unlock()
	ce.once.Do(func() {
		var cat *catalog.Catalog
		if len(paths) == 0 {
			cat = catalog.Default()
		} else {
			cat, ce.err = catalog.Load(paths...)
			if ce.err != nil {
				ce.err = fmt.Errorf("loading -catalog: %w", ce.err)
				return
			}
		}
		ce.ix = newIndex(cat)
	})
	return ce.ix, ce.err
}

// modInfo describes the go.mod enclosing a directory.
type modInfo struct {
	root     string // directory holding go.mod
	path     string // module path
	requires map[string]bool
}

// module returns the go.mod enclosing dir, or nil. Results are cached per
// directory, and a directory without a go.mod shares its parent's entry, so
// each go.mod is read and parsed once.
func (s *state) module(dir string) *modInfo {
	if dir == "" {
		return nil
	}
	s.mu.Lock()
	mi, ok := s.mods[dir]
	s.mu.Unlock()
	if ok {
		return mi
	}
	if data, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil {
		mi = parseGoMod(dir, data)
	} else if parent := filepath.Dir(dir); parent != dir {
		mi = s.module(parent)
	}
	s.mu.Lock()
	if s.mods == nil {
		s.mods = make(map[string]*modInfo)
	}
	s.mods[dir] = mi
	s.mu.Unlock()
	return mi
}

// parseGoMod extracts the module path and required module paths; it is
// deliberately tolerant, since it only decides whether a fix is offered.
func parseGoMod(root string, data []byte) *modInfo {
	mi := &modInfo{root: root, requires: map[string]bool{}}
	inRequire := false
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.Index(line, "//"); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		switch {
		case inRequire:
			if f[0] == ")" {
				inRequire = false
			} else {
				mi.requires[unquoteMod(f[0])] = true
			}
		case f[0] == "module" && len(f) >= 2:
			mi.path = unquoteMod(f[1])
		case f[0] == "require" && len(f) >= 2 && f[1] == "(":
			inRequire = true
		case f[0] == "require" && len(f) >= 2:
			mi.requires[unquoteMod(f[1])] = true
		}
	}
	return mi
}

func unquoteMod(s string) string {
	if u, err := strconv.Unquote(s); err == nil {
		return u
	}
	return s
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
	for fc := range insp.Root().Children() {
		f, ok := fc.Node().(*ast.File)
		if !ok || ast.IsGenerated(f) {
			continue
		}
		tf := pass.Fset.File(f.Pos())
		test := isTestFile(tf)
		if test {
			tests++
		}
		files = append(files, checkedFile{fc, f, tf, test})
	}
	if len(files) == 0 {
		return nil, nil
	}
	dir := ""
	if tf := files[0].tf; tf != nil {
		dir = filepath.Dir(tf.Name())
	}
	ix, err := s.index(dir)
	if err != nil {
		return nil, err
	}
	ps := &passState{s: s, pass: pass, ix: ix, dir: dir}
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
}

// passState is the state of one pass over one package.
type passState struct {
	s    *state
	pass *analysis.Pass
	ix   *index
	dir  string

	file *fileState

	pkgConstsDone bool
	consts        map[string][]*types.Const // see codeConsts
	qn            *qualNames                // lazily: see quals

	// Buffers for fileState.diags and pending, reused from file to file.
	diagBuf []analysis.Diagnostic
	pendBuf []pendingFix

	cps *constPkgState // lazily: how to refer to the constants package
}

// fileState is the per-file state, reset for each file.
type fileState struct {
	f        *ast.File
	tf       *token.File
	test     bool // a _test.go file
	seen     map[repKey]bool
	suppress map[int][]directive // lazily parsed, by physical line
	lineDirs map[int]bool        // physical lines holding only a //line directive
	fix      *fileFix            // lazily: the file's import of the constants package
	// The file's findings, reported at the end of the file, after
	// resolveFixes has completed the pending ones.
	diags   []analysis.Diagnostic
	pending []pendingFix

	scopeDone bool
	scope     *types.Scope // lazily: the file's scope
	// Scopes known not to declare the name under test (resolveFixes) or
	// the existing import's name (pkgConst), see declaredBelow.
	clear, qualClear []*types.Scope
}

type repKey struct {
	group     ast.Node
	key, code string
}

var (
	litTypes      = []ast.Node{(*ast.BasicLit)(nil), (*ast.DeclStmt)(nil)}
	litIdentTypes = []ast.Node{(*ast.BasicLit)(nil), (*ast.DeclStmt)(nil), (*ast.Ident)(nil)}
)

// runFiles walks the string literals of files (of the package's total
// checkable files) and, in files that use constants whose value is a code,
// those uses. Identifiers are visited only in such files: elsewhere the walk
// skips every subtree without a literal.
func (ps *passState) runFiles(files []checkedFile, total int) {
	// Uses of code constants: one walk over TypesInfo.Uses, unless only a
	// few of the package's files are checked; then a lookup per identifier
	// in those files costs less.
	perIdent := 2*len(files) < total
	var uses []*ast.Ident
	if !perIdent {
		uses = ps.constUses()
	}
	for _, cf := range files {
		f := cf.f
		lo, _ := slices.BinarySearchFunc(uses, f.FileStart, cmpIdentPos)
		hi, _ := slices.BinarySearchFunc(uses, f.FileEnd+1, cmpIdentPos)
		ids := uses[lo:hi]
		ps.file = &fileState{f: f, tf: cf.tf, test: cf.test, diags: ps.diagBuf[:0], pending: ps.pendBuf[:0]}
		nodes := litTypes
		if perIdent || len(ids) > 0 {
			nodes = litIdentTypes
		}
		for c := range cf.c.Preorder(nodes...) {
			switch n := c.Node().(type) {
			case *ast.BasicLit:
				if n.Kind == token.STRING {
					ps.lit(c, n)
				}
			case *ast.DeclStmt:
				ps.declConsts(n.Decl) // local constants, in scope after this
			case *ast.Ident:
				if perIdent {
					if ps.isCodeConst(ps.pass.TypesInfo.Uses[n]) {
						ps.ident(c, n)
					}
					continue
				}
				for len(ids) > 0 && ids[0].Pos() < n.Pos() {
					ids = ids[1:] // not reached in preorder; cannot happen
				}
				if len(ids) > 0 && ids[0] == n {
					ids = ids[1:]
					ps.ident(c, n)
				}
			}
		}
		ps.endFile()
	}
}

// endFile completes the file's pending fixes and reports its findings, in
// the order found.
func (ps *passState) endFile() {
	fs := ps.file
	ps.resolveFixes()
	for _, d := range fs.diags {
		ps.pass.Report(d) // copies d: the buffer can be reused
	}
	clear(fs.diags)
	clear(fs.pending)
	fs.diags, fs.pending = fs.diags[:0], fs.pending[:0]
	ps.diagBuf, ps.pendBuf = fs.diags, fs.pending
}

func cmpIdentPos(id *ast.Ident, pos token.Pos) int { return cmp.Compare(id.Pos(), pos) }

// constUses returns, sorted by position, the identifiers of the package that
// use a constant whose value has the shape of a code. One pass over
// TypesInfo.Uses is much cheaper than looking up every identifier.
func (ps *passState) constUses() []*ast.Ident {
	var ids []*ast.Ident
	for id, obj := range ps.pass.TypesInfo.Uses {
		if ps.isCodeConst(obj) {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, func(a, b *ast.Ident) int { return cmp.Compare(a.Pos(), b.Pos()) })
	return ids
}

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
	if !ix.candidate(v) {
		if ps.s.cfg.Prose {
			ps.prose(c, n)
		}
		return
	}
	switch c.ParentEdgeKind() {
	case edge.ImportSpec_Path, edge.Field_Tag:
		return
	}
	s := v[1 : len(v)-1]
	escaped := v[0] == '"' && strings.IndexByte(s, '\\') >= 0 || v[0] == '`' && strings.IndexByte(s, '\r') >= 0
	if !escaped && ix.first[v[1]] {
		if fam, ok := ix.familyOf(s); ok {
			ps.code(c, n, s, fam, true)
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
	if ps.s.cfg.Prose {
		ps.prose(c, n)
	}
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
	ps.code(c, c.Node().(ast.Expr), s, fam, false)
}

// code runs the checks on one occurrence of a code-shaped value: a literal
// (isLit) or a use of a constant.
func (ps *passState) code(c inspector.Cursor, n ast.Expr, s string, fam catalog.Family, isLit bool) {
	ix := ps.ix
	st := ps.site(c)
	ci := ix.codes[s]
	malformed := false
	if ci == nil {
		if canon, ok := ix.cat.Canonical(s); ok {
			ci = ix.codes[canon]
			malformed = true
			if st.match == matchFold && strings.EqualFold(strings.TrimSpace(s), canon) && strings.TrimSpace(s) == s {
				malformed = false // EqualFold ignores letter case
			}
		}
	}
	if ci == nil {
		if !isLit {
			return // reported where the constant is declared
		}
		if st.match.partial() && ps.partialKnown(strings.TrimSpace(s), st.match) {
			return
		}
		if !prefixSpelledAsFamily(s, fam) {
			// "ais_2", "modelarts_1": another letter case of the prefix and
			// no documented code behind it is more likely a name than a code.
			return
		}
		ps.report(n, CatUnknown, ix.unknownMessage(s, fam), nil)
		return
	}
	code := ci.code
	if malformed && isLit {
		ps.reportMalformed(c, n, s, ci, st)
	}
	if st.match == matchRegexp {
		return
	}
	documented := ci.statuses
	switch {
	case st.negated:
		// x != code says nothing about which status goes with the code.
	case len(st.statuses) > 0 && len(documented) > 0 && !intersects(st.statuses, documented):
		ps.report(n, CatMismatch, fmt.Sprintf("error code %q is tied to status %s here, but the catalog documents it only as %s",
			code, joinInts(st.statuses), ix.describe(code)), nil)
	case len(documented) > 1 && len(st.statuses) == 0 && !st.decl:
		ps.report(n, CatAmbiguous, fmt.Sprintf("ambiguous error code %q: documented as %s; check the status too",
			code, ix.describe(code)), nil)
	}
	if st.group != nil {
		k := repKey{st.group, st.groupKey, code}
		if ps.file.seen == nil {
			ps.file.seen = make(map[repKey]bool)
		}
		if ps.file.seen[k] {
			ps.report(n, CatRepeated, fmt.Sprintf("error code %q repeated in the same %s", code, st.groupKind), nil)
		}
		ps.file.seen[k] = true
	}
	if isLit && !malformed && !st.constDecl && st.match != matchFold {
		ps.useConstant(c, n.(*ast.BasicLit), ci)
	}
}

func intersects(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// partialKnown reports whether a prefix, suffix or substring (per m) of some
// documented code is s, so that strings.HasPrefix(code, "ModelArts.02") is
// not an unknown code.
func (ps *passState) partialKnown(s string, m matchKind) bool {
	for _, code := range ps.ix.cat.Codes() {
		switch m {
		case matchPrefix:
			if strings.HasPrefix(code, s) {
				return true
			}
		case matchSuffix:
			if strings.HasSuffix(code, s) {
				return true
			}
		case matchContains:
			if strings.Contains(code, s) {
				return true
			}
		}
	}
	return false
}

func (ps *passState) reportMalformed(c inspector.Cursor, n ast.Expr, s string, ci *codeInfo, st site) {
	code := ci.code
	var what []string
	trimmed := strings.TrimSpace(s)
	if trimmed != s {
		what = append(what, "surrounding spaces")
	}
	caseDiff, sepDiff := false, false
	if len(trimmed) == len(code) {
		for i := 0; i < len(code); i++ {
			a, b := trimmed[i], code[i]
			switch {
			case a == b:
			case (a == '.' || a == '_') && (b == '.' || b == '_'):
				sepDiff = true
			case lower(a) == lower(b):
				caseDiff = true
			}
		}
	}
	if caseDiff {
		what = append(what, "another letter case")
	}
	if sepDiff {
		what = append(what, "the wrong separator")
	}
	where := ""
	if st.match == matchRegexp {
		where = " in a regular expression"
	}
	msg := fmt.Sprintf("malformed error code %q%s: the catalog spells it %q", s, where, code)
	if len(what) > 0 {
		msg += " (" + joinAnd(what) + ")"
	}
	var fixes []analysis.SuggestedFix
	lit, ok := n.(*ast.BasicLit)
	if ok && ps.spellingTaken(st, lit, code) {
		// case "ModelArts.0101", "modelarts.0101": rewriting would make a
		// duplicate case or map key, which does not compile.
		msg += "; no automatic fix: the catalog spelling is already listed here, remove this entry"
		ok = false
	}
	if ok && st.match != matchRegexp && st.match != matchProse {
		// With use-constant enabled, the first fix goes straight to the
		// constant, so that one -fix run leaves nothing to fix; the plain
		// rewrite is the alternative.
		pending := false
		if ps.s.enabled[CatUseConstant] && !st.constDecl && st.match != matchFold {
			var fix []analysis.SuggestedFix
			fix, _, _, pending = ps.constFix(c, lit, ci)
			fixes = append(fixes, fix...)
		}
		text := strconv.Quote(code)
		if strings.HasPrefix(lit.Value, "`") {
			text = "`" + code + "`"
		}
		fixes = append(fixes, analysis.SuggestedFix{
			Message:   fmt.Sprintf("Rewrite as %q", code),
			TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(text)}},
		})
		if pending {
			ps.reportPending(c, lit, CatMalformed, msg, fixes, ci)
			return
		}
	}
	ps.report(n, CatMalformed, msg, fixes)
}

// report emits a diagnostic unless its check is disabled or a directive
// suppresses it.
func (ps *passState) report(n ast.Node, category, msg string, fixes []analysis.SuggestedFix) {
	ps.add(n, category, msg, fixes)
}

// add adds a finding to the file's findings unless its check is disabled or
// a directive suppresses it, and returns its index.
func (ps *passState) add(n ast.Node, category, msg string, fixes []analysis.SuggestedFix) (int, bool) {
	if !ps.s.enabled[category] {
		return 0, false
	}
	if ps.suppressed(n.Pos(), category) {
		return 0, false
	}
	fs := ps.file
	fs.diags = append(fs.diags, analysis.Diagnostic{
		Pos:            n.Pos(),
		End:            n.End(),
		Category:       category,
		Message:        msg,
		URL:            checkURLs[category],
		SuggestedFixes: fixes,
	})
	return len(fs.diags) - 1, true
}

// prefixSpelledAsFamily reports whether s (apart from surrounding spaces)
// starts with the family's prefix in its documented letter case; a '.' for
// '_' inside the prefix is tolerated ("JOB.MANAGER_12050009").
func prefixSpelledAsFamily(s string, fam catalog.Family) bool {
	s = strings.TrimLeft(s, " \t")
	if len(s) < len(fam.Prefix) {
		return false
	}
	for i := 0; i < len(fam.Prefix); i++ {
		a, b := s[i], fam.Prefix[i]
		if a != b && !((a == '.' || a == '_') && (b == '.' || b == '_')) {
			return false
		}
	}
	return true
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
