package analyzer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/errcodelint/errcodelint/analyzer"
	"github.com/errcodelint/errcodelint/internal/repotest"
)

// exampleFile is a file of the examples module holding one Bad or Good
// example of the table of checks.
const exampleFile = `package example

import (
	"net/http"
	"slices"

	"github.com/errcodelint/errcodelint/codes"
)

var (
	_ = http.StatusOK
	_ = slices.Contains[[]string]
	_ = codes.AIS0101
)

func %s(se *ServiceResponseError) bool {
	%s
}
`

// TestCheckExamples compiles every check's Bad and Good examples against the
// real codes package and runs the default analyzer on them: each Bad
// example is reported by its check, no Good example by any check.
func TestCheckExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a temporary module")
	}
	dir := t.TempDir()
	repotest.WriteModule(t, dir, "example", repotest.RootT(t))
	write := func(name, src string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644))
	}
	write("sdk.go", "package example\n\n// ServiceResponseError mirrors the Huawei Cloud Go SDK's error type.\ntype ServiceResponseError struct {\n\tStatusCode int\n\tErrorCode  string\n}\n")
	fileOf := map[string]string{} // file name -> "bad check" or "good check"
	for i, c := range analyzer.AllChecks() {
		for kind, body := range map[string]string{"bad": c.Bad, "good": c.Good} {
			name := fmt.Sprintf("%s%d.go", kind, i)
			write(name, fmt.Sprintf(exampleFile, kind+fmt.Sprint(i), body))
			fileOf[name] = kind + " " + c.Name
		}
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax, Dir: dir, Env: repotest.GoEnv()}, ".")
	require.NoError(t, err)
	require.Zero(t, packages.PrintErrors(pkgs), "the examples must compile")
	g, err := checker.Analyze([]*analysis.Analyzer{analyzer.New(analyzer.Config{})}, pkgs, nil)
	require.NoError(t, err)
	found := map[string][]string{} // "bad check" -> categories reported
	for act := range g.All() {
		require.NoError(t, act.Err)
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			posn := act.Package.Fset.Position(d.Pos)
			found[fileOf[filepath.Base(posn.Filename)]] = append(found[fileOf[filepath.Base(posn.Filename)]], d.Category+": "+d.Message)
		}
	}
	for _, c := range analyzer.AllChecks() {
		bad := strings.Join(found["bad "+c.Name], "\n")
		assert.Contains(t, bad, c.Name+": ", "%s: the Bad example %q is not reported by the check", c.Name, c.Bad)
		assert.Empty(t, found["good "+c.Name], "%s: the Good example %q is reported", c.Name, c.Good)
	}
}
