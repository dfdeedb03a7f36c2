package analyzer_test

import (
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodelint/errcodelint/analyzer"
)

// TestLineDirectives: suppression comments in a file with //line
// directives are matched by physical lines, and a //line directive between
// an ignore comment and the code does not separate them.
func TestLineDirectives(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: allBut(analyzer.CatUseConstant)})
	analysistest.Run(t, analysistest.TestData(), a, "linedirective")
}

// TestStatusTies: which statuses tie a code (package ties).
func TestStatusTies(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: allBut(analyzer.CatUseConstant)})
	analysistest.Run(t, analysistest.TestData(), a, "ties")
}

// TestIllTyped: code that does not type-check or parse, in every shape
// the analyzer gives a meaning: no panic, findings from what the literals
// show, nothing read from what is missing.
func TestIllTyped(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: allBut(analyzer.CatUseConstant)})
	analysistest.Run(t, analysistest.TestData(), a, "illtyped")
}

// TestNoBehaviourChange: no finding whose fix would change what the
// program does: normalising code (packages normalise), case-insensitive
// comparisons through strings.ToLower/ToUpper (foldcase, also dot-imported:
// foldcasedot, or renamed: foldcaserenamed), padded spellings
// outside comparisons (padded).
func TestNoBehaviourChange(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: allBut(analyzer.CatUseConstant)})
	analysistest.Run(t, analysistest.TestData(), a, "normalise", "foldcase", "foldcasedot", "foldcaserenamed", "padded")
}

// TestOneDiagnosticPerLiteral: with every check enabled, a literal gets at
// most one diagnostic with at most one fix (package onediag).
func TestOneDiagnosticPerLiteral(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), analyzer.New(analyzer.Config{}), "onediag")
	for _, r := range results {
		at := map[token.Pos]string{}
		for _, d := range r.Diagnostics {
			if prev, ok := at[d.Pos]; ok {
				t.Errorf("two diagnostics at one literal: %q and %q", prev, d.Message)
			}
			at[d.Pos] = d.Message
			if len(d.SuggestedFixes) > 1 {
				t.Errorf("%q has %d fixes, want at most one", d.Message, len(d.SuggestedFixes))
			}
		}
	}
}

// TestFixesBuildEverywhere: the use-constant fix compiles in every build
// configuration of the package (see package fixbuild).
func TestFixesBuildEverywhere(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{analyzer.CatUseConstant}})
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "fixbuild")
}

// TestVendoredModule: in a module that vendors its dependencies, the
// use-constant fix is offered only when vendor/modules.txt lists the
// constants package.
func TestVendoredModule(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{analyzer.CatUseConstant}})
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "src", "vendormod"), a, "./...")
	analysistest.RunWithSuggestedFixes(t, filepath.Join(analysistest.TestData(), "src", "vendormodok"), a, "./...")
}

// TestConstantExpressions: codes written as constant expressions are
// checked by their value (package constexpr).
func TestConstantExpressions(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: allBut(analyzer.CatUseConstant)})
	analysistest.Run(t, analysistest.TestData(), a, "constexpr")
}

// TestProsePathsAndFormats: with -prose, path segments and format strings
// are not codes (package prosepaths).
func TestProsePathsAndFormats(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: allBut(analyzer.CatUseConstant), Prose: true})
	analysistest.Run(t, analysistest.TestData(), a, "prosepaths")
}

// TestCgo: the user's code in a cgo file is analysed, not skipped as
// generated (package cgouser).
func TestCgo(t *testing.T) {
	if os.Getenv("CGO_ENABLED") == "0" {
		t.Skip("cgo disabled")
	}
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("no C compiler for cgo")
	}
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Config{}), "cgouser")
}

// TestWorkspaceConstantsPkg: a constants package in another module of the
// go.work is imported by the use-constant fix only where the module's
// go.mod requires that module: otherwise the fix builds only inside the
// workspace, not with GOWORK=off (package workmod).
func TestWorkspaceConstantsPkg(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{analyzer.CatUseConstant}})
	if err := a.Flags.Set("constants-pkg", "example.com/lib/errcodes"); err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, filepath.Join(analysistest.TestData(), "src", "workmod"), a, "./app/...", "./req/...")
}

// TestCgoConstNotEverywhere: a constant of a cgo file is compiled only
// with cgo enabled, so it does not replace a literal of a plain file
// (package cgoconst).
func TestCgoConstNotEverywhere(t *testing.T) {
	if os.Getenv("CGO_ENABLED") == "0" {
		t.Skip("cgo disabled")
	}
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("no C compiler for cgo")
	}
	a := analyzer.New(analyzer.Config{Checks: []string{analyzer.CatUseConstant}})
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "cgoconst")
}

// TestUseConstantTypeSwitchVar: a type switch's variable named codes takes
// the name in its case clauses (package useconsttswitch).
func TestUseConstantTypeSwitchVar(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{analyzer.CatUseConstant}})
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "useconsttswitch")
}

// TestUseConstantLocalScopes: each kind of local scope that declares the
// name codes around a code literal takes it for the file's new import, and
// those no literal sees leave it free (package useconstscopes).
func TestUseConstantLocalScopes(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{analyzer.CatUseConstant}})
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "useconstscopes")
}

// TestConvertedMutualRecursion: the conversions of functions that call
// each other are all known to each (package convcycle).
func TestConvertedMutualRecursion(t *testing.T) {
	a := analyzer.New(analyzer.Config{Checks: []string{analyzer.CatMismatch}})
	analysistest.Run(t, analysistest.TestData(), a, "convcycle")
}
