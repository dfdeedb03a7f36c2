package useconstnames

import codes "strings"

// This file imports another package under the name codes.
func importNamed(code string) bool {
	return codes.HasPrefix(code, "M") && code == "ModelArts.0101" // want `use errcodes.ModelArts0101`
}
