package analyzer

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/mod/modfile"

	"github.com/errcodelint/errcodelint/catalog"
)

// index returns the catalog index for the extra catalog pages paths
// (resolved), loading each distinct set once; with none, the built-in
// catalog's, which every instance of the process shares.
func (s *state) index(paths []string) (*index, error) {
	if len(paths) == 0 {
		if s.builtin != nil {
			return s.builtin, nil
		}
		return builtinIndex(), nil
	}
	return s.cats.get(strings.Join(paths, "\x00"), func() (*index, error) {
		cat, err := catalog.Load(paths...)
		if err != nil {
			return nil, fmt.Errorf("loading -catalog: %w", err)
		}
		return indexOf(cat), nil
	})
}

// builtinIndex is the index of the built-in catalog. It depends on no
// configuration and the analyzer instances of a process share it: the
// batching driver makes one instance per batch, and would otherwise build
// the table of codes and redo the texts and the nearest-code searches of
// unknown codes (see unknownMessage) for each. The catalog itself is
// built only if a literal needs it (see index.catalog).
var builtinIndex = sync.OnceValue(newBuiltinIndex)

func newBuiltinIndex() *index {
	return newIndex(catalog.DefaultFamilies(), catalog.DefaultMaxLen(), catalog.Default)
}

// modInfo describes the go.mod enclosing a directory.
type modInfo struct {
	root     string // directory holding go.mod
	path     string // module path
	requires map[string]bool
	// vendored is set when the module has vendor/modules.txt: the go
	// command then builds from vendor/ (the default since Go 1.14), and
	// only the packages listed there (vendorPkgs) can be imported.
	vendored   bool
	vendorPkgs map[string]bool
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
		if txt, err := os.ReadFile(filepath.Join(dir, "vendor", "modules.txt")); err == nil {
			mi.vendored, mi.vendorPkgs = true, vendorPackages(txt)
		}
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

// parseGoMod extracts the module path and required module paths. It is
// lax (unknown directives and syntax errors are tolerated, as far as
// x/mod/modfile can): it only decides whether a fix is offered.
func parseGoMod(root string, data []byte) *modInfo {
	mi := &modInfo{root: root, requires: map[string]bool{}}
	f, err := modfile.ParseLax(filepath.Join(root, "go.mod"), data, nil)
	if err != nil {
		mi.path = modfile.ModulePath(data)
		return mi
	}
	if f.Module != nil {
		mi.path = f.Module.Mod.Path
	}
	for _, r := range f.Require {
		mi.requires[r.Mod.Path] = true
	}
	return mi
}

// vendorPackages returns the packages that vendor/modules.txt lists: the
// lines that are not "# module version" or "## explicit" annotations.
func vendorPackages(txt []byte) map[string]bool {
	pkgs := map[string]bool{}
	for _, line := range strings.Split(string(txt), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			pkgs[line] = true
		}
	}
	return pkgs
}
