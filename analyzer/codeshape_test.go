package analyzer_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodelint/errcodelint/analyzer"
)

// A user page whose family prefix has dots and dashes (the CCE add-on
// manager's SVCSTG.CCE-ADDONMGR.NNNNNNN) works in every check, in code
// and in prose.
func TestDottedDashedFamily(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "cce.md")
	write := func(path, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(page, "| 状态码 | 错误码 | 错误信息 | 描述 | 处理措施 |\n|---|---|---|---|---|\n"+
		"| 400 | SVCSTG.CCE-ADDONMGR.4000003 | Invalid add-on. | 插件无效 | 检查插件 |\n"+
		"| 404 | SVCSTG.CCE-ADDONMGR.4000004 | Add-on not found. | 插件不存在 | 检查插件名 |\n")
	write(filepath.Join(dir, "src", "cce", "cce.go"), "package cce\n\n"+
		"import \"errors\"\n\n"+
		"func check(status int, code string) error {\n"+
		"\tswitch {\n"+
		"\tcase status == 400 && code == \"SVCSTG.CCE-ADDONMGR.4000003\":\n"+
		"\tcase status == 500 && code == \"SVCSTG.CCE-ADDONMGR.4000004\": // want `error code \"SVCSTG.CCE-ADDONMGR.4000004\" is tied to status 500 here, but the catalog documents it only as 404`\n"+
		"\tcase code == \"SVCSTG.CCE-ADDONMGR.4000009\": // want `unknown error code \"SVCSTG.CCE-ADDONMGR.4000009\": not in the catalog \\(family SVCSTG.CCE-ADDONMGR.NNNNNNN\\)`\n"+
		"\tcase code == \"svcstg_cce-addonmgr_4000003\": // want `malformed error code \"svcstg_cce-addonmgr_4000003\"`\n"+
		"\tcase code == \"SVCSTG.CCE-OTHER.4000003\":\n"+ // another family: not a code
		"\t}\n"+
		"\treturn errors.New(\"add-on failed: SVCSTG.CCE-ADDONMGR.4000009\") // want `unknown error code \"SVCSTG.CCE-ADDONMGR.4000009\".* \\(mentioned in text\\)`\n"+
		"}\n")
	a := analyzer.New(analyzer.Config{Catalogs: []string{page}, Prose: true, Checks: allBut(analyzer.CatUseConstant)})
	analysistest.Run(t, dir, a, "cce")
}
