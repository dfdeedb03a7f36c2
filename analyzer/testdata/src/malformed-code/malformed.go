// Package malformed exercises malformed-code: documented codes written with
// another letter case, the other separator or surrounding spaces, and their
// fixes. It is analyzed with every check except use-constant (see
// malformedfix for the fixes that go to the constant).
package malformed

import (
	"regexp"
	"strings"
)

// ServiceResponseError mirrors the Huawei Cloud Go SDK's error type.
type ServiceResponseError struct {
	StatusCode   int
	ErrorCode    string
	ErrorMessage string
	RequestId    string
}

func (e *ServiceResponseError) Error() string { return e.ErrorMessage }

// Body is a decoded error body with a nested error object.
type Body struct {
	Error struct {
		Code    string
		Message string
	}
}

// Resp has a pointer code and a status under another name.
type Resp struct {
	ErrorCode  *string
	HTTPStatus int
}

// Status returns the HTTP status of the response.
func (r *Resp) Status() int { return r.HTTPStatus }

// Comparisons with == and != against string expressions of every kind.
func comparisons(resp *Resp, body Body, v any, local string) {
	_ = *resp.ErrorCode == "modelarts.0101"  // want `malformed error code "modelarts.0101": the catalog spells it "ModelArts.0101" \(another letter case\)`
	_ = body.Error.Code == " ModelArts.0101" // want `malformed error code " ModelArts.0101": the catalog spells it "ModelArts.0101" \(surrounding spaces\)`
	_ = v.(string) == "JOB_MANAGER.12000001" // want `malformed error code "JOB_MANAGER.12000001": the catalog spells it "JOB_MANAGER_12000001" \(the wrong separator\)`
	_ = local == `OptVerse.10000001`         // want "malformed error code \"OptVerse.10000001\""
}

// Switch statements on a code.
func switches(se *ServiceResponseError) {
	switch se.ErrorCode {
	case "Modelarts.0102": // want `malformed error code "Modelarts.0102"`
	}
}

// Library calls matched by their types.Object.
func calls(se *ServiceResponseError) {
	_ = strings.EqualFold(se.ErrorCode, "modelarts.0101")         // EqualFold ignores case: fine
	_ = strings.EqualFold(se.ErrorCode, "ModelArts_0101")         // want `malformed error code "ModelArts_0101"`
	ok, _ := regexp.MatchString("modelarts\\.0101", se.ErrorCode) // want `malformed error code "modelarts.0101"`
	_ = ok
}

// Declarations: validated where declared.
const (
	ErrMisspelt = "modelArts.0101" // want `malformed error code "modelArts.0101"`
)

// The catalog's spelling next to a variant: the variant is accepted on
// purpose, nothing to report.
func bothSpellings(code string) bool {
	switch code {
	case "ModelArts.0101", "modelarts.0101":
		return true
	}
	// Two variants: rewriting either would duplicate a map key, which does
	// not compile, so no fix is offered; the second also repeats the code,
	// in the same diagnostic.
	m := map[string]bool{
		"JOB_MANAGER_12000001 ": true, // want `malformed error code "JOB_MANAGER_12000001 ".*no automatic fix`
		"job_manager_12000001":  true, // want `malformed error code "job_manager_12000001".*no automatic fix.*; also error code "JOB_MANAGER_12000001" repeated in the same literal`
	}
	return m[code]
}
