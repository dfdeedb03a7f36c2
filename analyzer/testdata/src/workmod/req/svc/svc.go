// Package svc is in a module that requires the constants package's module:
// the fix is offered.
package svc

func f(code string) bool {
	return code == "ModelArts.0101" // want `error code "ModelArts.0101" is written as a raw string; use errcodes.ModelArts0101`
}
