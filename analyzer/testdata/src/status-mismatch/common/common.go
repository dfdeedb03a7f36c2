// Package common stands in for the huaweicloud Terraform provider's error
// helpers (huaweicloud/common/errors.go): each turns a response of another
// status carrying one of the codes into a golangsdk.ErrDefault404.
package common

import (
	"encoding/json"
	"errors"
	"slices"

	"status-mismatch/golangsdk"
)

// ErrorCode returns the code of a failed request's body.
func ErrorCode(body []byte) string {
	var m map[string]string
	_ = json.Unmarshal(body, &m)
	return m["error_code"]
}

func ConvertExpected400ErrInto404Err(err error, errCodeKey string, specErrCodes ...string) error {
	var err400 golangsdk.ErrDefault400
	if errors.As(err, &err400) && slices.Contains(specErrCodes, ErrorCode(err400.Body)) {
		return golangsdk.ErrDefault404{}
	}
	return err
}

func ConvertExpected403ErrInto404Err(err error, errCodeKey string, specErrCodes ...string) error {
	var err403 golangsdk.ErrDefault403
	if errors.As(err, &err403) && slices.Contains(specErrCodes, ErrorCode(err403.Body)) {
		return golangsdk.ErrDefault404{}
	}
	return err
}

// ConvertUndefinedErrInto404Err converts a response of the status
// errStatusNum.
func ConvertUndefinedErrInto404Err(err error, errStatusNum int, errCodeKey string, specErrCodes ...string) error {
	var e golangsdk.ErrUnexpectedResponseCode
	if errors.As(err, &e) && e.Actual == errStatusNum && slices.Contains(specErrCodes, ErrorCode(e.Body)) {
		return golangsdk.ErrDefault404{}
	}
	return err
}

// CheckDeleted may turn err into anything: its body is not known here.
func CheckDeleted(err error) error { return err }
