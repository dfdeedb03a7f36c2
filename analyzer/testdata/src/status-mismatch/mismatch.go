// Package mismatch exercises status-mismatch: every way a site ties a code
// to an HTTP status, and the ways that are not ties. It is analyzed with
// every check except use-constant (see useconst).
package mismatch

import (
	"net/http"
)

// ServiceResponseError mirrors the Huawei Cloud Go SDK's error type.
type ServiceResponseError struct {
	StatusCode   int
	ErrorCode    string
	ErrorMessage string
	RequestId    string
}

func (e *ServiceResponseError) Error() string { return e.ErrorMessage }

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

func comparisons(se *ServiceResponseError) {
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

func newServiceError(statusCode int, code string) error { return nil }

func retryAfter(seconds int, code string) {}

// Calls: an integer parameter named like a status ties the code arguments.
func fakes() {
	_ = newServiceError(http.StatusNotFound, "ModelArts.0101") // want `tied to status 404`
	_ = newServiceError(400, "ModelArts.0101")
	_ = newServiceError(401, "ModelArts.0204") // a documented status: not ambiguous
	retryAfter(404, "ModelArts.0101")          // seconds is not a status
}

const ErrBadToken = "ModelArts.0204"

func uses(se *ServiceResponseError) {
	_ = se.StatusCode == 404 && se.ErrorCode == ErrBadToken // want `tied to status 404`
	_ = se.StatusCode == 400 && se.ErrorCode == ErrBadToken
}

// Negated guards: after "if !(status == N) { return }" the status is N.
func negatedGuard(se *ServiceResponseError) bool {
	if !(se.StatusCode == http.StatusNotFound) {
		return false
	}
	return se.ErrorCode == "ModelArts.0101" // want `tied to status 404`
}

func negatedGuardLocal(se *ServiceResponseError) bool {
	status := se.StatusCode
	if !(status == 404) {
		return false
	}
	return se.ErrorCode == "ModelArts.0101" // want `tied to status 404`
}

func negatedGuardOr(se *ServiceResponseError) bool {
	if se == nil || !(se.StatusCode == 404 || se.StatusCode == 410) {
		return false
	}
	return se.ErrorCode == "ModelArts.0101" // want `tied to status 404 or 410`
}

func negatedGuardOther(se, other *ServiceResponseError) bool {
	if !(other.StatusCode == 404) {
		return false
	}
	return se.ErrorCode == "ModelArts.0101" // another error value: no tie
}

func negatedGuardWeak(se *ServiceResponseError, retry bool) bool {
	if !(se.StatusCode == 404 || retry) {
		return false
	}
	return se.ErrorCode == "ModelArts.0101" // 404 or a retry: no tie
}

func negatedGuardNeq(se *ServiceResponseError) bool {
	if !(se.StatusCode != 404) {
		return false
	}
	return se.ErrorCode == "ModelArts.0101" // the status is not 404: no tie
}
