// Package common holds the provider's error helpers.
package common

import (
	"encoding/json"
	"errors"
	"slices"

	"example.com/tfprov/golangsdk"
)

func errorCode(body []byte, key string) string {
	var m map[string]any
	if json.Unmarshal(body, &m) != nil {
		return ""
	}
	s, _ := m[key].(string)
	return s
}

// ConvertExpected400ErrInto404Err turns a 400 response carrying one of the
// codes into a 404.
func ConvertExpected400ErrInto404Err(err error, errCodeKey string, specErrCodes ...string) error {
	var err400 golangsdk.ErrDefault400
	if !errors.As(err, &err400) {
		return err
	}
	if len(specErrCodes) == 0 || slices.Contains(specErrCodes, errorCode(err400.Body, errCodeKey)) {
		return golangsdk.ErrDefault404{}
	}
	return err
}

// ConvertExpected403ErrInto404Err turns a 403 response carrying one of the
// codes into a 404.
func ConvertExpected403ErrInto404Err(err error, errCodeKey string, specErrCodes ...string) error {
	var err403 golangsdk.ErrDefault403
	if !errors.As(err, &err403) {
		return err
	}
	if len(specErrCodes) == 0 || slices.Contains(specErrCodes, errorCode(err403.Body, errCodeKey)) {
		return golangsdk.ErrDefault404{}
	}
	return err
}

// ErrorCode returns the code of a failed request's body.
func ErrorCode(body []byte) string { return errorCode(body, "error_code") }
