// Package vendormodok vendors the constants package: the fix is offered.
package vendormodok

func f(code string) bool {
	return code == "ModelArts.0101" // want `use codes.ModelArts0101`
}
