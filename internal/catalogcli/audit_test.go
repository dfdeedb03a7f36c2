package catalogcli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcodelint/errcodelint/catalog"
)

// A code without family shape (a bare number, as some services document
// theirs) is reported on each of its rows: no check can see it in Go code.
func TestAuditNoFamily(t *testing.T) {
	c, err := catalog.New([]catalog.Entry{
		{Code: "4000003", Status: 400, Message: "Bad.", Description: "坏", Source: "cce.md", Line: 3},
		{Code: "SVCSTG.CCE-ADDONMGR.4000004", Status: 400, Message: "Worse.", Description: "更坏", Source: "cce.md", Line: 4},
		{Code: "4000003", Status: 404, Message: "Gone.", Description: "没了", Source: "cce.md", Line: 5},
	})
	require.NoError(t, err)
	var got []string
	for _, f := range Audit(c) {
		if f.Kind == KindNoFamily {
			got = append(got, f.String())
		}
	}
	const msg = ": no-family: 4000003 has no family prefix followed by '.' or '_' and digits (as in ModelArts.0204), so errcodelint cannot recognise it in Go code and no check sees it"
	assert.Equal(t, []string{"cce.md:3" + msg, "cce.md:5" + msg}, got)
}

// The prose of a page is searched for codes of families whose prefix has
// dots and dashes as for any other family.
func TestAuditProseDottedFamily(t *testing.T) {
	page := filepath.Join(t.TempDir(), "cce.md")
	require.NoError(t, os.WriteFile(page, []byte("# CCE add-on errors\n\n"+
		"A failed upgrade returns SVCSTG.CCE-ADDONMGR.4000009.\n\n"+
		"| 状态码 | 错误码 | 错误信息 | 描述 | 处理措施 |\n|---|---|---|---|---|\n"+
		"| 400 | SVCSTG.CCE-ADDONMGR.4000003 | Invalid add-on. | 插件无效 | 检查插件 |\n"), 0o644))
	c, err := catalog.Load(page)
	require.NoError(t, err)
	var got []string
	for _, f := range Audit(c) {
		if f.Source == "cce.md" {
			got = append(got, f.String())
		}
	}
	assert.Equal(t, []string{"cce.md:3: prose-not-in-table: the page's prose mentions SVCSTG.CCE-ADDONMGR.4000009, which its tables lack; no page documents it (nearest: SVCSTG.CCE-ADDONMGR.4000003)"}, got)
}

// catalog check on a user page with a bare-number code reports its row.
func TestCheckBareNumberPage(t *testing.T) {
	page := writeFile(t, "cce.md", "| 状态码 | 错误码 | 错误信息 | 描述 | 处理措施 |\n|---|---|---|---|---|\n"+
		"| 400 | 4000003 | Invalid add-on. | 插件无效 | 检查插件 |\n"+
		"| 400 | SVCSTG.CCE-ADDONMGR.4000004 | Bad add-on version. | 插件版本无效 | 检查版本 |\n")
	code, out, _ := run(t, "check", "-builtin=false", "-catalog", page)
	assert.Equal(t, 1, code)
	assert.Equal(t, "cce.md:3: no-family: 4000003 has no family prefix followed by '.' or '_' and digits (as in ModelArts.0204), so errcodelint cannot recognise it in Go code and no check sees it\n1 findings: 1 no-family\n", out)
}
