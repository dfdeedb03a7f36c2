package useconst

import (
	"slices"
	"strings"
)

// ServiceResponseError mirrors the SDK's error type.
type ServiceResponseError struct {
	StatusCode int
	ErrorCode  string
}

// ErrCode is a named string type for codes.
type ErrCode string

func retry(err error, codes ...string) bool { return len(codes) > 0 }

// Every context in which the untyped constant must compile. A local named
// codes exists in this file, so the import gets the alias errcodes.
func contexts(se *ServiceResponseError, err error) {
	codes := []string{"AIS.0101"} // want `use errcodes.AIS0101`
	_ = slices.Contains(codes, se.ErrorCode)
	_ = se.ErrorCode == "ModelArts.0101" // want `use errcodes.ModelArts0101`
	switch se.ErrorCode {
	case "ModelArts.2786": // want `use errcodes.ModelArts2786`
	}
	_ = retry(err, "ModelArts.0204", "OptVerse_10000001")                  // want `use errcodes.ModelArts0204` `use errcodes.OptVerse10000001`
	_ = map[string]bool{"JOB_MANAGER_12000001": true}                      // want `use errcodes.JobManager12000001`
	_ = ServiceResponseError{StatusCode: 400, ErrorCode: "ModelArts.0101"} // want `use errcodes.ModelArts0101`
	var typed ErrCode = "ModelArts.0101"                                   // want `use errcodes.ModelArts0101`
	_ = strings.ToLower(string(typed))
	_ = strings.EqualFold(se.ErrorCode, "ModelArts.0101") // EqualFold: letter case is ignored, left alone
}
