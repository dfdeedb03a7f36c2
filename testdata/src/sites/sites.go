// Package sites exercises every place where client code handles an error
// code. It is analyzed with every check except use-constant (see useconst).
package sites

import (
	"errors"
	"net/http"
	"regexp"
	"slices"
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

// Outer wraps an error with a status of its own.
type Outer struct {
	StatusCode int
	Err        ServiceResponseError
}

// Resp has a pointer code and a status under another name.
type Resp struct {
	ErrorCode  *string
	HTTPStatus int
}

// Status returns the HTTP status of the response.
func (r *Resp) Status() int { return r.HTTPStatus }

func codeOf(err error) string { return err.Error() }

// Comparisons with == and != against string expressions of every kind.
func comparisons(se *ServiceResponseError, resp *Resp, body Body, v any, local string, err error) {
	_ = se.ErrorCode == "ModelArts.0101"                   // documented, one status: nothing to say
	_ = se.ErrorCode == "ModelArts.9999"                   // want `unknown error code "ModelArts.9999": not in the catalog \(family ModelArts\.NNNN\.\.NNNNNNNN\); nearest documented: ModelArts\.`
	_ = "ModelArts.9999" != se.ErrorCode                   // want `unknown error code "ModelArts.9999"`
	_ = *resp.ErrorCode == "modelarts.0101"                // want `malformed error code "modelarts.0101": the catalog spells it "ModelArts.0101" \(another letter case\)`
	_ = body.Error.Code == " ModelArts.0101"               // want `malformed error code " ModelArts.0101": the catalog spells it "ModelArts.0101" \(surrounding spaces\)`
	_ = v.(string) == "JOB_MANAGER.12000001"               // want `malformed error code "JOB_MANAGER.12000001": the catalog spells it "JOB_MANAGER_12000001" \(the wrong separator\)`
	_ = local == `OptVerse.10000001`                       // want "malformed error code \"OptVerse.10000001\""
	_ = codeOf(err) == "JOB_MANAGER.12050009"              // want `unknown error code "JOB_MANAGER.12050009": not in the catalog; the JOB_MANAGER family is spelled JOB_MANAGER_NNNNNNNN`
	_ = se.ErrorCode == "ModelArts.0204"                   // want `ambiguous error code "ModelArts.0204": documented as 400 "Token must contain projectId info." and 401 "Failed to parse the token."; check the status too`
	_ = se.ErrorCode == "ModelArts.81015"                  // one status, several messages: not ambiguous
	_ = se.ErrorCode == "AIS.0101" && se.StatusCode == 404 // OCR codes document no status: never a mismatch
}

// Ties between a code and a status.
func ties(se *ServiceResponseError, resp *Resp, other *ServiceResponseError, status int) {
	// Same && chain.
	_ = se.StatusCode == 404 && se.ErrorCode == "ModelArts.0101"                     // want `error code "ModelArts.0101" is tied to status 404 here, but the catalog documents it only as 400 "Invalid Argument."`
	_ = se.StatusCode == 400 && se.ErrorCode == "ModelArts.0101"                     // documented status: fine
	_ = se.StatusCode == http.StatusUnauthorized && se.ErrorCode == "ModelArts.0204" // ties a documented status: not ambiguous
	_ = se.StatusCode == http.StatusNotFound && se.ErrorCode == "ModelArts.0204"     // want `error code "ModelArts.0204" is tied to status 404 here, but the catalog documents it only as 400 "Token must contain projectId info." and 401 "Failed to parse the token."`
	_ = (se.StatusCode == 400 || se.StatusCode == 401) && se.ErrorCode == "ModelArts.0204"
	_ = se.StatusCode == 403 && (se.ErrorCode == "OptVerse_10000001" || se.ErrorCode == "ModelArts.0101") // want `"OptVerse_10000001" is tied to status 403` `"ModelArts.0101" is tied to status 403`
	_ = se.StatusCode == 404 && se.ErrorCode != "ModelArts.0101"                                          // != code is not a tie
	_ = se.ErrorCode != "ModelArts.0204"                                                                  // != code: not ambiguous either
	_ = se.StatusCode == 404 || se.ErrorCode == "ModelArts.0101"                                          // || is not a tie
	_ = se.StatusCode != 404 && se.ErrorCode == "ModelArts.0101"                                          // != is not a tie
	_ = resp.Status() == 500 && *resp.ErrorCode == "ModelArts.0101"                                       // want `tied to status 500`
	_ = status == 500 && se.ErrorCode == "ModelArts.0101"                                                 // want `tied to status 500`

	// Enclosing if on a status of the same error value.
	if se.StatusCode == http.StatusConflict {
		if se.ErrorCode == "ModelArts.0101" { // want `tied to status 409`
		}
		if se.ErrorCode == "ModelArts.0204" { // want `tied to status 409`
		}
	}
	if se.StatusCode == 401 {
		if se.ErrorCode == "ModelArts.0204" { // the enclosing if ties 401: not ambiguous
		}
	} else if se.ErrorCode == "ModelArts.0101" { // the else branch is not tied to 401
	}
	if other.StatusCode == 404 {
		if se.ErrorCode == "ModelArts.0101" { // a status of another error value is not a tie
		}
	}

	// Enclosing switch on a status, tagged and tagless.
	switch se.StatusCode {
	case 404, 410:
		if se.ErrorCode == "ModelArts.0101" { // want `tied to status 404 or 410`
		}
	case 400:
		if se.ErrorCode == "ModelArts.0101" {
		}
	default:
		_ = se.ErrorCode == "ModelArts.0101"
	}
	switch {
	case se.StatusCode == 500:
		switch se.ErrorCode {
		case "ModelArts.0101", "JOB_MANAGER_12000001": // want `"ModelArts.0101" is tied to status 500`
		}
	case se.StatusCode == 401 && se.ErrorCode == "ModelArts.0101": // want `tied to status 401`
	}

	// Composite literals: the status field of the same literal.
	_ = ServiceResponseError{StatusCode: 404, ErrorCode: "ModelArts.0101"}                    // want `tied to status 404`
	_ = &ServiceResponseError{StatusCode: http.StatusBadRequest, ErrorCode: "ModelArts.0101"} // documented status
	_ = ServiceResponseError{401, "ModelArts.0204", "Failed to parse the token.", ""}         // positional: 401 is documented
	_ = Outer{StatusCode: 200, Err: ServiceResponseError{ErrorCode: "ModelArts.0101"}}        // only the nearest struct literal ties
	_ = ServiceResponseError{ErrorCode: "ModelArts.0204"}                                     // want `ambiguous error code "ModelArts.0204"`
}

// Guards: a preceding "if status != N { return }" ties N to what follows.
func guarded(se *ServiceResponseError, other *ServiceResponseError) bool {
	if se.StatusCode != http.StatusNotFound {
		return false
	}
	if other.StatusCode != 400 && other.StatusCode != 401 {
		panic("unexpected") // another error value: no tie for se
	}
	if se.ErrorCode == "ModelArts.0204" { // want `tied to status 404`
		return true
	}
	return se.ErrorCode == "ModelArts.0101" // want `tied to status 404`
}

func notGuards(se *ServiceResponseError) bool {
	if se.StatusCode != 401 {
		_ = 0 // does not leave the block: no guard
	}
	if se.StatusCode == 404 {
		return false // == then return: says status != 404 afterwards, no tie
	}
	return se.ErrorCode == "ModelArts.0204" // want `ambiguous error code`
}

func newServiceError(statusCode int, code string) error { return nil }

func retryAfter(seconds int, code string) {}

// Calls: an integer parameter named like a status ties the code arguments.
func fakes() {
	_ = newServiceError(http.StatusNotFound, "ModelArts.0101") // want `tied to status 404`
	_ = newServiceError(400, "ModelArts.0101")
	_ = newServiceError(401, "ModelArts.0204") // a documented status: not ambiguous
	retryAfter(404, "ModelArts.0101")          // seconds is not a status
}

// Switch statements on a code, tagged and tagless, with case lists.
func switches(se *ServiceResponseError) {
	switch se.ErrorCode {
	case "ModelArts.0101", "ModelArts.9999": // want `unknown error code "ModelArts.9999"`
	case "Modelarts.0102": // want `malformed error code "Modelarts.0102"`
	case "ModelArts.0204": // want `ambiguous error code`
	}
	switch {
	case se.ErrorCode == "ModelArts.0101" || se.ErrorCode == "ModelArts.0101": // want `error code "ModelArts.0101" repeated in the same \|\| chain`
	case se.ErrorCode == "APIG.0301":
	}
}

// Library calls matched by their types.Object.
func calls(se *ServiceResponseError, codes []string) {
	_ = strings.EqualFold(se.ErrorCode, "modelarts.0101")   // EqualFold ignores case: fine
	_ = strings.EqualFold(se.ErrorCode, "ModelArts_0101")   // want `malformed error code "ModelArts_0101"`
	_ = strings.Contains(se.ErrorMessage, "ModelArts.9999") // want `unknown error code "ModelArts.9999"`
	_ = strings.HasPrefix(se.ErrorCode, "ModelArts.02")     // a prefix of documented codes: fine
	_ = strings.HasPrefix(se.ErrorCode, "ModelArts.99")     // want `unknown error code "ModelArts.99"`
	_ = strings.HasSuffix(se.ErrorCode, "AIS.0101")
	_ = slices.Contains(codes, "ModelArts.9998") // want `unknown error code "ModelArts.9998"`
	_ = slices.Contains([]string{"ModelArts.0101", "ModelArts.0102"}, se.ErrorCode)
	_ = regexp.MustCompile(`^ModelArts\.(0101|9999)$`)            // not a plain alternation of codes: not examined
	_ = regexp.MustCompile(`^(ModelArts\.0101|ModelArts\.9997)$`) // want `unknown error code "ModelArts.9997"`
	ok, _ := regexp.MatchString("modelarts\\.0101", se.ErrorCode) // want `malformed error code "modelarts.0101"`
	_ = ok
}

// Slice, array and map literals, and variadic helpers.
var retryable = []string{
	"ModelArts.0101",
	"ModelArts.9999", // want `unknown error code "ModelArts.9999"`
	"ModelArts.0101", // want `error code "ModelArts.0101" repeated in the same literal`
}

var notFound = map[string]bool{
	"ModelArts.2786": true,
	"ModelArts.9996": true, // want `unknown error code "ModelArts.9996"`
}

// ConvertExpected400ErrInto404Err mirrors a helper of the Terraform provider.
func ConvertExpected400ErrInto404Err(err error, key string, codes ...string) error { return err }

func helpers(err error) {
	_ = ConvertExpected400ErrInto404Err(err, "error_code", "ModelArts.4352", "ModelArts.9995") // want `unknown error code "ModelArts.9995"`
	_ = ConvertExpected400ErrInto404Err(err, "error_code", "ModelArts.4352", "ModelArts.4352") // want `repeated in the same argument list`
	_ = ConvertExpected400ErrInto404Err(err, "error_code", retryable...)
}

// Declarations: validated, but an ambiguous code is reported where it is
// used, not where it is declared.
const (
	ErrBadToken  = "ModelArts.0204"
	ErrNoSuch    = "ModelArts.9994" // want `unknown error code "ModelArts.9994"`
	ErrMisspelt  = "modelArts.0101" // want `malformed error code "modelArts.0101"`
	ErrPlain     = "ModelArts.0101"
	notACodeHere = "ModelArts."
)

var errCode = "ModelArts.0204"

func uses(se *ServiceResponseError) {
	local := "ModelArts.0204"
	_ = se.ErrorCode == ErrBadToken                         // want `ambiguous error code "ModelArts.0204"`
	_ = se.StatusCode == 404 && se.ErrorCode == ErrBadToken // want `tied to status 404`
	_ = se.StatusCode == 400 && se.ErrorCode == ErrBadToken
	_ = se.ErrorCode == ErrNoSuch                            // reported at the declaration, not at each use
	_ = se.ErrorCode == ErrPlain || se.ErrorCode == ErrPlain // want `repeated in the same \|\| chain`
	_, _ = errCode, local
	_ = errors.New("failed")
}

// Both spellings listed: rewriting one would duplicate a case or a map key,
// which does not compile, so no fix is offered.
func bothSpellings(code string) bool {
	switch code {
	case "ModelArts.0101", "modelarts.0101": // want `malformed error code "modelarts.0101": the catalog spells it "ModelArts.0101" \(another letter case\); no automatic fix: the catalog spelling is already listed here, remove this entry` `error code "ModelArts.0101" repeated in the same switch`
		return true
	}
	m := map[string]bool{
		"JOB_MANAGER_12000001 ": true, // want `malformed error code "JOB_MANAGER_12000001 ".*no automatic fix`
		"job_manager_12000001":  true, // want `malformed error code "job_manager_12000001".*no automatic fix` `repeated in the same literal`
	}
	return m[code]
}
