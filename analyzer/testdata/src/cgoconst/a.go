// Package cgoconst tests that a constant of a cgo file (which the driver
// hands over as cmd/cgo's copy, without its import of "C") does not replace
// a literal of a file compiled without cgo too.
package cgoconst

func check(code string) bool {
	return code == "ModelArts.0101" // want `use codes.ModelArts0101`
}
