// Package errs holds error helpers.
package errs

import "errors"

// APIError is an error returned by a cloud API.
type APIError struct {
	StatusCode int
	ErrorCode  string
}

func (e *APIError) Error() string { return e.ErrorCode }

// IsNotFound reports whether err is a 404 API error with one of codes.
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
