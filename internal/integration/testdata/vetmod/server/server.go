// Package server uses codes of the built-in catalog.
package server

import "example.com/vetmod/errs"

// MissingWorkspace reports a missing workspace; the helper ties the code to
// 404, but the catalog documents ModelArts.0102 with 400 only.
func MissingWorkspace(err error) bool {
	return errs.IsNotFound(err, "ModelArts.0102")
}

// Invalid is written with the wrong letter case.
func Invalid(code string) bool {
	return code == "MODELARTS.0101"
}
