// Package nodep is a module that does not require
// github.com/errcodelint/errcodelint: the use-constant fix would not
// compile, so it is not offered, and the message says why.
package nodep

func f(code string) bool {
	return code == "ModelArts.0101" // want `error code "ModelArts.0101" is written as a raw string; use a named constant \(no automatic fix: go.mod does not require github.com/errcodelint/errcodelint \(go get github.com/errcodelint/errcodelint/codes to enable the fix\)\)`
}
