package useconstblank

import _ "github.com/errcodelint/errcodelint/codes"

// A blank import of the constants package is named instead of imported
// a second time.
func blankM(code string) bool {
	return code == "ModelArts.0101" // want `use codes.ModelArts0101`
}
