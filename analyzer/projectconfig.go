package analyzer

import (
	"errors"
	"flag"
	"fmt"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/errcodelint/errcodelint/internal/config"
)

// conf is the configuration in effect for the packages of one module: the
// analyzer's own (New's Config and its flags) over the module's
// .errcodelint.yml, compiled once per analyzer instance and module.
type conf struct {
	file        string // the configuration file, if any
	statusFuncs map[string]int
	enabled     map[string]bool
	rules       []func(*passState, *occurrence) // the enabled checks' rules, in table order
	ties        bool                            // an enabled check reads the statuses tied to a code (site.statuses, site.ties)
	constPkg    string
	prose       bool
	catalogs    []string // resolved paths of the extra catalog pages
	ix          *index

	reachMu sync.Mutex
	reach   map[*types.Package]*types.Package // package -> the constants package among its imports, transitively
}

// given records which configuration keys the analyzer's own configuration
// sets, so that they override the project file's: the keys in Config.Given,
// those with a non-zero value, and those whose flag was set.
func (s *state) givenKeys(flags *flag.FlagSet) map[string]bool {
	g := make(map[string]bool)
	for _, k := range s.cfg.Given {
		g[k] = true
	}
	g[config.KeyCatalog] = g[config.KeyCatalog] || len(s.cfg.Catalogs) > 0
	g[config.KeyStatusFuncs] = g[config.KeyStatusFuncs] || len(s.cfg.StatusFuncs) > 0
	g[config.KeyChecks] = g[config.KeyChecks] || len(s.cfg.Checks) > 0
	g[config.KeyConstantsPkg] = g[config.KeyConstantsPkg] || s.cfg.ConstantsPkg != ""
	g[config.KeyProse] = g[config.KeyProse] || s.cfg.Prose
	if flags != nil {
		flags.Visit(func(f *flag.Flag) {
			if slices.Contains(config.Keys, f.Name) {
				g[f.Name] = true
			}
		})
	}
	return g
}

// conf returns the configuration in effect for the package in dir.
func (s *state) conf(dir string) (*conf, error) {
	root := dir
	if mi := s.module(dir); mi != nil {
		root = mi.root
	}
	return s.confs.get(root, func() (*conf, error) { return s.newConf(root) })
}

// newConf loads the configuration file of the module rooted at root, if
// any, and compiles the configuration in effect there. Errors in the file
// name the file, line and key.
func (s *state) newConf(root string) (*conf, error) {
	fileSet := &config.Settings{}
	if root != "" {
		if path := config.Find(root); path != "" {
			var err error
			if fileSet, err = config.Load(path); err != nil {
				return nil, err
			}
		}
	}
	c := &conf{file: fileSet.File}
	g := s.given
	// Each key's value and how to report a bad one: the flag's, or the
	// file's with its position.
	pick := func(key string) (fromFile bool) { return !g[key] && fileSet.Has(key) }
	bad := func(key string, fromFile bool, err error) error {
		if fromFile {
			// "bad -checks: unknown check" reads "checks: unknown check".
			msg := strings.Replace(err.Error(), "bad -"+key+" entry", "bad entry", 1)
			msg = strings.TrimPrefix(msg, "bad -"+key+": ")
			return fmt.Errorf("%s: %s", fileSet.Pos(key), msg)
		}
		return err
	}

	statusFuncs, ff := s.cfg.StatusFuncs, pick(config.KeyStatusFuncs)
	if ff {
		statusFuncs = fileSet.StatusFuncs
	}
	var err error
	if c.statusFuncs, err = ParseStatusFuncs(statusFuncs); err != nil {
		return nil, bad(config.KeyStatusFuncs, ff, err)
	}

	checkList, ff := s.cfg.Checks, pick(config.KeyChecks)
	if ff {
		checkList = fileSet.Checks
	}
	if c.enabled, err = parseChecks(checkList); err != nil {
		return nil, bad(config.KeyChecks, ff, err)
	}
	for _, ch := range checks {
		if c.enabled[ch.Name] {
			c.rules = append(c.rules, ch.rule)
		}
	}
	c.ties = c.enabled[CatMismatch] || c.enabled[CatAmbiguous]

	c.constPkg = s.cfg.ConstantsPkg
	if pick(config.KeyConstantsPkg) {
		c.constPkg = fileSet.ConstantsPkg
		if err := checkImportPath(c.constPkg); err != nil {
			return nil, bad(config.KeyConstantsPkg, true, err)
		}
	}
	if c.constPkg == "" {
		c.constPkg = DefaultConstantsPkg
	}

	c.prose = s.cfg.Prose
	if pick(config.KeyProse) {
		c.prose = fileSet.Prose
	}

	if pick(config.KeyCatalog) {
		c.catalogs = fileSet.CatalogPaths()
		for i, p := range c.catalogs {
			if _, err := os.Stat(p); err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					err = fmt.Errorf("no such file")
				}
				return nil, bad(config.KeyCatalog, true, fmt.Errorf("page %s: %v", fileSet.Catalog[i], err))
			}
		}
	} else {
		for _, p := range s.cfg.Catalogs {
			if !filepath.IsAbs(p) && root != "" {
				p = filepath.Join(root, p)
			}
			c.catalogs = append(c.catalogs, filepath.Clean(p))
		}
	}
	if c.ix, err = s.index(c.catalogs); err != nil {
		if pick(config.KeyCatalog) {
			return nil, fmt.Errorf("%s: %v", fileSet.Pos(config.KeyCatalog), strings.TrimPrefix(err.Error(), "loading -catalog: "))
		}
		return nil, err
	}
	return c, nil
}
