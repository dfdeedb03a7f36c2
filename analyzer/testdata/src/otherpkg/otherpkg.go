// Package otherpkg is analyzed with -constants-pkg=example.com/errconsts,
// a package this package does not depend on: no fix can be offered.
package otherpkg

func f(code string) bool {
	return code == "ModelArts.0101" // want `error code "ModelArts.0101" is written as a raw string; use a named constant \(no automatic fix: package example.com/errconsts is not a dependency of this package\)`
}
