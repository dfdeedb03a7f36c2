package catalogcli

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// servicePages are other services' error-code pages in the forms a team
// saves them: a whole HTML page (API Gateway), Markdown with English
// headers (Image Recognition), Chinese headers (Content Moderation) and no
// outer pipes (Image Search), and a table pasted from the browser (CCE).
var servicePages = strings.Join([]string{
	"../../catalog/testdata/pages/apig-error-codes.html",
	"../../catalog/testdata/pages/image-recognition.md",
	"../../catalog/testdata/pages/moderation.md",
	"../../catalog/testdata/pages/imagesearch.md",
	"../../catalog/testdata/pages/cce.tsv",
}, ",")

func TestServicePagesMerge(t *testing.T) {
	// A code two services document with different statuses is ambiguous,
	// with both pages named.
	code, out, errs := run(t, "check", "-builtin=false", "-catalog", servicePages)
	require.Equal(t, 1, code, errs)
	assert.Contains(t, out, "several-statuses: APIG.0101 is documented with 2 HTTP statuses: 400 (image-recognition.md:15), 404 (apig-error-codes.html:51, apig-error-codes.html:62)\n")
	assert.Contains(t, out, "repeated-across-pages: APIG.0101 is documented on 3 pages: ocr.md:387, apig-error-codes.html:51, image-recognition.md:15\n")

	code, out, errs = run(t, "show", "-catalog", servicePages, "APIG.0101")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "APIG.0101: 4 documented rows, ambiguous: documented with statuses 400, 404\n")
	assert.Contains(t, out, "family:   APIG.NNNN, owned by apig-error-codes.html\n", "image-recognition.md says it owns AIS only")
	for _, src := range []string{"ocr.md:387", "apig-error-codes.html:51", "apig-error-codes.html:62", "image-recognition.md:15"} {
		assert.Contains(t, out, "  source:      "+src+"\n")
	}

	// Content Moderation's and Image Recognition's AIS codes join OCR's.
	code, out, errs = run(t, "list", "-family", "AIS", "-catalog", servicePages)
	require.Equal(t, 0, code, errs)
	rows := map[string][]string{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		f := strings.Fields(l)
		rows[f[0]] = f[1:]
	}
	assert.Equal(t, []string{"400", "moderation", "moderation.md", "ocr.md,image-recognition.md,moderation.md"}, rows["AIS.0005"])
	assert.Equal(t, []string{"-", "OCR", "ocr.md", "ocr.md,image-recognition.md,moderation.md"}, rows["AIS.0101"])
	assert.Len(t, rows, 5+7+4)

	// Families with dots and dashes, and a page without outer pipes.
	code, out, errs = run(t, "show", "-catalog", servicePages, "SVCSTG.CCE-ADDONMGR.4040204")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "family:   SVCSTG.CCE-ADDONMGR.NNNNNNN, owned by cce.tsv\n")
	assert.Contains(t, out, "  remedy:      For details, see the returned error message\n               or contact technical support.\n")
	assert.Contains(t, out, "  source:      cce.tsv:6\n")
	code, out, errs = run(t, "show", "-catalog", servicePages, "IS.0004")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "HTTP 400  Exception verifying token.\n  description: 验证Token异常。\n")
}
