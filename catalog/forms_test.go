package catalog

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The header rows below are those of the vendor's public error-code pages
// (support.huaweicloud.com, English and Chinese editions), with rows taken
// from the same pages.

func TestParseVendorHeaders(t *testing.T) {
	for _, tc := range []struct {
		name, header, row string
		want              Entry
	}{
		{
			// API Gateway, English: the code first, the status third.
			"apig", "| Error Code | Error Message | HTTP Status Code | Description | Solution |",
			"| APIG.0103 | The backend does not exist. | 500 | The backend service was not found. | Contact technical support. |",
			Entry{Code: "APIG.0103", Status: 500, Message: "The backend does not exist.", Description: "The backend service was not found.", Remedy: "Contact technical support."},
		},
		{
			// CCE, English.
			"cce", "| Status Code | Error Code | Error Message | Description | Troubleshooting |",
			"| 400 | SVCSTG.CCE-ADDONMGR.4000003 | Request Body Error | The request body is incorrect. | For details, see the returned error message or contact technical support. |",
			Entry{Code: "SVCSTG.CCE-ADDONMGR.4000003", Status: 400, Message: "Request Body Error", Description: "The request body is incorrect.", Remedy: "For details, see the returned error message or contact technical support."},
		},
		{
			// Content Moderation, English: "Error" is the message.
			"moderation", "| Status Code | Error Code | Error | Description | Handling Measure |",
			"| 400 | AIS.0005 | The service does not exist. | The service does not exist. | Check whether the input service type or scenario is correct. |",
			Entry{Code: "AIS.0005", Status: 400, Message: "The service does not exist.", Description: "The service does not exist.", Remedy: "Check whether the input service type or scenario is correct."},
		},
		{
			// ModelArts, English (another cloud's edition): "Error Codes".
			"modelarts-en", "| Status Code | Error Codes | Error Message | Description | Solution |",
			"| 400 | ModelArts.6309 | The instance does not exist. | The instance does not exist. | Ensure that the instance has been deleted. |",
			Entry{Code: "ModelArts.6309", Status: 400, Message: "The instance does not exist.", Description: "The instance does not exist.", Remedy: "Ensure that the instance has been deleted."},
		},
		{
			// OCR, English: a module column and "Error Message." with a period.
			"ocr-en", "| Module | Error Code | Error Message. | Description | Solution |",
			"| OCR | AIS.0102 | The image format is not supported. | The image format is not supported. | Check the image format. |",
			Entry{Code: "AIS.0102", Message: "The image format is not supported.", Description: "The image format is not supported.", Remedy: "Check the image format.", Module: "OCR"},
		},
		{
			// Image Recognition, English: the message column is headed
			// "Description" too.
			"image", "| Status Code | Error Code | Description | Description | Handling Measure |",
			"| 400 | AIS.0014 | The JSON format of the input data is incorrect. | The JSON format of the input data is incorrect. | Check the JSON format of the input data. |",
			Entry{Code: "AIS.0014", Status: 400, Message: "The JSON format of the input data is incorrect.", Description: "The JSON format of the input data is incorrect.", Remedy: "Check the JSON format of the input data."},
		},
		{
			// MaaS, English.
			"maas-en", "| HTTP Status Code | Error Code | Error Message | Description |",
			"| 401 | ModelArts.81005 | The free quota has been used up. | Free quota has been used up. |",
			Entry{Code: "ModelArts.81005", Status: 401, Message: "The free quota has been used up.", Description: "Free quota has been used up."},
		},
		{
			// Billing (CBC), Chinese.
			"cbc-zh", "| 状态码 | 错误码 | 错误码信息 | 错误码描述 |",
			"| 403 | CBC.0156 | Access denied. The customer does not belong to the website you are now at. | 访问拒接,不是本站点客户。 |",
			Entry{Code: "CBC.0156", Status: 403, Message: "Access denied. The customer does not belong to the website you are now at.", Description: "访问拒接,不是本站点客户。"},
		},
		{
			// Image Search, Chinese.
			"imagesearch-zh", "| 状态码 | 错误码 | 错误信息 | 描述 | 处理措施 |",
			"| 400 | IS.0004 | Exception verifying token. | 验证Token异常。 | 检查Token是否为最新获取。 |",
			Entry{Code: "IS.0004", Status: 400, Message: "Exception verifying token.", Description: "验证Token异常。", Remedy: "检查Token是否为最新获取。"},
		},
		{
			// Letter case and spacing do not matter.
			"case", "| STATUS CODE | error  code | Error message | DESCRIPTION | measure |",
			"| 404 | Widget.0002 | Widget not found. | gone | look elsewhere |",
			Entry{Code: "Widget.0002", Status: 404, Message: "Widget not found.", Description: "gone", Remedy: "look elsewhere"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			delim := strings.Repeat("|---", strings.Count(tc.header, "|")-1) + "|"
			p, err := ParsePage("svc.md", []byte(tc.header+"\n"+delim+"\n"+tc.row+"\n"))
			require.NoError(t, err)
			want := tc.want
			want.Service, want.Source, want.Line = "svc", "svc.md", 3
			assert.Equal(t, []Entry{want}, p.Entries)
		})
	}
}

func TestParseHeaderErrorsNameBothLanguages(t *testing.T) {
	_, err := ParsePage("svc.md", []byte("| Status Code | Error Code | Remarks |\n|---|---|---|\n| 400 | A.0001 | x |\n"))
	require.Error(t, err)
	msg := err.Error()
	assert.True(t, strings.HasPrefix(msg, `svc.md:1: unknown column "Remarks" in error-code table`), msg)
	for _, s := range []string{"状态码", "HTTP Status Code", "错误码", "Error Code", "错误信息", "Error Message", "描述", "Description", "处理措施", "Solution", "Handling Measure", "Troubleshooting", "模块", "Module"} {
		assert.Contains(t, msg, s)
	}

	_, err = ParsePage("svc.md", []byte("| Status Code | Error Code |\n|---|---|\n| 400 | A.0001 |\n"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "svc.md:1: error-code table lacks the message column (错误信息 / Error Message)")
}

// A table copied from the browser (the English CCE page) and pasted into a
// file: cells separated by tabs, a cell's paragraphs on lines of their own.
const cceTSV = "Table 1 Error codes\n" +
	"Status Code\tError Code\tError Message\tDescription\tTroubleshooting\n" +
	"400\tSVCSTG.CCE-ADDONMGR.4000003\tRequest Body Error\tThe request body is incorrect.\tFor details, see the returned error message or contact technical support.\n" +
	"400\tSVCSTG.CCE-ADDONMGR.4030301\tAddon version can't be delete because of used by cluster\tThe add-on version cannot be deleted because it is being used by a cluster.\tCheck the clusters using it.\n" +
	"Then delete the version.\n" +
	"500\tSVCSTG.CCE-ADDONMGR.5000001\tGet UserInfo Error\tFailed to obtain the user\n" +
	"information\tFor details, see the returned error message or contact technical support.\n"

func TestParsePastedTable(t *testing.T) {
	for _, name := range []string{"cce.tsv", "cce.txt"} {
		p, err := ParsePage(name, []byte(cceTSV))
		require.NoError(t, err, name)
		src := name
		svc := "cce"
		assert.Equal(t, []Entry{
			{Code: "SVCSTG.CCE-ADDONMGR.4000003", Status: 400, Message: "Request Body Error", Description: "The request body is incorrect.", Remedy: "For details, see the returned error message or contact technical support.", Service: svc, Source: src, Line: 3},
			{Code: "SVCSTG.CCE-ADDONMGR.4030301", Status: 400, Message: "Addon version can't be delete because of used by cluster", Description: "The add-on version cannot be deleted because it is being used by a cluster.", Remedy: "Check the clusters using it.\nThen delete the version.", Service: svc, Source: src, Line: 4},
			{Code: "SVCSTG.CCE-ADDONMGR.5000001", Status: 500, Message: "Get UserInfo Error", Description: "Failed to obtain the user\ninformation", Remedy: "For details, see the returned error message or contact technical support.", Service: svc, Source: src, Line: 6},
		}, p.Entries, name)
		assert.Equal(t, []Prose{{Source: src, Line: 1, Text: "Table 1 Error codes"}}, p.Prose)
	}

	// The API Gateway's column order; a module cell spanning rows (the OCR
	// page) is pasted once, on its first row.
	p, err := ParsePage("apig.tsv", []byte("Error Code\tError Message\tHTTP Status Code\tDescription\tSolution\n"+
		"APIG.0101\tThe API does not exist.\t404\tThe API request method does not exist.\tCheck whether the API request method is the same as the method defined by the API.\n"))
	require.NoError(t, err)
	assert.Equal(t, 404, p.Entries[0].Status)
	p, err = ParsePage("ocr.tsv", []byte("Module\tError Code\tError Message\tDescription\tSolution\n"+
		"OCR\tAIS.0101\tThe input parameter is invalid.\tThe input parameter does not meet the requirements.\tCheck the parameter.\n"+
		"AIS.0102\tThe image format is not supported.\tThe image format is not supported.\tCheck the image format.\n"))
	require.NoError(t, err)
	require.Len(t, p.Entries, 2)
	assert.Equal(t, "OCR", p.Entries[1].Module)
	assert.Equal(t, "AIS.0102", string(p.Entries[1].Code))

	for _, tc := range []struct{ name, content, want string }{
		{"unknown column", "Status Code\tError Code\tRemarks\n400\tA.0001\tx\n", "p.tsv:1: unknown column \"Remarks\""},
		{"too many cells", "Error Code\tError Message\nA.0001\tm\tx\n", "p.tsv:2: row has 3 cells, the table header (line 1) has 2"},
		{"short row at end", "Status Code\tError Code\tError Message\n400\tA.0001\n", "p.tsv:2: row has 2 cells, the table header (line 1) has 3"},
		{"bad status", "Status Code\tError Code\tError Message\n40x\tA.0001\tm\n", "p.tsv:2: HTTP status \"40x\" is not a number"},
		{"no table", "Status\tRemarks\n400\tx\n", "p.tsv: no error-code table in the page (expected a Markdown, HTML or tab-separated table with columns such as 错误码 / Error Code, 错误信息 / Error Message)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParsePage("p.tsv", []byte(tc.content))
			require.Error(t, err)
			assert.True(t, strings.HasPrefix(err.Error(), tc.want), "got %q, want prefix %q", err, tc.want)
		})
	}
}

func TestParseBareNumberCodes(t *testing.T) {
	// Some pages list codes without a family prefix; they load (catalog
	// check reports that Go code cannot be checked for them).
	p, err := ParsePage("svc.md", []byte("| Status Code | Error Code | Error Message |\n|---|---|---|\n| 400 | 4000003 | Request Body Error |\n"))
	require.NoError(t, err)
	assert.Equal(t, Code("4000003"), p.Entries[0].Code)
	assert.Empty(t, p.Owns, "a bare number has no family to own")
	_, err = ParsePage("svc.md", []byte("| Error Code | Error Message |\n|---|---|\n| .0204 | m |\n"))
	assert.ErrorContains(t, err, `svc.md:3: error code ".0204" does not start with a letter or digit`)
}

func TestParseSavedHTMLPage(t *testing.T) {
	// The API Gateway's English page as the browser saves it: head,
	// scripts, navigation, a layout table around the content, a table of
	// request headers, then the error codes.
	p, err := ReadPage("testdata/pages/apig-error-codes.html")
	require.NoError(t, err)
	assert.Equal(t, "html", p.Format)
	var got []string
	for _, e := range p.Entries {
		got = append(got, fmt.Sprintf("%s %d %s", e.Code, e.Status, e.Message))
	}
	assert.Equal(t, []string{
		"APIG.0101 404 The API does not exist or has not been published in the environment.",
		"APIG.0101 404 The API does not exist.",
		"APIG.0103 500 The backend does not exist.",
		"APIG.0106 400 Orchestration error.",
		"APIG.0201 400 API request error.",
		"APIG.0201 413 Request entity too large.",
	}, got)
	first := p.Entries[0]
	assert.Equal(t, "- Check whether the domain name, method, and path are consistent with those of the created API.\n- Check whether the API has been published. If it has been published in a non-production environment, check whether the X-Stage header in the request is the environment name.", first.Remedy)
	assert.Equal(t, "apig-error-codes", first.Service)
	assert.Equal(t, "apig-error-codes.html", first.Source)
	assert.Equal(t, 51, first.Line, "the line of the row's <tr>")
	require.Len(t, p.Skipped, 1)
	assert.Equal(t, []string{"Header", "Description"}, p.Skipped[0].Columns)
	assert.Equal(t, []string{"APIG"}, p.Owns)

	// Only the tables of the page count: a page without an error-code
	// table says so, and a broken error-code table is an error.
	_, err = ParsePage("p.html", []byte("<!DOCTYPE html><html><body><nav>a | b</nav>\n<table><tr><th>Header</th><th>Description</th></tr><tr><td>X-Stage</td><td>env</td></tr></table></body></html>"))
	require.ErrorContains(t, err, `p.html:2: no error-code table in the page: the table here has columns "Header", "Description" but no error-code column`)
	_, err = ParsePage("p.html", []byte("<!DOCTYPE html><html><body>\n<p>text</p></body></html>"))
	require.ErrorContains(t, err, "p.html: no error-code table in the page")
	_, err = ParsePage("p.html", []byte("<!DOCTYPE html><html><body>\n<table><tr><th>Error Code</th><th>Error Message</th></tr>\n<tr><td>APIG.0101</td></tr></table></body></html>"))
	assert.ErrorContains(t, err, "p.html:3: row has 1 cells, the table header (line 2) has 2")
}

func TestParseHTMLTableInACell(t *testing.T) {
	page := "<table><tr><th>Error Code</th><th>Error Message</th><th>Solution</th></tr>\n" +
		"<tr><td>APIG.0201</td><td>API request error.</td><td><p>Depending on the cause:</p><table><tr><th>Cause</th><th>Action</th></tr><tr><td>Invalid parameters</td><td>Set valid request parameters.</td></tr></table></td></tr></table>"
	p, err := ParsePage("t.html", []byte(page))
	require.NoError(t, err)
	require.Len(t, p.Entries, 1)
	assert.Equal(t, "Depending on the cause:\nCause | Action\nInvalid parameters | Set valid request parameters.", p.Entries[0].Remedy)
}

func TestParseSavedHTMLPageSeveralTables(t *testing.T) {
	// A Chinese page with two error-code tables.
	p, err := ReadPage("testdata/pages/clouddc-zh.html")
	require.NoError(t, err)
	var got []string
	for _, e := range p.Entries {
		got = append(got, fmt.Sprintf("%s %d %s", e.Code, e.Status, e.Description))
	}
	assert.Equal(t, []string{
		"iMetal.0001 400 请求包含无效或不支持值参数",
		"iMetal.0003 401 请求未鉴权",
		"iMetal.0005 429 请求过载",
		"iMetal.0100 404 物理服务器ID不存在",
		"iMetal.0101 400 物理服务器未就绪",
	}, got)
	assert.Equal(t, "Physical servers ID not found: [{id}, ...]", p.Entries[3].Message)

	// Two pasted tables, one after the other.
	tsv := "Table 1\nStatus Code\tError Code\tError Message\n400\tiMetal.0001\tA request parameter contains invalid or unsupported value: %s\n\nTable 2\nStatus Code\tError Code\tError Message\n404\tiMetal.0100\tPhysical servers ID not found: [{id}, ...]\n"
	p, err = ParsePage("clouddc.tsv", []byte(tsv))
	require.NoError(t, err)
	require.Len(t, p.Entries, 2)
	assert.Equal(t, 7, p.Entries[1].Line)
}

func TestParseStatusClass(t *testing.T) {
	// The English MaaS page documents APIG.0203 with the status "5XX".
	_, err := ParsePage("maas-en.md", []byte("| HTTP Status Code | Error Code | Error Message | Description |\n|---|---|---|---|\n| 5XX | APIG.0203 | Backend timeout | The service response times out. |\n"))
	require.Error(t, err)
	assert.Equal(t, `maas-en.md:3: HTTP status "5XX" is a class of statuses, not one: write the status the service returns (for example 504)`, err.Error())
}
