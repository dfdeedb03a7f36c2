// Package apig manages API Gateway resources.
package apig

import (
	"example.com/tfprovider/common"
	"example.com/tfprovider/golangsdk"
)

// RetryFeatureUpdate reports whether a feature update should be retried:
// a configuration parameter can be modified only once per minute.
func RetryFeatureUpdate(err error) bool {
	if e, ok := err.(golangsdk.ErrDefault409); ok {
		return common.ErrorCode(e.Body, "error_code") == "APIG.3711"
	}
	return false
}
