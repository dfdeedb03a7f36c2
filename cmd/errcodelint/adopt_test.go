package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readmeSteps returns the README's adoption walkthrough: for each
// <!-- adopt:stepN --> marker, the lines of the code block after it.
func readmeSteps(t *testing.T) map[string][]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	require.NoError(t, err)
	steps := map[string][]string{}
	rest := string(data)
	for {
		_, after, ok := strings.Cut(rest, "<!-- adopt:")
		if !ok {
			return steps
		}
		name, after, _ := strings.Cut(after, " -->\n```\n")
		block, after, _ := strings.Cut(after, "```\n")
		steps[name] = strings.Split(strings.TrimSuffix(block, "\n"), "\n")
		rest = after
	}
}

// copyDir copies the files under src into dst.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.Walk(src, func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	require.NoError(t, err)
}

// TestAdoptWalkthrough replays the README's "Adopting errcodelint in an
// existing codebase" on a copy of examples/adopt: each step's commands give
// the output and exit status the README shows.
func TestAdoptWalkthrough(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the command a dozen times")
	}
	dir := t.TempDir()
	copyDir(t, filepath.Join("..", "..", "examples", "adopt"), dir)
	page := filepath.Join(dir, "docs", "errcodelint", "undocumented.md")
	pageData, err := os.ReadFile(page)
	require.NoError(t, err)
	require.NoError(t, os.Remove(page)) // step 2 writes it
	steps := readmeSteps(t)
	require.Len(t, steps, 5)

	replay := func(step string) {
		t.Helper()
		var got []string
		for _, line := range steps[step] {
			cmdline, ok := strings.CutPrefix(line, "$ ")
			if !ok {
				continue
			}
			if text, file, ok := strings.Cut(strings.TrimPrefix(cmdline, "echo "), " >> "); ok {
				f, err := os.OpenFile(filepath.Join(dir, file), os.O_APPEND|os.O_WRONLY, 0)
				require.NoError(t, err)
				_, err = f.WriteString(strings.Trim(text, `"`) + "\n")
				require.NoError(t, err)
				require.NoError(t, f.Close())
				got = append(got, line)
				continue
			}
			args, ok := strings.CutPrefix(cmdline, "errcodelint ")
			require.True(t, ok, "step %s: unknown command %q", step, cmdline)
			r := command(t, dir, nil, strings.Fields(args)...)
			got = append(got, line)
			for _, out := range []string{r.stdout, r.stderr} {
				if out = strings.TrimSuffix(strings.ReplaceAll(out, dir+string(filepath.Separator), ""), "\n"); out != "" {
					got = append(got, strings.Split(out, "\n")...)
				}
			}
			if strings.HasPrefix(args, "catalog ") {
				require.Equal(t, 0, r.code, "%+v", r)
			} else {
				got = append(got, "exit "+strconv.Itoa(r.code))
			}
		}
		assert.Equal(t, steps[step], got, "README step %s", step)
	}

	replay("step1")
	require.NoError(t, os.WriteFile(page, pageData, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".errcodelint.yml"), []byte(
		"catalog: [docs/errcodelint/undocumented.md]\n"+
			"status-funcs:\n"+
			"  - example.com/tfprovider/common.ConvertExpected400ErrInto404Err=400\n"+
			"  - example.com/tfprovider/common.ConvertExpected403ErrInto404Err=403\n"), 0o644))
	replay("step2")
	replay("step3")
	replay("step4")

	build := exec.Command("go", "build", "./...")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "%s", out)
	file := filepath.Join(dir, "modelarts", "notebook.go")
	fixed, err := os.ReadFile(file)
	require.NoError(t, err)
	r := command(t, dir, nil, "-fix", "./...")
	require.Equal(t, 3, r.code, "%+v", r)
	again, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Equal(t, string(fixed), string(again), "a second -fix changes nothing")

	src := strings.Replace(string(fixed), "ConvertExpected403ErrInto404Err(err, \"error_code\", workspaceNotFoundErrCodes...)",
		"ConvertExpected400ErrInto404Err(err, \"error_code\", workspaceNotFoundErrCodes...)", 1)
	require.NotEqual(t, string(fixed), src)
	require.NoError(t, os.WriteFile(file, []byte(src), 0o644))
	replay("step5")
}
