// Package golangsdk stands in for github.com/chnsz/golangsdk: the status
// of a failed request is the error's type.
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
	ErrDefault401 struct{ ErrUnexpectedResponseCode }
	ErrDefault403 struct{ ErrUnexpectedResponseCode }
	ErrDefault404 struct{ ErrUnexpectedResponseCode }
)

// ServiceClient sends requests.
type ServiceClient struct{}

// Request sends a request; a failure's type is its status.
func (c *ServiceClient) Request(method, url string) ([]byte, error) { return nil, nil }
