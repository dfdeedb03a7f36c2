// Package transdep reaches the constants package only through errmid: the
// fix may import it, since the build already depends on it.
package transdep

import "example.com/errmid"

func check(code string) bool {
	return errmid.IsAuth(code) || code == "ModelArts.0101" // want `use errconsts.ModelArts0101`
}
