// Package golangsdk stands in for a gophercloud-style SDK: the status of a
// failed request is the error's type.
package golangsdk

import "fmt"

// ErrUnexpectedResponseCode is the common part of the status errors.
type ErrUnexpectedResponseCode struct {
	Actual int
	Body   []byte
}

func (e ErrUnexpectedResponseCode) Error() string { return fmt.Sprintf("status %d", e.Actual) }

type (
	ErrDefault400 struct{ ErrUnexpectedResponseCode }
	ErrDefault403 struct{ ErrUnexpectedResponseCode }
	ErrDefault404 struct{ ErrUnexpectedResponseCode }
	ErrDefault409 struct{ ErrUnexpectedResponseCode }
)
