// Package errmid imports the constants package, so that it is a transitive
// dependency of the packages that import errmid.
package errmid

import "example.com/errconsts"

func IsAuth(code string) bool { return code == errconsts.ModelArts0101 }
