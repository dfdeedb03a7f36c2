// Package constexpr writes codes as constant expressions: the value the
// type checker computes is checked like a literal's.
package constexpr

type Code string

const prefix = "ModelArts."

const Bad = prefix + "9999" // want `unknown error code "ModelArts.9999"`

const Mal = "modelarts" + ".4352" // want `malformed error code "modelarts.4352"`

const Good = prefix + "4352"

const Typed = Code(prefix + "9996") // want `unknown error code "ModelArts.9996"`

func f(code string) bool {
	_ = code == "ModelArts."+"9998"     // want `unknown error code "ModelArts.9998"`
	_ = code == ("ModelArts." + "9997") // want `unknown error code "ModelArts.9997"`
	_ = code == Bad || code == Good || code == prefix+"0101"
	return code == prefix+"0101"+""
}
