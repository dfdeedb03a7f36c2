// Package plugin registers errcodelint as a golangci-lint v2 module plugin
// named "errcodelint".
//
// Build a custom golangci-lint with it (see the README), then enable it:
//
//	version: "2"
//	linters:
//	  enable:
//	    - errcodelint
//	  settings:
//	    custom:
//	      errcodelint:
//	        type: module
//	        description: validates Huawei Cloud error codes
//	        settings:
//	          catalog: [docs/errors.md]
//	          status-funcs: ["example.com/x/errs.NotFound=404"]
//	          checks: [unknown-code, malformed-code]
//	          constants-pkg: example.com/x/codes
//	          prose: false
//
// The keys are those of the project configuration file .errcodelint.yml,
// decoded by the same decoder: an unknown (for example misspelled) key or a
// value of the wrong type is an error, and golangci-lint refuses to run. The
// analyzer also reads the module's .errcodelint.yml; a key given here
// overrides the file's.
package plugin

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/errcodelint/errcodelint/analyzer"
	"github.com/errcodelint/errcodelint/internal/config"
)

// Name is the linter name to enable in .golangci.yml.
const Name = "errcodelint"

func init() {
	register.Plugin(Name, New)
}

// Settings are the plugin's settings, the golangci-lint equivalents of the
// command-line flags of the same names.
type Settings struct {
	// Catalog lists extra catalog pages (Markdown, HTML or JSON), like
	// -catalog. Relative paths are resolved from the module root.
	Catalog []string `json:"catalog"`
	// StatusFuncs lists helpers that tie codes to a status, like
	// -status-funcs: "importpath.Func=400", "importpath.(*Type).Method=404".
	StatusFuncs []string `json:"status-funcs"`
	// Checks lists the enabled checks, like -checks; empty means all.
	Checks []string `json:"checks"`
	// ConstantsPkg is the import path of the constants used by the
	// use-constant fix, like -constants-pkg.
	ConstantsPkg string `json:"constants-pkg"`
	// Prose also checks codes inside longer strings, like -prose.
	Prose bool `json:"prose"`

	// given lists the keys present in the settings, which override the
	// project configuration file's.
	given []string
}

// Config returns the analyzer configuration the settings stand for.
func (s Settings) Config() analyzer.Config {
	return analyzer.Config{
		Catalogs:     s.Catalog,
		StatusFuncs:  s.StatusFuncs,
		Checks:       s.Checks,
		ConstantsPkg: s.ConstantsPkg,
		Prose:        s.Prose,
		Given:        s.given,
	}
}

// Validate reports settings the analyzer would reject.
func (s Settings) Validate() error {
	if _, err := analyzer.ParseStatusFuncs(s.StatusFuncs); err != nil {
		return err
	}
	if _, err := analyzer.EnabledChecks(s.Checks); err != nil {
		return fmt.Errorf("checks: %w", err)
	}
	return nil
}

// Plugin is the golangci-lint linter plugin.
type Plugin struct {
	settings Settings
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes golangci-lint's raw settings (nil when the configuration has
// none) strictly and returns the plugin.
func New(raw any) (register.LinterPlugin, error) {
	cs, err := config.Decode(raw)
	if err != nil {
		return nil, fmt.Errorf("errcodelint settings: %w", err)
	}
	s := Settings{
		Catalog:      cs.Catalog,
		StatusFuncs:  cs.StatusFuncs,
		Checks:       cs.Checks,
		ConstantsPkg: cs.ConstantsPkg,
		Prose:        cs.Prose,
		given:        cs.Present(),
	}
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("errcodelint settings: %w", err)
	}
	return &Plugin{settings: s}, nil
}

// BuildAnalyzers returns one analyzer configured by the settings.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{analyzer.New(p.settings.Config())}, nil
}

// GetLoadMode asks for type information: codes are matched through
// types.Object, not identifier text.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
