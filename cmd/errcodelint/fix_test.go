package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFixMode(t *testing.T) {
	assert.True(t, fixMode([]string{"-fix", "./..."}))
	assert.True(t, fixMode([]string{"-checks=use-constant", "--fix=true", "./..."}))
	assert.False(t, fixMode([]string{"-fix", "-diff", "./..."}))
	assert.False(t, fixMode([]string{"-fix=false", "./..."}))
	assert.False(t, fixMode([]string{"./...", "-fix"}))
	assert.Equal(t, []string{"-checks=x", "./...", "-fix"}, withoutFix([]string{"-fix", "-checks=x", "--fix=true", "./...", "-fix"}))
}

// The adoption path end to end: a module configured by its .errcodelint.yml
// (an undocumented-codes page, a status helper, constants generated into
// the module with catalog constants -used), -fix applies what it can and
// reports, with exit 3, what it cannot; the result builds; a second -fix
// changes nothing.
func TestFixReportsWhatRemains(t *testing.T) {
	dir := writeModule(t, map[string]string{
		".errcodelint.yml": "catalog: [docs/undocumented.md]\n" +
			"status-funcs: [example.com/m/common.ConvertExpected400ErrInto404Err=400]\n" +
			"constants-pkg: example.com/m/errcodes\n",
		"docs/undocumented.md": "| 状态码 | 错误码 | 错误信息 | 描述 | 处理措施 |\n|---|---|---|---|---|\n" +
			"| 400 | ModelArts.6404 | The notebook does not exist. | Notebook不存在 | 确认 |\n",
		"common/common.go": "package common\n\n" +
			"func ConvertExpected400ErrInto404Err(err error, key string, codes ...string) error { return err }\n",
		"notebook/notebook.go": "package notebook\n\nimport \"example.com/m/common\"\n\n" +
			"var notFound = []string{\n\t\"ModelArts.6309\",\n\t\"ModelArts.6404\",\n\t\"ModelArts.6405\",\n}\n\n" +
			"func read(err error) error {\n\treturn common.ConvertExpected400ErrInto404Err(err, \"error_code\", notFound...)\n}\n",
	})
	r := command(t, dir, nil, "catalog", "constants", "-used", "./...", "-o", "errcodes/errcodes.go")
	require.Equal(t, 0, r.code, "%+v", r)

	r = command(t, dir, nil, "-fix", "./...")
	assert.Equal(t, 3, r.code, "%+v", r)
	// ModelArts.6404, documented by the project's page, got its constant
	// (catalog constants merges the pages .errcodelint.yml names).
	assert.Contains(t, r.stderr, `unknown error code "ModelArts.6405"`)
	assert.NotContains(t, r.stderr, `"ModelArts.6404" is written`)
	assert.Contains(t, r.stderr, "errcodelint -fix: the findings above have no automatic fix")
	assert.NotContains(t, r.stderr, "ModelArts.6309")
	src, err := os.ReadFile(filepath.Join(dir, "notebook", "notebook.go"))
	require.NoError(t, err)
	assert.Contains(t, string(src), "\terrcodes.ModelArts6309,\n\terrcodes.ModelArts6404,\n")
	assert.Contains(t, string(src), `"example.com/m/errcodes"`)

	build := exec.Command("go", "build", "./...")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "%s", out)

	r = command(t, dir, nil, "-fix", "./...")
	assert.Equal(t, 3, r.code, "%+v", r)
	again, err := os.ReadFile(filepath.Join(dir, "notebook", "notebook.go"))
	require.NoError(t, err)
	assert.Equal(t, string(src), string(again), "a second -fix changes nothing")

	// A malformed configuration file stops -fix too.
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".errcodelint.yml"), []byte("catalogs: [x.md]\n"), 0o644))
	r = command(t, dir, nil, "-fix", "./...")
	assert.Equal(t, 1, r.code, "%+v", r)
	assert.Contains(t, r.stderr, ".errcodelint.yml:1: catalogs: unknown key; did you mean catalog?")
}
