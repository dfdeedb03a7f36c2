package catalogcli

import (
	"fmt"
	"go/ast"
	"go/token"
	"path/filepath"
	"strconv"

	"golang.org/x/tools/go/packages"

	"github.com/errcodelint/errcodelint/catalog"
)

// usedCodes returns the documented codes that the packages matching
// patterns (with their tests) use: as string literals (in any spelling the
// catalog recognises) or as identifiers named like a code's constant
// (codes.ModelArts0204, errcodes.ModelArts0204), so that regenerating the
// package after a -fix keeps the constants the fix introduced. The files in
// the directory of out, the package being generated, are skipped.
func usedCodes(cat *catalog.Catalog, patterns []string, out string) (map[string]bool, error) {
	fset := token.NewFileSet()
	cfg := &packages.Config{
		Mode:  packages.NeedName | packages.NeedFiles | packages.NeedSyntax,
		Tests: true,
		Fset:  fset,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, fmt.Errorf("-used: %v", err)
	}
	skip := ""
	if out != "" && out != "-" {
		if abs, err := filepath.Abs(out); err == nil {
			skip = filepath.Dir(abs)
		}
	}
	byName := make(map[string]string, len(cat.Codes()))
	for _, code := range cat.Codes() {
		byName[catalog.ConstName(code)] = code
	}
	used := make(map[string]bool)
	var errs []string
	seen := make(map[string]bool)
	for _, p := range pkgs {
		for _, e := range p.Errors {
			errs = append(errs, e.Error())
		}
		for _, f := range p.Syntax {
			name := fset.File(f.Pos()).Name()
			if seen[name] || skip != "" && filepath.Dir(name) == skip {
				continue
			}
			seen[name] = true
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.BasicLit:
					if n.Kind != token.STRING {
						return true
					}
					s, err := strconv.Unquote(n.Value)
					if err != nil {
						return true
					}
					if cat.Known(s) {
						used[s] = true
					} else if code, ok := cat.Canonical(s); ok {
						used[code] = true
					}
				case *ast.Ident:
					if code, ok := byName[n.Name]; ok {
						used[code] = true
					}
				}
				return true
			})
		}
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("-used: no packages match %v", patterns)
	}
	if len(errs) > 0 && len(used) == 0 {
		return nil, fmt.Errorf("-used: %s", errs[0])
	}
	return used, nil
}
