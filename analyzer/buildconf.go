package analyzer

import (
	"bytes"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// A fix must compile in every build configuration of the package, not only
// in the one the driver type-checked: with its _test.go files, and for every
// GOOS and GOARCH. The pass sees one configuration; this file looks at the
// others through the package's directory.

// otherNames returns the package-level names declared in the files of the
// package's directory that the pass does not have: _test.go files of the
// package (not of its external test package) and files for other build
// configurations (x_windows.go, //go:build tags). An import of the constants
// package under one of these names would clash in that configuration. They
// are found once per pass, when a fix first needs a new import; only the
// names containing word (the candidate names' common part) are wanted, so a
// file whose text does not contain it is not parsed. The directory is
// listed, and each file read, once per analyzer instance (see goDir): the
// passes over a package and its test variant share them.
func (ps *passState) otherNames(word string) map[string]bool {
	if ps.others != nil {
		return ps.others
	}
	ps.others = map[string]bool{}
	if ps.dir == "" || ps.pass.Pkg == nil {
		return ps.others
	}
	gd, _ := ps.s.dirs.get(ps.dir, func() (*goDir, error) { return listGoDir(ps.dir), nil })
	if len(gd.files) == 0 {
		return ps.others
	}
	have := map[string]bool{}
	for _, f := range ps.pass.Files {
		if tf := ps.pass.Fset.File(f.Pos()); tf != nil {
			have[filepath.Base(tf.Name())] = true
		}
	}
	for _, name := range gd.files {
		if have[name] {
			continue
		}
		if fd := gd.decls(name, word); fd != nil && fd.pkg == ps.pass.Pkg.Name() {
			for _, n := range fd.names {
				ps.others[n] = true
			}
		}
	}
	return ps.others
}

// goDir is a package directory as otherNames sees it, read once per
// analyzer instance.
type goDir struct {
	dir   string
	files []string            // its .go files' names, but those the go command ignores (., _)
	read  onceMap[*fileDecls] // file name and word -> see decls
}

// fileDecls is what a file of the directory declares at package level.
type fileDecls struct {
	pkg   string   // its package clause
	names []string // the names of its package-level declarations
}

func listGoDir(dir string) *goDir {
	gd := &goDir{dir: dir}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return gd
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
			continue
		}
		gd.files = append(gd.files, name)
	}
	return gd
}

// decls returns the package-level declarations of the directory's file
// name, read once, or nil when its text does not contain word or it has
// no package clause.
func (gd *goDir) decls(name, word string) *fileDecls {
	fd, _ := gd.read.get(name+"\x00"+word, func() (*fileDecls, error) {
		return readFileDecls(filepath.Join(gd.dir, name), word), nil
	})
	return fd
}

func readFileDecls(path, word string) *fileDecls {
	src, err := os.ReadFile(path)
	if err != nil || !bytes.Contains(src, []byte(word)) {
		return nil
	}
	f, _ := parser.ParseFile(token.NewFileSet(), path, src, parser.SkipObjectResolution)
	if f == nil || f.Name == nil {
		return nil
	}
	fd := &fileDecls{pkg: f.Name.Name}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				fd.names = append(fd.names, d.Name.Name)
			}
		case *ast.GenDecl:
			if d.Tok == token.IMPORT {
				continue
			}
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.ValueSpec:
					for _, id := range s.Names {
						fd.names = append(fd.names, id.Name)
					}
				case *ast.TypeSpec:
					fd.names = append(fd.names, s.Name.Name)
				}
			}
		}
	}
	return fd
}

// buildContexts are the build configurations a file is matched against to
// tell where it is compiled: the first-class ports, with and without cgo.
var buildContexts = func() []build.Context {
	var out []build.Context
	for _, p := range []string{
		"linux/amd64", "linux/arm64", "linux/386", "linux/arm", "linux/riscv64", "linux/s390x", "linux/ppc64le",
		"windows/amd64", "windows/arm64", "windows/386", "darwin/amd64", "darwin/arm64",
		"freebsd/amd64", "openbsd/amd64", "netbsd/amd64", "dragonfly/amd64", "solaris/amd64", "illumos/amd64",
		"aix/ppc64", "plan9/amd64", "android/arm64", "ios/arm64", "js/wasm", "wasip1/wasm",
	} {
		goos, goarch, _ := strings.Cut(p, "/")
		for _, cgo := range []bool{true, false} {
			ctx := build.Default
			ctx.GOOS, ctx.GOARCH, ctx.CgoEnabled = goos, goarch, cgo
			ctx.BuildTags = nil
			out = append(out, ctx)
		}
	}
	return out
}()

// buildMask returns the set of buildContexts (a bit each) in which the file
// is compiled, computed once per file name and analyzer instance. A file
// that cannot be read or matched, such as one the build cache holds, is in
// none.
func (s *state) buildMask(name string) uint64 {
	s.mu.Lock()
	m, ok := s.masks[name]
	s.mu.Unlock()
	if ok {
		return m
	}
	dir, base := filepath.Split(name)
	if data, err := os.ReadFile(name); err == nil {
		// Read once; MatchFile reads the header for each context.
		open := func(string) (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }
		for i, ctx := range buildContexts {
			ctx.OpenFile = open
			if ok, err := ctx.MatchFile(dir, base); err == nil && ok {
				m |= 1 << i
			}
		}
	}
	s.mu.Lock()
	if s.masks == nil {
		s.masks = map[string]uint64{}
	}
	s.masks[name] = m
	s.mu.Unlock()
	return m
}

// inEveryBuildOf reports whether constant k, declared at package level, is
// compiled in every build configuration in which the current file is: a
// constant of consts_linux.go cannot replace a literal of an untagged file.
func (ps *passState) inEveryBuildOf(k *types.Const) bool {
	ktf := ps.pass.Fset.File(k.Pos())
	if ktf == nil || ps.file.tf == nil {
		return false
	}
	if ktf == ps.file.tf || ps.unconstrained(ktf) {
		return true
	}
	km, fm := ps.s.buildMask(ktf.Name()), ps.s.buildMask(ps.file.tf.Name())
	return fm&^km == 0
}

// declaringConsts returns the constants whose declaration holds the node at
// c in its value (const x = Code("ModelArts.0101" + suffix)), or nil: a fix
// there must not use them, nor any constant that depends on them, which
// would be an initialization cycle.
func (ps *passState) declaringConsts(c inspector.Cursor) []*types.Const {
	for cur := c; cur.Index() >= 0; cur = cur.Parent() {
		switch cur.ParentEdgeKind() {
		case edge.ValueSpec_Values:
			gd, ok := cur.Parent().Parent().Node().(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				return nil
			}
			var out []*types.Const
			for _, id := range cur.Parent().Node().(*ast.ValueSpec).Names {
				if k, ok := ps.pass.TypesInfo.Defs[id].(*types.Const); ok {
					out = append(out, k)
				}
			}
			return out
		case edge.BlockStmt_List, edge.File_Decls, edge.FuncDecl_Body, edge.FuncLit_Body:
			return nil
		}
	}
	return nil
}

// dependsOn reports whether the value of constant k refers, directly or
// through other constants of the package, to one of ds.
func (ps *passState) dependsOn(k *types.Const, ds []*types.Const) bool {
	specs := ps.constSpecs()
	seen := map[*types.Const]bool{}
	stack := []*types.Const{k}
	for len(stack) > 0 {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, d := range ds {
			if k == d {
				return true
			}
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		vs := specs[k]
		if vs == nil {
			continue
		}
		for _, v := range vs.Values {
			ast.Inspect(v, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					if u, ok := ps.pass.TypesInfo.Uses[id].(*types.Const); ok && u.Pkg() == ps.pass.Pkg {
						stack = append(stack, u)
					}
				}
				return true
			})
		}
	}
	return false
}

// constSpecs maps the package-level constants to their declarations, once
// per pass.
func (ps *passState) constSpecs() map[*types.Const]*ast.ValueSpec {
	if ps.specs != nil {
		return ps.specs
	}
	ps.specs = map[*types.Const]*ast.ValueSpec{}
	for _, f := range ps.pass.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				for _, id := range vs.Names {
					if k, ok := ps.pass.TypesInfo.Defs[id].(*types.Const); ok {
						ps.specs[k] = vs
					}
				}
			}
		}
	}
	return ps.specs
}

// unconstrained reports whether the file tf of the package, which the pass
// has, is compiled in every build configuration, as its syntax shows: no
// build constraint before the package clause, no import of "C", not
// cmd/cgo's copy of a file that has one, and no '_' in its name (which
// might end with a GOOS or GOARCH). It saves
// reading the file for buildMask; a false answer only means asking it.
func (ps *passState) unconstrained(tf *token.File) bool {
	if u, ok := ps.unconstr[tf]; ok {
		return u
	}
	u := false
	if i := ps.fileIndex(token.Pos(tf.Base())); i >= 0 {
		u = unconstrainedFile(ps.pass.Files[i], tf.Name())
	}
	if ps.unconstr == nil {
		ps.unconstr = make(map[*token.File]bool)
	}
	ps.unconstr[tf] = u
	return u
}

func unconstrainedFile(f *ast.File, name string) bool {
	base := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(name), ".go"), "_test")
	if strings.Contains(base, "_") || strings.HasPrefix(base, ".") {
		return false
	}
	for _, cg := range f.Comments {
		if cg.Pos() >= f.Package {
			break
		}
		for _, c := range cg.List {
			if t := strings.TrimSpace(strings.TrimPrefix(c.Text, "//")); strings.HasPrefix(c.Text, "//go:build") || strings.HasPrefix(t, "+build") ||
				c.Text == cgoHeader { // cmd/cgo's copy of a file that imports "C"
				return false
			}
		}
	}
	for _, imp := range f.Imports {
		if p, ok := importPath(imp); !ok || p == "C" {
			return false
		}
	}
	return true
}
