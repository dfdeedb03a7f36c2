package useconstblank

import _ "github.com/errcodelint/errcodelint/codes"

// The blank import is named under another name where a parameter
// takes codes.
func blankN(codes string) bool {
	return codes == "ModelArts.0101" // want `use errcodes.ModelArts0101`
}
