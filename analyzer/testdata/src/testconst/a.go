// Package testconst has a constant declared in a test file: a literal in a
// non-test file must not be rewritten to it, since the package's own build
// does not have it.
package testconst

func check(code string) bool {
	return code == "ModelArts.0101" // want `use codes.ModelArts0101`
}
