package catalog

import (
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
