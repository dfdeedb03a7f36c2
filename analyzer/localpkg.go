package analyzer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/mod/modfile"
)

// A localPkg is a package of the main module or of its workspace, read from
// its source: the constants package a project generates into itself with
// "errcodelint catalog constants" need not be a dependency of a package yet
// for the use-constant fix to import it.
type localPkg struct {
	name    string            // package name
	consts  map[string]string // top-level string constants: name -> value
	imports []string          // import paths of its non-test files
}

// localPkg returns the package path of the module rooted at mi (or of a
// module of its workspace), read once per analyzer instance, or nil.
func (s *state) localPkg(mi *modInfo, path string) *localPkg {
	if mi == nil {
		return nil
	}
	dir := s.localDir(mi, path)
	if dir == "" {
		return nil
	}
	p, _ := s.locals.get(dir, func() (*localPkg, error) { return readLocalPkg(dir), nil })
	return p
}

// localDir returns the directory of package path when it belongs to the
// module rooted at mi or to a module of the go.work above it, or "".
func (s *state) localDir(mi *modInfo, path string) string {
	dir, _ := s.localModule(mi, path)
	return dir
}

// localModule returns the directory of package path and the module it
// belongs to when that is the module rooted at mi or a module of the
// go.work above it, or "" and nil.
func (s *state) localModule(mi *modInfo, path string) (string, *modInfo) {
	mods := []*modInfo{mi}
	for _, root := range s.workspace(mi.root) {
		if m := s.module(root); m != nil && m.root == root {
			mods = append(mods, m)
		}
	}
	for _, m := range mods {
		if m.path == "" {
			continue
		}
		if path == m.path {
			return m.root, m
		}
		if rest, ok := strings.CutPrefix(path, m.path+"/"); ok {
			return filepath.Join(m.root, filepath.FromSlash(rest)), m
		}
	}
	return "", nil
}

// workspace returns the module directories of the go.work file in dir or
// one of its parents, or nothing. GOWORK=off disables workspaces.
func (s *state) workspace(dir string) []string {
	s.mu.Lock()
	uses, ok := s.works[dir]
	s.mu.Unlock()
	if ok {
		return uses
	}
	uses = findWork(dir)
	s.mu.Lock()
	if s.works == nil {
		s.works = make(map[string][]string)
	}
	s.works[dir] = uses
	s.mu.Unlock()
	return uses
}

func findWork(dir string) []string {
	if os.Getenv("GOWORK") == "off" {
		return nil
	}
	for d := dir; ; {
		data, err := os.ReadFile(filepath.Join(d, "go.work"))
		if err == nil {
			wf, err := modfile.ParseWork(filepath.Join(d, "go.work"), data, nil)
			if err != nil {
				return nil
			}
			var out []string
			for _, u := range wf.Use {
				p := filepath.FromSlash(u.Path)
				if !filepath.IsAbs(p) {
					p = filepath.Join(d, p)
				}
				out = append(out, filepath.Clean(p))
			}
			return out
		}
		parent := filepath.Dir(d)
		if parent == d {
			return nil
		}
		d = parent
	}
}

// readLocalPkg parses the non-test Go files of dir, or returns nil when
// there are none or they do not parse.
func readLocalPkg(dir string) *localPkg {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	p := &localPkg{consts: map[string]string{}}
	fset := token.NewFileSet()
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil
		}
		if p.name == "" {
			p.name = f.Name.Name
		} else if p.name != f.Name.Name {
			return nil
		}
		for _, is := range f.Imports {
			if ip, ok := importPath(is); ok {
				p.imports = append(p.imports, ip)
			}
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if vs.Type != nil || len(vs.Names) != len(vs.Values) {
					continue // typed or implicit: not an untyped string constant
				}
				for i, name := range vs.Names {
					if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING && name.IsExported() {
						if v, err := strconv.Unquote(lit.Value); err == nil {
							p.consts[name.Name] = v
						}
					}
				}
			}
		}
	}
	if p.name == "" {
		return nil
	}
	return p
}

// importsCycle reports whether importing the local package path from
// package self would make a cycle: whether path reaches self through the
// local packages it imports.
func (s *state) importsCycle(mi *modInfo, path, self string) bool {
	seen := map[string]bool{path: true}
	queue := []string{path}
	for len(queue) > 0 {
		p := s.localPkg(mi, queue[0])
		queue = queue[1:]
		if p == nil {
			continue
		}
		for _, imp := range p.imports {
			if imp == self {
				return true
			}
			if !seen[imp] {
				seen[imp] = true
				queue = append(queue, imp)
			}
		}
	}
	return false
}
