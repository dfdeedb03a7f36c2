// Package gci is the golangci-lint plugin sample.
package gci

import "errors"

// APIError is an error returned by a cloud API.
type APIError struct {
	StatusCode int
	ErrorCode  string
}

func (e *APIError) Error() string { return e.ErrorCode }

// IsNotFound reports whether err is a 404 API error with one of codes; the
// settings configure it as a status function for 404.
func IsNotFound(err error, codes ...string) bool {
	var ae *APIError
	if !errors.As(err, &ae) || ae.StatusCode != 404 {
		return false
	}
	for _, c := range codes {
		if ae.ErrorCode == c {
			return true
		}
	}
	return false
}

// Malformed has a fixable finding: the catalog spells it ModelArts.0102.
func Malformed(code string) bool {
	return code == "modelarts.0102"
}

// Unknown has an unknown built-in code.
func Unknown(code string) bool {
	return code == "ModelArts.9999"
}

// Suppressed has an unknown code silenced with nolint.
func Suppressed(code string) bool {
	return code == "ModelArts.9998" //nolint:errcodelint // legacy code, removed upstream
}

// Mismatch ties ModelArts.0101 (documented 400) to the 404 helper.
func Mismatch(err error) bool {
	return IsNotFound(err, "ModelArts.0101")
}

// UserCatalog uses a code of the family the user's catalog defines.
func UserCatalog(code string) bool {
	return code == "Shop.1009" || code == "Shop.1001"
}
