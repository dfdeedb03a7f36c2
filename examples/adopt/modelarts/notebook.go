// Package modelarts manages ModelArts resources.
package modelarts

import (
	"example.com/tfprovider/common"
	"example.com/tfprovider/golangsdk"
)

var notebookNotFoundErrCodes = []string{
	"ModelArts.6309", // The instance does not exist.
	"ModelArts.6357",
	"ModelArts.6404", // returned by the service, not on the vendor's page
}

var workspaceNotFoundErrCodes = []string{
	"ModelArts.7005", // workspace not existed
}

const devServerNotExistCode = "ModelArts.6404"

// ReadNotebook reports a notebook that no longer exists as gone.
func ReadNotebook(err error) error {
	return common.ConvertExpected400ErrInto404Err(err, "error_code", notebookNotFoundErrCodes...)
}

// DeleteNotebook ignores a notebook that is already gone.
func DeleteNotebook(err error) error {
	return common.ConvertExpected400ErrInto404Err(err, "error_code", notebookNotFoundErrCodes...)
}

// ReadWorkspace reports a workspace that no longer exists as gone.
func ReadWorkspace(err error) error {
	return common.ConvertExpected403ErrInto404Err(err, "error_code", workspaceNotFoundErrCodes...)
}

// ReadDevServer reports a DevServer that no longer exists as gone.
func ReadDevServer(err error) error {
	return common.ConvertExpected400ErrInto404Err(err, "error_code", devServerNotExistCode)
}

// IgnoreAgencyConflict ignores the error of an agency that already exists.
func IgnoreAgencyConflict(err error) error {
	if e, ok := err.(golangsdk.ErrDefault400); ok {
		if common.ErrorCode(e.Body, "error_code") == "ModelArts.3818" {
			return nil
		}
	}
	return err
}
