package useconstnames

import (
	errcodes "strconv"
	codes "strings"
	codespkg "unicode"
)

// The file takes codes, errcodes and codespkg: the import is named
// errcodelintcodes.
func threeTaken(code string) bool {
	return codes.HasPrefix(code, "M") && errcodes.IntSize > 0 && codespkg.IsUpper('M') && code == "ModelArts.0101" // want `use errcodelintcodes.ModelArts0101`
}
