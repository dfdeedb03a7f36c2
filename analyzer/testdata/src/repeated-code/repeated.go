// Package repeated exercises repeated-code: the same code twice in one ||
// chain, literal, case list or argument list. It is analyzed with every
// check except use-constant (see useconst).
package repeated

// ServiceResponseError mirrors the Huawei Cloud Go SDK's error type.
type ServiceResponseError struct {
	StatusCode   int
	ErrorCode    string
	ErrorMessage string
	RequestId    string
}

func (e *ServiceResponseError) Error() string { return e.ErrorMessage }

// Switch statements on a code.
func switches(se *ServiceResponseError) {
	switch {
	case se.ErrorCode == "ModelArts.0101" || se.ErrorCode == "ModelArts.0101": // want `error code "ModelArts.0101" repeated in the same \|\| chain`
	case se.ErrorCode == "APIG.0301":
	}
}

// Slice, array and map literals, and variadic helpers.
var retryable = []string{
	"ModelArts.0101",
	"ModelArts.9999", // want `unknown error code "ModelArts.9999"`
	"ModelArts.0101", // want `error code "ModelArts.0101" repeated in the same literal`
}

// ConvertExpected400ErrInto404Err mirrors a helper of the Terraform provider.
func ConvertExpected400ErrInto404Err(err error, key string, codes ...string) error { return err }

func helpers(err error) {
	_ = ConvertExpected400ErrInto404Err(err, "error_code", "ModelArts.4352", "ModelArts.9995") // want `unknown error code "ModelArts.9995"`
	_ = ConvertExpected400ErrInto404Err(err, "error_code", "ModelArts.4352", "ModelArts.4352") // want `repeated in the same argument list`
	_ = ConvertExpected400ErrInto404Err(err, "error_code", retryable...)
}

const (
	ErrPlain = "ModelArts.0101"
)

func uses(se *ServiceResponseError) {
	_ = se.ErrorCode == ErrPlain || se.ErrorCode == ErrPlain // want `repeated in the same \|\| chain`
}

// A long || chain (more disjuncts than are searched by walking up) is one
// group however deep its codes stand; the next chain is another.
func longChains(se *ServiceResponseError) bool {
	if se.ErrorCode == "ModelArts.0101" || se.ErrorCode == "APIG.0301" || se.StatusCode == 2 || se.StatusCode == 3 ||
		se.StatusCode == 4 || se.StatusCode == 5 || se.StatusCode == 1 || se.StatusCode == 6 ||
		se.StatusCode == 7 || se.StatusCode == 8 || se.StatusCode == 9 || se.StatusCode == 10 ||
		se.ErrorCode == "APIG.0301" || // want `error code "APIG.0301" repeated in the same \|\| chain`
		se.ErrorCode == "ModelArts.0101" { // want `error code "ModelArts.0101" repeated in the same \|\| chain`
		return true
	}
	return se.ErrorCode == "ModelArts.0101" || se.StatusCode == 1 || se.StatusCode == 2 || se.StatusCode == 3 ||
		se.StatusCode == 4 || se.StatusCode == 5 || se.StatusCode == 6 || se.StatusCode == 7 ||
		se.StatusCode == 8 || se.StatusCode == 9 || se.ErrorCode == "APIG.0301"
}
