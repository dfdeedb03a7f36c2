// Package vendormod vendors its dependencies, but not the constants
// package: an import of it would not build until go mod vendor runs again,
// so the use-constant fix is not offered, and the message says why.
package vendormod

func f(code string) bool {
	return code == "ModelArts.0101" // want `use a named constant \(no automatic fix: vendor/modules.txt does not list github.com/errcodelint/errcodelint/codes \(go mod vendor after importing it\)\)`
}
