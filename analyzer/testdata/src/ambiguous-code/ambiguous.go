// Package ambiguous exercises ambiguous-code: codes documented with several
// statuses, matched where no status is tied. It is analyzed with every check
// except use-constant (see useconst).
package ambiguous

import (
	"errors"
)

// ServiceResponseError mirrors the Huawei Cloud Go SDK's error type.
type ServiceResponseError struct {
	StatusCode   int
	ErrorCode    string
	ErrorMessage string
	RequestId    string
}

func (e *ServiceResponseError) Error() string { return e.ErrorMessage }

func comparisons(se *ServiceResponseError) {
	_ = se.ErrorCode == "ModelArts.0204"  // want `ambiguous error code "ModelArts.0204": documented as 400 "Token must contain projectId info." and 401 "Failed to parse the token."; check the status too`
	_ = se.ErrorCode == "ModelArts.81015" // one status, several messages: not ambiguous
}

func literals() {
	// Building a value compares nothing: not ambiguous.
	_ = ServiceResponseError{ErrorCode: "ModelArts.0204"}
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

// Switch statements on a code.
func switches(se *ServiceResponseError) {
	switch se.ErrorCode {
	case "ModelArts.0204": // want `ambiguous error code`
	}
}

// Declarations: validated, but an ambiguous code is reported where it is
// used, not where it is declared.
const (
	ErrBadToken = "ModelArts.0204"
)

var errCode = "ModelArts.0204"

func uses(se *ServiceResponseError) {
	local := "ModelArts.0204"
	_ = se.ErrorCode == ErrBadToken // want `ambiguous error code "ModelArts.0204"`
	_, _ = errCode, local
	_ = errors.New("failed")
}
