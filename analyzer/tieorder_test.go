package analyzer_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcodelint/errcodelint/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestTieOrderFollowsFiles: the ties of a package-level variable's uses in
// several files are listed in the order of the package's files, not in the
// order a driver happened to add them to the file set (go/packages parses
// a package's files in parallel).
func TestTieOrderFollowsFiles(t *testing.T) {
	dir := t.TempDir()
	srcs := map[string]string{
		"a.go": `package p

type SE struct {
	StatusCode int
	ErrorCode  string
}

var codes = map[string]bool{"ModelArts.0101": true}

func fa(se SE) bool { return codes[se.ErrorCode] && se.StatusCode == 403 }
`,
		"b.go": `package p

func fb(se SE) bool { return codes[se.ErrorCode] && se.StatusCode == 409 }
`,
	}
	for name, src := range srcs {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	messages := func(parseOrder []string) string {
		fset := token.NewFileSet()
		parsed := map[string]*ast.File{}
		for _, name := range parseOrder {
			path := filepath.Join(dir, name)
			f, err := parser.ParseFile(fset, path, nil, parser.ParseComments|parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			parsed[name] = f
		}
		files := []*ast.File{parsed["a.go"], parsed["b.go"]}
		info := &types.Info{
			Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{},
			Implicits: map[ast.Node]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{},
			Scopes: map[ast.Node]*types.Scope{}, Instances: map[*ast.Ident]types.Instance{}, FileVersions: map[*ast.File]string{},
		}
		pkg, err := (&types.Config{}).Check("p", fset, files, info)
		if err != nil {
			t.Fatal(err)
		}
		lp := &packages.Package{
			ID: "p", Name: "p", PkgPath: "p", Fset: fset, Syntax: files, Types: pkg, TypesInfo: info,
			TypesSizes: types.SizesFor("gc", "amd64"), Imports: map[string]*packages.Package{},
			GoFiles:         []string{filepath.Join(dir, "a.go"), filepath.Join(dir, "b.go")},
			CompiledGoFiles: []string{filepath.Join(dir, "a.go"), filepath.Join(dir, "b.go")},
		}
		a := analyzer.New(analyzer.Config{Checks: []string{analyzer.CatMismatch}})
		g, err := checker.Analyze([]*analysis.Analyzer{a}, []*packages.Package{lp}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for act := range g.All() {
			if act.Err != nil {
				t.Fatal(act.Err)
			}
			for _, d := range act.Diagnostics {
				out = append(out, d.Message)
			}
		}
		return strings.Join(out, "\n")
	}
	inOrder, reversed := messages([]string{"a.go", "b.go"}), messages([]string{"b.go", "a.go"})
	if !strings.Contains(inOrder, "a.go") || !strings.Contains(inOrder, "b.go") {
		t.Fatalf("want one finding naming both files' ties, got %q", inOrder)
	}
	if inOrder != reversed {
		t.Errorf("the finding depends on the order the files were parsed in:\nparsed a, b: %s\nparsed b, a: %s", inOrder, reversed)
	}
}
