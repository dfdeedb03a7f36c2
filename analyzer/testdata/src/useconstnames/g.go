package useconstnames

import (
	errcodelintcodes "errors"
	errcodes "strconv"
	codes "strings"
	codespkg "unicode"
)

// The file takes all four names: no fix, and the finding says why.
func fourTaken(code string) bool {
	return codes.HasPrefix(code, "M") && errcodes.IntSize > 0 && codespkg.IsUpper('M') && errcodelintcodes.New("x") != nil &&
		code == "ModelArts.0101" // want `no automatic fix: no free name to import github.com/errcodelint/errcodelint/codes`
}
