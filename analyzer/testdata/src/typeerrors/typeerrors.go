// Package typeerrors does not type-check; the pass must still run and never
// panic on missing type information.
package typeerrors

func broken(se *Missing) bool { // undefined type
	_ = undefinedFunc() == "ModelArts.9999" // want `unknown error code "ModelArts.9999"`
	_ = se.StatusCode == 404 && se.ErrorCode == "ModelArts.0101"
	_ = ServiceResponseError{StatusCode: 404, ErrorCode: "modelarts.0101"} // want `malformed error code`
	switch se.ErrorCode {
	case "ModelArts.0204": // want `ambiguous error code`
	}
	var x int = "ModelArts.0101" // a type error of its own
	return x
}
