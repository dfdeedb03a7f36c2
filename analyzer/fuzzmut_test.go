package analyzer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"hash/fnv"
	"iter"
	"strings"
	"testing"

	"golang.org/x/tools/go/ast/astutil"
)

// maxMutations bounds the variants typeMutations yields per source.
const maxMutations = 8

// typeMutations yields up to maxMutations changes of the file parsed from
// src, each at one node, that break type checking while keeping a tree the
// parser could have produced from some source: a call with an argument
// dropped or repeated (wrong arity for every function the analyzer gives a
// meaning), an operand or expression replaced by a BadExpr (a missing
// operand), another operator, a name in another letter case (undefined, or
// another object), a string literal turned into a number and back, a
// composite literal, case list or return with an element dropped or
// repeated, a statement or top-level declaration deleted (its names become
// undefined). The nodes and changes chosen depend on a hash of src only, so
// a source always gives the same variants. Positions are kept, so that
// findings and fixes still refer to src.
func typeMutations(src []byte) iter.Seq[func(*ast.File)] {
	return func(yield func(func(*ast.File)) bool) {
		f, _ := parser.ParseFile(token.NewFileSet(), "fuzz.go", src, parser.ParseComments|parser.SkipObjectResolution|parser.AllErrors)
		if f == nil {
			return
		}
		n := 0
		applyAt(f, -1, 0, &n)
		if n == 0 {
			return
		}
		h := fnv.New64a()
		h.Write(src)
		seed := h.Sum64()
		k := min(n, maxMutations)
		for i := range k {
			// Spread the sites over the file; vary the change.
			site := (int(seed%uint64(n)) + i*n/k) % n
			kind := int(seed>>32) + i
			if !yield(func(f *ast.File) {
				count := 0
				applyAt(f, site, kind, &count)
			}) {
				return
			}
		}
	}
}

// applyAt counts the nodes that can be mutated, in preorder, in *count,
// and mutates the one numbered site (none if site < 0) with change kind.
func applyAt(f *ast.File, site, kind int, count *int) {
	deleted := false
	astutil.Apply(f, func(c *astutil.Cursor) bool {
		if deleted {
			return false
		}
		n := c.Node()
		if !mutable(n, c) {
			return true
		}
		i := *count
		*count++
		if i != site {
			return true
		}
		deleted = mutate(c, n, kind)
		return !deleted
	}, nil)
	if deleted {
		// Keep File.Imports in step with the import declarations.
		f.Imports = f.Imports[:0]
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
				for _, s := range gd.Specs {
					f.Imports = append(f.Imports, s.(*ast.ImportSpec))
				}
			}
		}
	}
}

func mutable(n ast.Node, c *astutil.Cursor) bool {
	switch n := n.(type) {
	case *ast.CallExpr, *ast.BinaryExpr, *ast.CompositeLit, *ast.KeyValueExpr, *ast.CaseClause, *ast.ReturnStmt, *ast.ValueSpec:
		return true
	case *ast.Ident:
		return n.Name != "_" && c.Name() != "Name" // not the package clause
	case *ast.BasicLit:
		return n.Kind == token.STRING || n.Kind == token.INT
	case *ast.BlockStmt:
		return len(n.List) > 0
	case ast.Decl:
		return c.Name() == "Decls"
	}
	return false
}

// mutate changes node n at c (see typeMutations) and reports whether it
// deleted a top-level declaration.
func mutate(c *astutil.Cursor, n ast.Node, kind int) bool {
	bad := func(e ast.Expr) ast.Expr { return &ast.BadExpr{From: e.Pos(), To: e.End()} }
	switch n := n.(type) {
	case *ast.CallExpr:
		switch kind % 5 {
		case 0:
			n.Args = dropLast(n.Args)
		case 1:
			n.Args = nil
		case 2:
			n.Args = repeatLast(n.Args)
		case 3:
			if len(n.Args) > 0 {
				n.Args = append([]ast.Expr{n.Args[0]}, n.Args...)
			}
		case 4:
			c.Replace(bad(n))
		}
	case *ast.BinaryExpr:
		switch kind % 3 {
		case 0:
			n.X = bad(n.X)
		case 1:
			n.Y = bad(n.Y)
		case 2:
			switch n.Op {
			case token.EQL, token.NEQ:
				n.Op = token.LAND
			case token.LAND:
				n.Op = token.EQL
			default:
				n.Op = token.ADD
			}
		}
	case *ast.Ident:
		// Another letter case, same length: the name is undefined or
		// refers to something else.
		b := []byte(n.Name)
		switch {
		case 'a' <= b[0] && b[0] <= 'z':
			b[0] -= 'a' - 'A'
		case 'A' <= b[0] && b[0] <= 'Z':
			b[0] += 'a' - 'A'
		default:
			b[0] = 'Q'
		}
		n.Name = string(b)
	case *ast.BasicLit:
		// The same length, so that positions stay right.
		switch {
		case n.Kind == token.STRING && n.Value != "":
			n.Kind, n.Value = token.INT, "1"+strings.Repeat("0", len(n.Value)-1)
		case len(n.Value) >= 2:
			n.Kind, n.Value = token.STRING, `"`+strings.Repeat("x", len(n.Value)-2)+`"`
		}
	case *ast.CompositeLit:
		switch kind % 3 {
		case 0:
			n.Elts = dropLast(n.Elts)
		case 1:
			n.Elts = repeatLast(n.Elts)
		case 2:
			c.Replace(bad(n))
		}
	case *ast.KeyValueExpr:
		if kind%2 == 0 {
			n.Key = bad(n.Key)
		} else {
			n.Value = bad(n.Value)
		}
	case *ast.CaseClause:
		if kind%2 == 0 {
			n.List = dropLast(n.List)
		} else {
			n.List = repeatLast(n.List)
		}
	case *ast.ReturnStmt:
		if kind%2 == 0 {
			n.Results = dropLast(n.Results)
		} else {
			n.Results = repeatLast(n.Results)
		}
	case *ast.ValueSpec:
		if kind%2 == 0 {
			n.Values = nil
		} else {
			n.Values = repeatLast(n.Values)
		}
	case *ast.BlockStmt:
		i := kind % len(n.List)
		n.List = append(n.List[:i:i], n.List[i+1:]...)
	case ast.Decl:
		c.Delete()
		return true
	}
	return false
}

// dropLast returns s without its last element, if it has one.
func dropLast[T any](s []T) []T {
	if len(s) == 0 {
		return s
	}
	return s[:len(s)-1]
}

// repeatLast returns s with its last element once more, in a new array.
func repeatLast[T any](s []T) []T {
	if len(s) == 0 {
		return s
	}
	return append(s[:len(s):len(s)], s[len(s)-1])
}

// TestTypeMutations keeps the mutations honest: they must yield variants
// that no longer type-check, reach every kind of node they claim, and
// leave the analyzer's findings inside the file.
func TestTypeMutations(t *testing.T) {
	src := []byte("package p\n\nimport \"strings\"\n\ntype E struct{ StatusCode int; ErrorCode string }\n\nfunc f(e E) bool {\n\tif e.StatusCode != 404 {\n\t\treturn false\n\t}\n\tswitch e.ErrorCode {\n\tcase \"ModelArts.0204\", \"AIS.0101\":\n\t}\n\t_ = []string{\"ModelArts.0204\"}\n\t_ = map[string]int{\"AIS.0101\": 1}\n\treturn strings.EqualFold(e.ErrorCode, \"modelarts.0204\") && e.StatusCode == 400\n}\n")
	n := 0
	f, err := parser.ParseFile(token.NewFileSet(), "fuzz.go", src, parser.ParseComments|parser.SkipObjectResolution|parser.AllErrors)
	if err != nil {
		t.Fatal(err)
	}
	applyAt(f, -1, 0, &n)
	if n < 30 {
		t.Fatalf("only %d mutable nodes", n)
	}
	a := New(Config{})
	changed := 0
	for site := range n {
		for kind := range 5 {
			m := func(f *ast.File) {
				count := 0
				applyAt(f, site, kind, &count)
			}
			runAnalyzerMutated(t, a, src, m)
			g, _ := parser.ParseFile(token.NewFileSet(), "fuzz.go", src, parser.ParseComments|parser.SkipObjectResolution|parser.AllErrors)
			before := fmtNode(g)
			m(g)
			if fmtNode(g) != before {
				changed++
			}
		}
	}
	if changed < n*3 {
		t.Errorf("%d of %d mutations changed the tree", changed, n*5)
	}
	variants := 0
	for range typeMutations(src) {
		variants++
	}
	if variants != maxMutations {
		t.Errorf("%d variants, want %d", variants, maxMutations)
	}
}

// fmtNode renders a tree's shape, BadExprs and operators included.
func fmtNode(f *ast.File) string {
	var b strings.Builder
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case nil:
			b.WriteString(")")
			return false
		case *ast.Ident:
			b.WriteString(n.Name)
		case *ast.BasicLit:
			b.WriteString(n.Value)
		case *ast.BinaryExpr:
			b.WriteString(n.Op.String())
		case *ast.BadExpr:
			b.WriteString("BAD")
		}
		b.WriteString("(")
		return true
	})
	return b.String()
}
