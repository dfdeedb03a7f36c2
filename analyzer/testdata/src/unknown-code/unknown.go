// Package unknown exercises unknown-code: codes of a known family that the
// catalog does not document, in every kind of site. It is analyzed with
// every check except use-constant (see useconst).
package unknown

import (
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

func codeOf(err error) string { return err.Error() }

// Comparisons with == and != against string expressions of every kind.
func comparisons(se *ServiceResponseError, err error) {
	_ = se.ErrorCode == "ModelArts.0101"      // documented, one status: nothing to say
	_ = se.ErrorCode == "ModelArts.9999"      // want `unknown error code "ModelArts.9999": not in the catalog \(family ModelArts\.NNNN\.\.NNNNNNNN\); nearest documented: ModelArts\.`
	_ = "ModelArts.9999" != se.ErrorCode      // want `unknown error code "ModelArts.9999"`
	_ = codeOf(err) == "JOB_MANAGER.12050009" // want `unknown error code "JOB_MANAGER.12050009": not in the catalog; the JOB_MANAGER family is spelled JOB_MANAGER_NNNNNNNN`
}

// Switch statements on a code.
func switches(se *ServiceResponseError) {
	switch se.ErrorCode {
	case "ModelArts.0101", "ModelArts.9999": // want `unknown error code "ModelArts.9999"`
	}
}

// Library calls matched by their types.Object.
func calls(se *ServiceResponseError, codes []string) {
	_ = strings.Contains(se.ErrorMessage, "ModelArts.9999") // want `unknown error code "ModelArts.9999"`
	_ = strings.HasPrefix(se.ErrorCode, "ModelArts.02")     // a prefix of documented codes: fine
	_ = strings.HasPrefix(se.ErrorCode, "ModelArts.99")     // want `unknown error code "ModelArts.99"`
	_ = strings.HasSuffix(se.ErrorCode, "AIS.0101")
	_ = slices.Contains(codes, "ModelArts.9998") // want `unknown error code "ModelArts.9998"`
	_ = slices.Contains([]string{"ModelArts.0101", "ModelArts.0102"}, se.ErrorCode)
	_ = regexp.MustCompile(`^ModelArts\.(0101|9999)$`)            // not a plain alternation of codes: not examined
	_ = regexp.MustCompile(`^(ModelArts\.0101|ModelArts\.9997)$`) // want `unknown error code "ModelArts.9997"`
}

// Slice, array and map literals.
var notFound = map[string]bool{
	"ModelArts.2786": true,
	"ModelArts.9996": true, // want `unknown error code "ModelArts.9996"`
}

// Declarations: validated where declared.
const (
	ErrNoSuch    = "ModelArts.9994" // want `unknown error code "ModelArts.9994"`
	notACodeHere = "ModelArts."
)

func uses(se *ServiceResponseError) {
	_ = se.ErrorCode == ErrNoSuch // reported at the declaration, not at each use
}

// The family's shape: a code whose digit count is within one of the
// documented range is reported, one further off is not a code of the
// family (ModelArts: 4..8 digits, AIS: 4, JOB_MANAGER: 8, OptVerse: 8..10).
func shapes(x string) {
	_ = x == "ModelArts.1"
	_ = x == "ModelArts.12"
	_ = x == "ModelArts.123" // want `unknown error code "ModelArts.123"`
	_ = x == "AIS.1"
	_ = x == "AIS.12"
	_ = x == "AIS.123"   // want `unknown error code "AIS.123"`
	_ = x == "AIS.12345" // want `unknown error code "AIS.12345"`
	_ = x == "AIS.123456"
	_ = x == "OptVerse_1"
	_ = x == "OptVerse_123456"
	_ = x == "OptVerse_1234567" // want `unknown error code "OptVerse_1234567"`
	_ = x == "JOB_MANAGER_1"
	_ = x == "JOB_MANAGER_123456789" // want `unknown error code "JOB_MANAGER_123456789"`
	_ = x == "JOB_MANAGER_1234567890"
	_ = x == "ModelArts.123456789" // want `unknown error code "ModelArts.123456789"`
	_ = x == "ModelArts.1234567890"
}
