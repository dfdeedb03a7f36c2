// Package quickstart is a small Huawei Cloud client with the error-code
// mistakes errcodelint finds. Run from the repository root:
//
//	go run ./cmd/errcodelint ./examples/quickstart
//
// Every check reports at least once here; the package still compiles.
package quickstart

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
)

// ServiceResponseError is the error the Huawei Cloud Go SDK returns for an
// error response {"error_code": "...", "error_msg": "..."}.
type ServiceResponseError struct {
	StatusCode   int
	RequestId    string
	ErrorCode    string
	ErrorMessage string
}

func (e *ServiceResponseError) Error() string {
	return fmt.Sprintf("%d %s: %s (request %s)", e.StatusCode, e.ErrorCode, e.ErrorMessage, e.RequestId)
}

func asServiceError(err error) (*ServiceResponseError, bool) {
	var se *ServiceResponseError
	ok := errors.As(err, &se)
	return se, ok
}

// ErrDatasetMissing is this client's own name for a documented code.
const ErrDatasetMissing = "ModelArts.4352"

// retryable lists the codes after which a request is retried.
var retryable = []string{
	"ModelArts.0109", // use-constant: a raw literal of a documented code
	"OptVerse_10000003",
	"ModelArts.0109", // repeated-code: the same code twice in one literal
}

// IsTokenError reports whether the project token was rejected.
func IsTokenError(err error) bool {
	se, ok := asServiceError(err)
	// ambiguous-code: ModelArts.0204 is documented as 400 and as 401.
	return ok && se.ErrorCode == "ModelArts.0204"
}

// IsDatasetNotFound reports whether the dataset does not exist.
func IsDatasetNotFound(err error) bool {
	se, ok := asServiceError(err)
	// status-mismatch: ModelArts.4352 is documented with status 400 only.
	return ok && se.StatusCode == http.StatusNotFound && se.ErrorCode == ErrDatasetMissing
}

// IsSolverBusy reports whether the OptVerse job manager failed.
func IsSolverBusy(err error) bool {
	se, ok := asServiceError(err)
	// malformed-code: the catalog spells it JOB_MANAGER_12000001.
	return ok && se.ErrorCode == "JOB_MANAGER.12000001"
}

// IsQuotaExceeded reports whether a quota was exceeded.
func IsQuotaExceeded(err error) bool {
	se, ok := asServiceError(err)
	// unknown-code: no page documents ModelArts.0119.
	return ok && se.ErrorCode == "ModelArts.0119"
}

// ShouldRetry reports whether err is worth retrying.
func ShouldRetry(err error) bool {
	se, ok := asServiceError(err)
	return ok && slices.Contains(retryable, se.ErrorCode)
}

// OCRMessage explains an OCR failure.
func OCRMessage(err error) string {
	se, ok := asServiceError(err)
	if !ok {
		return err.Error()
	}
	switch se.ErrorCode {
	case "AIS.0105": // use-constant
		return "recognition failed; try a sharper image"
	case "APIG.0301": // use-constant
		return "check the IAM credentials"
	}
	return se.ErrorMessage
}

// FakeNotFound is a test double, as found in client test suites.
var FakeNotFound = &ServiceResponseError{
	StatusCode: http.StatusNotFound,
	ErrorCode:  "ModelArts.4353", // status-mismatch: documented with 400 only
}
