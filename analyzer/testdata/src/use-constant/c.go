package useconst

import "github.com/errcodelint/errcodelint/codes"

// This file already imports the constants package: no import edit.
func imported(se *ServiceResponseError) bool {
	return se.ErrorCode == codes.ModelArts0101 || se.ErrorCode == "ModelArts.2786" // want `use codes.ModelArts2786`
}

// A local variable shadows the import here, so no fix can be offered.
func shadowed(se *ServiceResponseError) bool {
	codes := 1
	_ = codes
	return se.ErrorCode == "ModelArts.2786" // want `error code "ModelArts.2786" is written as a raw string; use a named constant \(no automatic fix: the name codes is shadowed here\)`
}

// The imported constants package has no constant for this code (the
// stand-in package here is incomplete), so no fix is offered.
func missing(se *ServiceResponseError) bool {
	return se.ErrorCode == "ModelArts.0210" // want `no automatic fix: package github.com/errcodelint/errcodelint/codes has no constant ModelArts0210 = "ModelArts.0210"`
}
