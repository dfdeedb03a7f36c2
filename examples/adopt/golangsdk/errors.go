// Package golangsdk stands in for the provider's gophercloud-style SDK: the
// status of a failed request is the error's type.
package golangsdk

import "fmt"

// ErrUnexpectedResponseCode carries the status and body of a failed request.
type ErrUnexpectedResponseCode struct {
	Actual int
	Body   []byte
}

func (e ErrUnexpectedResponseCode) Error() string {
	return fmt.Sprintf("unexpected status %d", e.Actual)
}

// The errors of the statuses the SDK names.
type (
	ErrDefault400 struct{ ErrUnexpectedResponseCode }
	ErrDefault403 struct{ ErrUnexpectedResponseCode }
	ErrDefault404 struct{ ErrUnexpectedResponseCode }
	ErrDefault409 struct{ ErrUnexpectedResponseCode }
)
