// Package malformedfix is analyzed with every check: a malformed literal
// offers one fix, to the constant (so one -fix run converges): drivers such
// as golangci-lint apply every fix they are given.
package malformedfix

func f(code string) bool {
	return code == "modelarts.0101" // want `malformed error code "modelarts.0101": the catalog spells it "ModelArts.0101" \(another letter case\)`
}
