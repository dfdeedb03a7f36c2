// Package convcycle: functions of the package that call each other convert
// what either converts; which of them is asked first does not matter.
package convcycle

import (
	"status-mismatch/common"
	"status-mismatch/golangsdk"
)

func parseF(err error, again bool) error {
	if again {
		return parseG(err)
	}
	return common.ConvertExpected400ErrInto404Err(err, "error_code", "ModelArts.6309")
}

// parseG may return parseF's conversion of a 400.
func parseG(err error) error {
	return parseF(err, true)
}

func useF(err error) bool {
	if e, ok := parseF(err, false).(golangsdk.ErrDefault404); ok {
		return common.ErrorCode(e.Body) == "ModelArts.6309" // a converted 400: documented as 400
	}
	return false
}

func useG(err error) bool {
	if e, ok := parseG(err).(golangsdk.ErrDefault404); ok {
		return common.ErrorCode(e.Body) == "ModelArts.6309" // a converted 400 too
	}
	return false
}
