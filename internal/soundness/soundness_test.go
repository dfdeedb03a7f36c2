package soundness

import (
	"bytes"
	"encoding/json"
	"errors"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/errcodelint/errcodelint/analyzer"
	"github.com/errcodelint/errcodelint/bench/synth"
	"github.com/errcodelint/errcodelint/internal/repotest"
)

// testdataExcluded lists the analyzer/testdata/src entries that the fix-soundness
// test cannot use, and why. Every other entry is copied and fixed, so a
// new testdata package is covered without editing this file.
var testdataExcluded = map[string]string{
	"typeerrors": "does not type-check on purpose (the analyzer must run despite type errors), so its fixed form cannot build either",
	"illtyped":   "does not parse or type-check on purpose (calls of the wrong arity, missing operands, unterminated literals), so its fixed form cannot build either",
	"github.com": "analysistest's GOPATH stand-in for the constants package; the temporary module uses the real github.com/errcodelint/errcodelint/codes through a replace directive",
}

// testdataStatusFuncs configures the helper that analyzer/testdata/src/statusfuncs
// ties to a status; extra catalog pages (*.md, *.json, *.html) found in
// testdata packages are passed with -catalog automatically.
const testdataStatusFuncs = "soundcheck/statusfuncs.ConvertExpected400ErrInto404Err=400"

const modulePath = "soundcheck"

var (
	toolOnce sync.Once
	toolPath string
	toolErr  error
	toolDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if toolDir != "" {
		os.RemoveAll(toolDir)
	}
	os.Exit(code)
}

// tool builds cmd/errcodelint once per test binary.
func tool(t *testing.T) string {
	t.Helper()
	toolOnce.Do(func() {
		toolDir, toolErr = os.MkdirTemp("", "errcodelint-soundness")
		if toolErr != nil {
			return
		}
		toolPath, toolErr = repotest.BuildTool(repotest.RootT(t), toolDir)
	})
	if toolErr != nil {
		t.Fatal(toolErr)
	}
	return toolPath
}

// goCmd runs the go command in dir and fails the test on error.
func goCmd(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = goEnv(dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go %s in %s: %v\n%s", strings.Join(args, " "), dir, err, out)
	}
}

// goEnv is the environment for go commands and errcodelint in the module
// at dir: repotest.GoEnv, or vendor mode for a module that vendors.
func goEnv(dir string) []string {
	if _, err := os.Stat(filepath.Join(dir, "vendor", "modules.txt")); err == nil {
		return append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=vendor")
	}
	return repotest.GoEnv()
}

// buildGOOS are the systems every fixed module must build and vet for: a
// fix must compile in files for other systems too (x_windows.go).
var buildGOOS = []string{"linux", "windows"}

// buildAll compiles every package of the module in dir, tests included,
// without running anything (go test -run=^$ on this system), then builds and
// vets it for each of buildGOOS: go vet type-checks the test files too.
// Vet's bools check is off: the testdata repeats codes on purpose.
func buildAll(t *testing.T, dir string) {
	t.Helper()
	goCmd(t, dir, "test", "-vet=off", "-count=1", "-run=^$", "./...")
	for _, goos := range buildGOOS {
		for _, args := range [][]string{{"build", "./..."}, {"vet", "-bools=false", "./..."}} {
			cmd := exec.Command("go", args...)
			cmd.Dir = dir
			cmd.Env = append(goEnv(dir), "GOOS="+goos, "GOARCH=amd64")
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("GOOS=%s go %s in %s: %v\n%s", goos, strings.Join(args, " "), dir, err, out)
			}
		}
	}
}

type jsonDiag struct {
	Category       string            `json:"category"`
	Posn           string            `json:"posn"`
	Message        string            `json:"message"`
	SuggestedFixes []json.RawMessage `json:"suggested_fixes"`
}

// lint runs errcodelint -json with args in dir and returns its findings.
// Analysis errors and panics fail the test.
func lint(t *testing.T, dir string, args ...string) []jsonDiag {
	t.Helper()
	cmd := exec.Command(tool(t), append([]string{"-json"}, args...)...)
	cmd.Dir = dir
	cmd.Env = goEnv(dir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if err != nil || strings.Contains(stderr.String(), "panic") {
		t.Fatalf("errcodelint -json %s in %s: %v\n%s", strings.Join(args, " "), dir, err, stderr.String())
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(stdout.Bytes(), &tree); err != nil {
		t.Fatalf("errcodelint -json output: %v\n%s", err, stdout.String())
	}
	var out []jsonDiag
	for pkg, byAnalyzer := range tree {
		for name, raw := range byAnalyzer {
			var diags []jsonDiag
			if err := json.Unmarshal(raw, &diags); err != nil {
				t.Fatalf("%s: analyzer %s failed: %s", pkg, name, raw)
			}
			out = append(out, diags...)
		}
	}
	return out
}

// fix runs errcodelint -fix with args in dir.
func fix(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command(tool(t), append([]string{"-fix"}, args...)...)
	cmd.Dir = dir
	cmd.Env = goEnv(dir)
	out, err := cmd.CombinedOutput()
	// Exit 3: findings without an automatic fix remain.
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 3 {
		err = nil
	}
	if err != nil || bytes.Contains(out, []byte("panic")) {
		t.Fatalf("errcodelint -fix %s in %s: %v\n%s", strings.Join(args, " "), dir, err, out)
	}
}

// snapshot returns the contents of every .go file under dir.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") {
			return err
		}
		data, err := os.ReadFile(p)
		m[p] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// checkSound is the property: dir builds, all fixes are applied, the
// result builds, no fixable use-constant or malformed-code finding remains
// (none at all when strict), and a second -fix changes nothing. It returns
// the findings before fixing.
func checkSound(t *testing.T, dir string, strict bool, flags ...string) []jsonDiag {
	t.Helper()
	buildAll(t, dir)
	before := lint(t, dir, append(flags, "./...")...)

	fix(t, dir, append(flags, "./...")...)
	buildAll(t, dir)

	after := lint(t, dir, append(flags, "-checks="+analyzer.CatUseConstant+","+analyzer.CatMalformed, "./...")...)
	for _, d := range after {
		if strict || len(d.SuggestedFixes) > 0 {
			t.Errorf("left after -fix: %s: [%s] %s (%d fixes)", d.Posn, d.Category, d.Message, len(d.SuggestedFixes))
		}
	}

	first := snapshot(t, dir)
	fix(t, dir, append(flags, "./...")...)
	second := snapshot(t, dir)
	for name, data := range second {
		if first[name] != data {
			t.Errorf("a second -fix changed %s", name)
		}
	}
	if len(first) != len(second) {
		t.Errorf("a second -fix changed the set of files: %d -> %d", len(first), len(second))
	}
	return before
}

func countFixes(diags []jsonDiag, category string) int {
	n := 0
	for _, d := range diags {
		if d.Category == category && len(d.SuggestedFixes) > 0 {
			n++
		}
	}
	return n
}

// TestGeneratedModuleFixesAreSound applies every fix to a generated
// benchmark module (many sites of every shape, malformed spellings, a local
// variable named codes, files that already import the constants package).
// Every use-constant and malformed-code finding must be fixed.
func TestGeneratedModuleFixesAreSound(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and fixes a generated module")
	}
	dir := t.TempDir()
	opt := synth.DefaultOptions(60, repotest.RootT(t))
	opt.Dense = true
	if _, err := synth.Write(dir, opt); err != nil {
		t.Fatal(err)
	}
	before := checkSound(t, dir, true)
	if n := countFixes(before, analyzer.CatUseConstant); n < 100 {
		t.Errorf("only %d use-constant fixes offered in the generated module", n)
	}
	if n := countFixes(before, analyzer.CatMalformed); n == 0 {
		t.Errorf("no malformed-code fix offered in the generated module")
	}
	t.Logf("%d findings before -fix, %d use-constant and %d malformed-code fixes",
		len(before), countFixes(before, analyzer.CatUseConstant), countFixes(before, analyzer.CatMalformed))
}

// TestTestdataFixesAreSound copies every testdata package into a temporary
// module that requires this checkout, and applies every fix. A testdata
// directory with its own go.mod is checked as its own module.
func TestTestdataFixesAreSound(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and fixes the testdata")
	}
	root := repotest.RootT(t)
	src := filepath.Join(root, "analyzer", "testdata", "src")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	var gopathPkgs, modules []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if why, ok := testdataExcluded[e.Name()]; ok {
			t.Logf("excluded analyzer/testdata/src/%s: %s", e.Name(), why)
			continue
		}
		if _, err := os.Stat(filepath.Join(src, e.Name(), "go.mod")); err == nil {
			modules = append(modules, e.Name())
		} else {
			gopathPkgs = append(gopathPkgs, e.Name())
		}
	}
	for name := range testdataExcluded {
		if _, err := os.Stat(filepath.Join(src, name)); err != nil {
			t.Errorf("testdataExcluded names analyzer/testdata/src/%s, which does not exist; remove it", name)
		}
	}
	if len(gopathPkgs) < 5 {
		t.Fatalf("found only %d testdata packages in %s", len(gopathPkgs), src)
	}

	t.Run("gopath-packages", func(t *testing.T) {
		dir := t.TempDir()
		repotest.WriteModule(t, dir, modulePath, root)
		var pages []string
		for _, pkg := range gopathPkgs {
			pages = append(pages, copyPackage(t, filepath.Join(src, pkg), filepath.Join(dir, pkg), src)...)
		}
		flags := []string{"-status-funcs=" + testdataStatusFuncs}
		if len(pages) > 0 {
			flags = append(flags, "-catalog="+strings.Join(pages, ","))
		}
		before := checkSound(t, dir, false, flags...)
		fixed := countFixes(before, analyzer.CatUseConstant) + countFixes(before, analyzer.CatMalformed)
		if fixed == 0 {
			t.Error("no use-constant or malformed-code fix offered in the testdata; the test checks nothing")
		}
		t.Logf("packages %v: %d findings, %d with fixes of interest", gopathPkgs, len(before), fixed)
	})
	t.Run("quickstart", func(t *testing.T) {
		dir := t.TempDir()
		repotest.WriteModule(t, dir, modulePath, root)
		copyPackage(t, filepath.Join(root, "examples", "quickstart"), filepath.Join(dir, "quickstart"), "")
		if n := countFixes(checkSound(t, dir, false), analyzer.CatUseConstant); n == 0 {
			t.Error("no use-constant fix offered in the quickstart")
		}
	})
	for _, mod := range modules {
		t.Run(mod, func(t *testing.T) {
			dir := t.TempDir()
			copyPackage(t, filepath.Join(src, mod), dir, "")
			checkSound(t, dir, false)
		})
	}
}

// copyPackage copies the testdata package tree from to to, leaving out
// .golden files and rewriting imports of other testdata packages (GOPATH
// paths relative to gopath) to paths in the temporary module. It returns
// the absolute paths of catalog pages found.
func copyPackage(t *testing.T, from, to, gopath string) []string {
	t.Helper()
	var pages []string
	err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		if strings.HasSuffix(p, ".golden") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		switch filepath.Ext(p) {
		case ".go":
			if gopath != "" {
				data = rewriteImports(t, p, data, gopath)
			}
		case ".md", ".json", ".html", ".htm":
			pages = append(pages, dst)
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

// rewriteImports prefixes the import paths of src that name a directory
// under gopath (other than the constants package's stand-in) with the
// temporary module's path.
func rewriteImports(t *testing.T, name string, src []byte, gopath string) []byte {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ImportsOnly)
	if err != nil {
		return src // a file that does not parse is copied as is
	}
	type edit struct{ start, end int }
	var edits []edit
	for _, imp := range f.Imports {
		path, err := strconv.Unquote(imp.Path.Value)
		if err != nil || strings.HasPrefix(path, "github.com/errcodelint/") {
			continue
		}
		if fi, err := os.Stat(filepath.Join(gopath, filepath.FromSlash(path))); err == nil && fi.IsDir() {
			edits = append(edits, edit{fset.Position(imp.Path.Pos()).Offset, fset.Position(imp.Path.End()).Offset})
		}
	}
	slices.SortFunc(edits, func(a, b edit) int { return b.start - a.start })
	for _, e := range edits {
		path, _ := strconv.Unquote(string(src[e.start:e.end]))
		src = slices.Concat(src[:e.start], []byte(strconv.Quote(modulePath+"/"+path)), src[e.end:])
	}
	return src
}
