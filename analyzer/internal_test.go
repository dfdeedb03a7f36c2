package analyzer

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/errcodelint/errcodelint/catalog"
)

func TestParseStatusFunc(t *testing.T) {
	good := []struct {
		spec, key string
		status    int
	}{
		{"github.com/x/y.ConvertExpected400ErrInto404Err=400", "github.com/x/y.ConvertExpected400ErrInto404Err", 400},
		{"github.com/x/y.(*Client).Expect=404", "(*github.com/x/y.Client).Expect", 404},
		{" example.com/p.(T).M = 409 ", "(example.com/p.T).M", 409},
		{"fmt.Errorf=500", "fmt.Errorf", 500},
		{"gopkg.in/yaml.v3.Check=400", "gopkg.in/yaml.v3.Check", 400},
	}
	for _, g := range good {
		sf, err := ParseStatusFunc(g.spec)
		require.NoError(t, err, g.spec)
		assert.Equal(t, g.key, sf.Key, g.spec)
		assert.Equal(t, g.status, sf.Status, g.spec)
	}
	bad := []struct{ spec, why string }{
		{"github.com/x/y.F", "missing =STATUS"},
		{"github.com/x/y.F=abc", `status "abc" is not a number`},
		{"github.com/x/y.F=42", "status 42 is not an HTTP status"},
		{"github.com/x/y.F=600", "not an HTTP status"},
		{"F=400", "missing importpath"},
		{"github.com/x/y=400", "missing importpath"},
		{"github.com/x/y.(*T.M=400", "method must be written"},
		{"github.com/x/y.(*T).=400", `method name "" is not an identifier`},
		{"github.com/x/y.(*1T).M=400", `receiver type "1T" is not an identifier`},
		{"github.com/x/y.1F=400", `function name "1F" is not an identifier`},
		{"=400", "missing importpath"},
		{"git hub.com/x.F=400", "contains"},
	}
	for _, b := range bad {
		_, err := ParseStatusFunc(b.spec)
		require.Error(t, err, b.spec)
		assert.Contains(t, err.Error(), b.why, b.spec)
		assert.Contains(t, err.Error(), "want importpath.Func=400", b.spec)
	}
}

func TestParseStatusFuncsConflict(t *testing.T) {
	m, err := ParseStatusFuncs([]string{"a.com/p.F=400", "a.com/p.F=400", "", "a.com/p.(*T).M=404"})
	require.NoError(t, err)
	assert.Equal(t, map[string]int{"a.com/p.F": 400, "(*a.com/p.T).M": 404}, m)
	_, err = ParseStatusFuncs([]string{"a.com/p.F=400", "a.com/p.F=404"})
	require.ErrorContains(t, err, "configured with both 400 and 404")
}

func TestFlagsArePerInstance(t *testing.T) {
	a, b := New(Config{}), New(Config{Prose: true})
	require.NoError(t, a.Flags.Set("checks", "unknown-code, malformed-code"))
	require.NoError(t, a.Flags.Set("catalog", "x.md,,y.md"))
	require.NoError(t, a.Flags.Set("constants-pkg", "example.com/consts"))
	require.NoError(t, a.Flags.Set("status-funcs", "a.com/p.F=400"))
	assert.Equal(t, "unknown-code,malformed-code", a.Flags.Lookup("checks").Value.String())
	assert.Equal(t, "x.md,y.md", a.Flags.Lookup("catalog").Value.String())
	assert.Equal(t, "example.com/consts", a.Flags.Lookup("constants-pkg").Value.String())
	assert.Empty(t, b.Flags.Lookup("checks").Value.String())
	assert.Equal(t, DefaultConstantsPkg, b.Flags.Lookup("constants-pkg").Value.String())
	assert.Equal(t, "true", b.Flags.Lookup("prose").Value.String())
	assert.Equal(t, "false", a.Flags.Lookup("prose").Value.String())
	assert.Equal(t, DefaultConstantsPkg, Analyzer.Flags.Lookup("constants-pkg").Value.String())
	assert.Equal(t, "errcodelint", a.Name)
	require.NoError(t, analysis.Validate([]*analysis.Analyzer{a, b, Analyzer}))
}

func TestBadFlagsFail(t *testing.T) {
	a := New(Config{})
	err := a.Flags.Set("checks", "unknown-code,typo-check")
	require.ErrorContains(t, err, `unknown check "typo-check"`)
	assert.Contains(t, err.Error(), "use-constant") // lists the known checks
	require.ErrorContains(t, a.Flags.Set("status-funcs", "nodot=400"), "bad -status-funcs entry")
	require.ErrorContains(t, a.Flags.Set("constants-pkg", ""), "bad -constants-pkg")
	// A bad Config (as golangci-lint settings would give) fails the run.
	s := &state{cfg: Config{Checks: []string{"nope"}}}
	require.ErrorContains(t, s.compile(), `unknown check "nope"`)
	s = &state{cfg: Config{StatusFuncs: []string{"x"}}}
	require.ErrorContains(t, s.compile(), "bad -status-funcs entry")
}

func TestBadCatalogIsAnError(t *testing.T) {
	s := &state{cfg: Config{Catalogs: []string{"/nonexistent/catalog.md"}}}
	require.NoError(t, s.compile())
	_, err := s.conf(t.TempDir())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "loading -catalog")
	assert.Contains(t, err.Error(), "/nonexistent/catalog.md")
}

func TestCatalogLoadedOncePerPathSet(t *testing.T) {
	s := &state{}
	require.NoError(t, s.compile())
	a, err := s.conf("/tmp")
	require.NoError(t, err)
	b, err := s.conf("/var")
	require.NoError(t, err)
	assert.Same(t, a.ix, b.ix)
	assert.Same(t, catalog.Default(), a.ix.catalog())
}

func TestFamilyOf(t *testing.T) {
	ix := indexOf(catalog.Default())
	for _, s := range []string{"ModelArts.0204", "modelarts.0204", " ModelArts.0204 ", "ModelArts_0204", "JOB_MANAGER.12050009", "job.manager_1", "AIS.0101", "APIG.0301", "OptVerse_10000001", "ModelArts.1"} {
		_, ok := ix.familyOf(s)
		assert.True(t, ok, s)
	}
	for _, s := range []string{"tags.1234", "v1.2.3", "modelarts.vm.cpu.2u", "DBS.280005", "ModelArts.", "ModelArts", "ModelArts.12a", "XModelArts.0204", "", "."} {
		_, ok := ix.familyOf(s)
		assert.False(t, ok, s)
	}
	f, ok := ix.familyOf("JOB_MANAGER.1")
	require.True(t, ok)
	assert.Equal(t, "JOB_MANAGER", f.Prefix)
	assert.Equal(t, byte('_'), f.Sep)
}

func TestFastPathDoesNotAllocate(t *testing.T) {
	ix := indexOf(catalog.Default())
	lits := []string{`"tags.1234"`, `"hello, world"`, `"v1.2.3"`, `"modelarts.vm.cpu.2u"`, `"DBS.280005"`, "`x`", `"Model"`}
	allocs := testing.AllocsPerRun(100, func() {
		for _, v := range lits {
			if ix.candidate(v) {
				s := v[1 : len(v)-1]
				ix.familyOf(s)
			}
		}
	})
	assert.Zero(t, allocs)
}

func TestRegexpAlternatives(t *testing.T) {
	first := &indexOf(catalog.Default()).first
	alts := func(p string) []string { return slices.Collect(regexpAlternatives(p, first)) }
	assert.Equal(t, []string{"ModelArts.0204"}, alts(`^ModelArts\.0204$`))
	assert.Equal(t, []string{"ModelArts.0204", "AIS.0101"}, alts(`^(ModelArts\.0204|AIS\.0101)$`))
	assert.Equal(t, []string{"ModelArts.0204", "AIS.0101"}, alts(`(?:ModelArts\.0204|AIS\.0101)`))
	assert.Empty(t, alts(`^ModelArts\.(0204|0205)$`))
	assert.Empty(t, alts(`ModelArts\.\d+`))
	assert.Empty(t, alts(`^[a-z][a-z0-9-]{0,63}$`))
	assert.Zero(t, testing.AllocsPerRun(20, func() {
		for range regexpAlternatives(`^[a-z][a-z0-9-]{0,63}$|^v\d+$`, first) {
		}
	}))
}

func TestParseDirective(t *testing.T) {
	for _, c := range []struct {
		text string
		ok   bool
		cat  string
		want bool
	}{
		{"//nolint:errcodelint", true, CatUnknown, true},
		{"//nolint:all", true, CatMismatch, true},
		{"//nolint", true, CatMismatch, true},
		{"//nolint // reason", true, CatMismatch, true},
		{"//nolint:gosec,errcodelint // reason", true, CatRepeated, true},
		{"//nolint:gosec", false, CatRepeated, false},
		{"//nolintfoo", false, CatRepeated, false},
		{"// nolint:errcodelint", false, CatRepeated, false},
		{"//errcodelint:ignore unknown-code vendor added it later", true, CatUnknown, true},
		{"//errcodelint:ignore unknown-code vendor added it later", true, CatMalformed, false},
		{"//errcodelint:ignore unknown-code,status-mismatch why", true, CatMismatch, true},
		{"//errcodelint:ignore all why", true, CatUseConstant, true},
		{"//errcodelint:ignore", false, CatUnknown, false},
		{"//errcodelint:ignorexyz unknown-code", false, CatUnknown, false},
	} {
		d, ok := parseDirective(c.text)
		assert.Equal(t, c.ok, ok, c.text)
		assert.Equal(t, c.want, ok && d.covers(c.cat), c.text)
	}
}

func TestParseGoMod(t *testing.T) {
	mi := parseGoMod("/m", []byte(`module example.com/app // comment

go 1.26

require github.com/errcodelint/errcodelint v0.1.0
require (
	golang.org/x/tools v0.52.0 // indirect
	"example.com/quoted" v1.0.0
)
`))
	assert.Equal(t, "example.com/app", mi.path)
	assert.True(t, mi.requires[thisModule])
	assert.True(t, mi.requires["golang.org/x/tools"])
	assert.True(t, mi.requires["example.com/quoted"])
	assert.False(t, mi.requires["example.com/app"])
}

func TestProseTokens(t *testing.T) {
	ps := &passState{ix: indexOf(catalog.Default())}
	assert.Equal(t, []string{"ModelArts.0204", "JOB_MANAGER.12050009", "ais.0101"},
		ps.proseTokens("got ModelArts.0204 then JOB_MANAGER.12050009, ais.0101."))
	assert.Empty(t, ps.proseTokens("ModelArts.0204x xModelArts.0204 v1.2.3 tags.1234 ModelArts.0204.5"))
}

func TestUnknownMessageNamesNearestAndFamily(t *testing.T) {
	ix := indexOf(catalog.Default())
	f, ok := ix.familyOf("JOB_MANAGER.12050009")
	require.True(t, ok)
	msg := ix.unknownMessage("JOB_MANAGER.12050009", f)
	assert.Contains(t, msg, `unknown error code "JOB_MANAGER.12050009"`)
	assert.Contains(t, msg, "the JOB_MANAGER family is spelled JOB_MANAGER_NNNNNNNN")
	assert.Contains(t, msg, "nearest documented: JOB_MANAGER_120")
}

func TestUnknownMessageCacheIsBoundedAndFaithful(t *testing.T) {
	ix := indexOf(catalog.Default())
	f, ok := ix.familyOf("ModelArts.0000")
	require.True(t, ok)
	for i := range maxUnknownCache + 10 {
		s := fmt.Sprintf("ModelArts.9%05d", i)
		want := ix.buildUnknownMessage(s, f)
		assert.Equal(t, want, ix.unknownMessage(s, f), s)
		assert.Equal(t, want, ix.unknownMessage(s, f), "second call, %s", s)
	}
	assert.Len(t, ix.unknown, maxUnknownCache)
}

// The built-in catalog's index, with its cache of unknown-code messages,
// lives as long as the process: every analyzer instance shares it, one
// per batch for the batching driver. A code mentioned in a long text
// (-prose) is a substring of the whole literal: cached as it is, it would
// keep that literal alive for the rest of the run, and the driver's
// memory would grow with the tree.
func TestUnknownMessageCacheKeepsNoText(t *testing.T) {
	ix := newBuiltinIndex()
	ps := &passState{ix: ix}
	text := strings.Repeat("lorem ipsum ", 1<<16) + "request failed with ModelArts.99998"
	toks := ps.proseTokens(text)
	require.Equal(t, []string{"ModelArts.99998"}, toks)
	f, ok := ix.familyOf(toks[0])
	require.True(t, ok)
	ix.unknownMessage(toks[0], f)
	require.Len(t, ix.unknown, 1)
	lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	for k := range ix.unknown {
		p := uintptr(unsafe.Pointer(unsafe.StringData(k)))
		assert.False(t, lo <= p && p < lo+uintptr(len(text)),
			"the cached key %q keeps the %d-byte text it was cut from alive", k, len(text))
	}
}

func TestDescribe(t *testing.T) {
	ix := indexOf(catalog.Default())
	assert.Equal(t, `400 "Token must contain projectId info." and 401 "Failed to parse the token."`, ix.describe("ModelArts.0204"))
	assert.Equal(t, `"The input parameter is invalid." (no status)`, ix.describe("AIS.0101"))
}

// TestDescribeConcurrentlyOncePerCode: the passes that a driver runs in
// parallel share a catalog's index, whose descriptions are computed once
// per documented code: asked for at once, each is a fresh description.
func TestDescribeConcurrentlyOncePerCode(t *testing.T) {
	ix := indexOf(catalog.Default())
	ix.catalog()
	codes := slices.Sorted(maps.Keys(ix.codes))
	got := make([][]string, 4)
	var wg sync.WaitGroup
	for g := range got {
		wg.Go(func() {
			for _, c := range codes {
				got[g] = append(got[g], ix.describe(c))
			}
		})
	}
	wg.Wait()
	for i, c := range codes {
		want := ix.buildDescription(c)
		require.NotEmpty(t, want, c)
		for g := range got {
			require.Equal(t, want, got[g][i], c)
		}
	}
	assert.Len(t, ix.described, len(codes))
}

// statusOf type-checks a snippet and runs the status extraction on the
// condition of its first if statement.
func statusOf(t *testing.T, src string) []int {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", "package p\nimport \"net/http\"\nvar _ = http.StatusOK\n"+src, 0)
	require.NoError(t, err)
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.Default()}
	_, err = conf.Check("p", fset, []*ast.File{f}, info)
	require.NoError(t, err)
	ps := &passState{pass: &analysis.Pass{TypesInfo: info}}
	var cond ast.Expr
	ast.Inspect(f, func(n ast.Node) bool {
		if is, ok := n.(*ast.IfStmt); ok && cond == nil {
			cond = is.Cond
		}
		return cond == nil
	})
	require.NotNil(t, cond)
	return ps.statusesIn(cond, nil, false, nil)
}

func TestStatusExtraction(t *testing.T) {
	cases := map[string][]int{
		`type E struct{ StatusCode int; ErrorCode string }
		func f(e E) { if e.StatusCode == 404 {} }`: {404},
		`type E struct{ StatusCode int }
		func f(e *E) { if http.StatusConflict == e.StatusCode {} }`: {409},
		`type E struct{ HttpStatusCode int32 }
		func f(e E) { if (e.HttpStatusCode == 400 || e.HttpStatusCode == 401) && true {} }`: {400, 401},
		`type R struct{}
		func (R) StatusCode() int { return 0 }
		func f(r R) { if r.StatusCode() == 503 {} }`: {503},
		`func f(status int) { if status == 500 {} }`: {500},
		`const myStatus = 418
		func f(status int) { if status == myStatus {} }`: {418},
		`type E struct{ StatusCode string }
		func f(e E) { if e.StatusCode == "404" {} }`: nil, // not an integer
		`type E struct{ Count int }
		func f(e E) { if e.Count == 404 {} }`: nil, // not a status name
		`type E struct{ StatusCode int }
		func f(e E) { if e.StatusCode != 404 {} }`: nil, // != ties nothing
		`type E struct{ StatusCode int }
		func f(e E) { if e.StatusCode == 99 {} }`: nil, // not an HTTP status
		`type E struct{ StatusCode int; Retry bool }
		func f(e E) { if e.StatusCode == 404 || e.Retry {} }`: nil, // may hold without the status
		`type E struct{ StatusCode int; Retry bool }
		func f(e E) { if e.Retry || (e.StatusCode == 404 && e.Retry) {} }`: nil,
		`type E struct{ StatusCode int; Retry bool }
		func f(e E) { if (e.StatusCode == 404 || e.Retry) && e.Retry {} }`: nil,
		`type E struct{ StatusCode int; Retry bool }
		func f(e E) { if (e.StatusCode == 404 || e.StatusCode == 410) && e.Retry {} }`: {404, 410},
	}
	for src, want := range cases {
		if got := statusOf(t, src); len(want) == 0 {
			assert.Empty(t, got, strings.TrimSpace(src))
		} else {
			assert.Equal(t, want, got, strings.TrimSpace(src))
		}
	}
}

func TestImportPath(t *testing.T) {
	for v, want := range map[string]string{
		`"fmt"`:                "fmt",
		"`net/http`":           "net/http",
		`"\x66mt"`:             "fmt", // an escape is unquoted
		"`a\\b`":               `a\b`, // no escapes in a raw string
		`"github.com/x/codes"`: "github.com/x/codes",
		`"unterminated`:        "",
		`""`:                   "",
	} {
		got, ok := importPath(&ast.ImportSpec{Path: &ast.BasicLit{Kind: token.STRING, Value: v}})
		assert.Equal(t, want != "" || v == `""`, ok, v)
		assert.Equal(t, want, got, v)
	}
}

func TestErrTypeStatus(t *testing.T) {
	pkg := types.NewPackage("example.com/golangsdk", "golangsdk")
	named := func(name string) types.Type {
		return types.NewNamed(types.NewTypeName(token.NoPos, pkg, name, nil), types.NewStruct(nil, nil), nil)
	}
	for name, want := range map[string]int{
		"ErrDefault400": 400, "ErrDefault404": 404, "Err409": 409, "HTTP599": 599,
		"ErrUnexpectedResponseCode": 0, "ErrDefault4040": 0, "ErrDefault099": 0, "ErrDefault600": 0, "E40": 0, "404": 0,
	} {
		got, ok := errTypeOf(named(name))
		assert.Equal(t, want, got.status, name)
		assert.Equal(t, want != 0, ok, name)
		got, _ = errTypeOf(types.NewPointer(named(name)))
		assert.Equal(t, want, got.status, "*"+name)
	}
	_, ok := errTypeOf(types.Typ[types.Int])
	assert.False(t, ok)
}

// TestIdentCursorsFindsEveryUse checks that identCursors, which searches
// for each identifier from the previous one's cursor, finds the cursor of
// every identifier of a file, in source order, wherever it stands: the
// same cursors as a walk over every identifier.
func TestIdentCursorsFindsEveryUse(t *testing.T) {
	const src = `package p

import "strings"

const A = "ModelArts.0204"

var top = []string{A, strings.ToLower(A)}

type T struct{ Code string }

func (T) M(x string) bool { return x == A }

func f(x string, t T) (string, bool) {
	const local = A
	g := func() string { if x == local { return A }; return "" }
	switch x {
	case A, local:
		return g(), true
	}
	for _, c := range top {
		if c == A && t.Code != A {
			return c, T{Code: A}.M(A)
		}
	}
	return map[string]string{A: A}[x], false
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	require.NoError(t, err)
	insp := inspector.New([]*ast.File{f})
	file, ok := insp.Root().FirstChild()
	require.True(t, ok)
	var want []inspector.Cursor
	var ids []*ast.Ident
	for c := range file.Preorder((*ast.Ident)(nil)) {
		want = append(want, c)
		ids = append(ids, c.Node().(*ast.Ident))
	}
	require.Greater(t, len(ids), 50)
	// Every identifier, and every fourth one (longer jumps between them).
	for _, step := range []int{1, 4} {
		ic := identCursors{last: file}
		for i := 0; i < len(ids); i += step {
			got, ok := ic.find(ids[i])
			require.True(t, ok, "%s at %v", ids[i].Name, fset.Position(ids[i].Pos()))
			assert.Equal(t, want[i], got, "%s at %v", ids[i].Name, fset.Position(ids[i].Pos()))
		}
	}
}
