// Package common holds the project's error helpers.
package common

import "slices"

type codedError struct{ code string }

func (e codedError) Error() string { return e.code }

// ConvertExpected404 reports whether err carries one of codes; the helper
// is meant for 404 responses.
func ConvertExpected404(err error, codes ...string) bool {
	ce, ok := err.(codedError)
	return ok && slices.Contains(codes, ce.code)
}
