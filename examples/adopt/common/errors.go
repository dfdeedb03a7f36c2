// Package common holds the provider's error helpers.
package common

import (
	"encoding/json"
	"errors"
	"slices"

	"example.com/tfprovider/golangsdk"
)

// ErrorCode returns the value of key in a failed request's JSON body.
func ErrorCode(body []byte, key string) string {
	var m map[string]any
	if json.Unmarshal(body, &m) != nil {
		return ""
	}
	s, _ := m[key].(string)
	return s
}

// ConvertExpected400ErrInto404Err turns a 400 error whose code is one of
// specErrCodes into a 404, so that the resource is considered gone.
func ConvertExpected400ErrInto404Err(err error, errCodeKey string, specErrCodes ...string) error {
	var err400 golangsdk.ErrDefault400
	if !errors.As(err, &err400) {
		return err
	}
	if len(specErrCodes) == 0 || slices.Contains(specErrCodes, ErrorCode(err400.Body, errCodeKey)) {
		return golangsdk.ErrDefault404{}
	}
	return err
}

// ConvertExpected403ErrInto404Err is ConvertExpected400ErrInto404Err for
// 403 errors.
func ConvertExpected403ErrInto404Err(err error, errCodeKey string, specErrCodes ...string) error {
	var err403 golangsdk.ErrDefault403
	if !errors.As(err, &err403) {
		return err
	}
	if len(specErrCodes) == 0 || slices.Contains(specErrCodes, ErrorCode(err403.Body, errCodeKey)) {
		return golangsdk.ErrDefault404{}
	}
	return err
}
