package catalog

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An excerpt of the API Gateway's own error-code page (English), in its
// column order.
const apigPage = `# Error Codes

| Error Code | Error Message | HTTP Status Code | Description | Solution |
|---|---|---|---|---|
| APIG.0101 | The API does not exist or has not been published in the environment. | 404 | The API does not exist or has not been published in the environment. | Check whether the domain name, method, and path are consistent with those of the created API. |
| APIG.0103 | The backend does not exist. | 500 | The backend service was not found. | Contact technical support. |
| APIG.0201 | API request error. | 400 | Invalid request parameters. | Set valid request parameters. |
`

func TestBuiltinOwners(t *testing.T) {
	c := Default()
	assert.Equal(t, []string{"modelarts.md"}, c.Owners("ModelArts"))
	assert.Equal(t, []string{"ocr.md"}, c.Owners("AIS"))
	assert.Equal(t, []string{"optverse.md"}, c.Owners("OptVerse"))
	assert.Equal(t, []string{"optverse.md"}, c.Owners("job_manager"), "any letter case and separator")
	// The OCR page lists only the gateway codes OCR passes through.
	assert.Nil(t, c.Owners("APIG"))
	assert.True(t, c.Known("APIG.0301"))
	assert.Nil(t, c.Owners("Widget"))
}

func TestLoadedPageOwnsItsFamilies(t *testing.T) {
	apig := writeFile(t, "apig.md", apigPage)
	c, err := Load(apig)
	require.NoError(t, err)
	assert.Equal(t, []string{"apig.md"}, c.Owners("APIG"))
	assert.Equal(t, []string{"modelarts.md"}, c.Owners("ModelArts"))

	// A second page of a family adds an owner; ownership is a set.
	more := writeFile(t, "notebook.md", "| 状态码 | 错误码 | 错误信息 |\n|---|---|---|\n| 404 | ModelArts.6357 | Notebook not found. |\n")
	c, err = Load(apig, more)
	require.NoError(t, err)
	assert.Equal(t, []string{"modelarts.md", "notebook.md"}, c.Owners("ModelArts"))
}

func TestPageSaysWhatItOwns(t *testing.T) {
	// A team's page of codes seen but undocumented owns nothing.
	undoc := writeFile(t, "undocumented.md", "<!-- errcodelint: owns none -->\n\n| Status Code | Error Code | Error Message |\n|---|---|---|\n| 404 | APIG.1009 | Seen in production. |\n| 404 | ModelArts.6357 | Notebook not found. |\n")
	c, err := Load(undoc)
	require.NoError(t, err)
	assert.True(t, c.Known("APIG.1009"))
	assert.Nil(t, c.Owners("APIG"))
	assert.Equal(t, []string{"modelarts.md"}, c.Owners("ModelArts"))
	p, err := ReadPage(undoc)
	require.NoError(t, err)
	assert.Empty(t, p.Owns)

	// It may name the families it owns.
	some := writeFile(t, "mixed.md", "errcodelint: owns APIG\n\n| Status Code | Error Code | Error Message |\n|---|---|---|\n| 404 | APIG.1009 | Seen. |\n| 404 | ModelArts.6357 | Notebook not found. |\n")
	c, err = Load(some)
	require.NoError(t, err)
	assert.Equal(t, []string{"mixed.md"}, c.Owners("APIG"))
	assert.Equal(t, []string{"modelarts.md"}, c.Owners("ModelArts"))

	// Without a statement it owns every family it documents.
	p, err = ParsePage("apig.md", []byte(apigPage))
	require.NoError(t, err)
	assert.Equal(t, []string{"APIG"}, p.Owns)

	for _, tc := range []struct{ name, content, want string }{
		{"family not documented", "<!-- errcodelint: owns Widget -->\n| 错误码 | 错误信息 |\n|---|---|\n| APIG.1009 | m |\n", ":1: the page says it owns Widget but documents no code of that family (it documents APIG)"},
		{"empty statement", "<!-- errcodelint: owns -->\n| 错误码 | 错误信息 |\n|---|---|\n| APIG.1009 | m |\n", ":1: errcodelint: owns needs \"none\" or the families the page owns"},
		{"unknown statement", "<!-- errcodelint: own none -->\n| 错误码 | 错误信息 |\n|---|---|\n| APIG.1009 | m |\n", ":1: unknown errcodelint statement \"own none\" (want \"errcodelint: owns none\" or \"errcodelint: owns FAMILY, ...\")"},
		{"twice", "errcodelint: owns none\nerrcodelint: owns APIG\n| 错误码 | 错误信息 |\n|---|---|\n| APIG.1009 | m |\n", ":2: a second errcodelint: owns statement (the first is on line 1)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := loadErr(t, "p.md", tc.content)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestExportRoundTripKeepsOwners(t *testing.T) {
	data, err := json.Marshal(Default().Entries())
	require.NoError(t, err)
	c, err := Load(writeFile(t, "export.json", string(data)))
	require.NoError(t, err)
	for _, f := range Default().Families() {
		assert.Equal(t, Default().Owners(f.Prefix), c.Owners(f.Prefix), f.Prefix)
	}
}

func TestNearestStaysInTheFamily(t *testing.T) {
	c := Default()
	for _, code := range c.Nearest("APIG.0999", 5) {
		assert.Regexp(t, `^APIG\.`, code)
	}
	assert.Len(t, c.Nearest("APIG.0999", 5), 4, "APIG has 4 documented codes; no other family fills up")
	// A string of no known family gets the nearest codes of any family.
	assert.Equal(t, []string{"ModelArts.0204"}, c.Nearest("ModelArt.0204", 1))
}

func TestJSONOwnsNothing(t *testing.T) {
	// An export is not a service's page: reloading the export of a team's
	// page of undocumented codes must not make APIG owned.
	undoc := writeFile(t, "undocumented.md", "<!-- errcodelint: owns none -->\n| Status Code | Error Code | Error Message |\n|---|---|---|\n| 404 | APIG.1009 | Seen in production. |\n")
	c, err := Load(undoc)
	require.NoError(t, err)
	var rows []Entry
	for _, e := range c.Entries() {
		if e.Source == "undocumented.md" {
			rows = append(rows, e)
		}
	}
	data, err := json.Marshal(rows)
	require.NoError(t, err)
	c, err = Load(writeFile(t, "export.json", string(data)))
	require.NoError(t, err)
	assert.True(t, c.Known("APIG.1009"))
	assert.Nil(t, c.Owners("APIG"))
	p, err := ParsePage("export.json", data)
	require.NoError(t, err)
	assert.Empty(t, p.Owns)
}
