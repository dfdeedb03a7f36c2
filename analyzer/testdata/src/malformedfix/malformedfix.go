// Package malformedfix is analyzed with every check: a malformed literal
// offers two fixes, the constant first (so one -fix run converges) and the
// plain rewrite to the catalog's spelling as the alternative.
package malformedfix

func f(code string) bool {
	return code == "modelarts.0101" // want `malformed error code "modelarts.0101": the catalog spells it "ModelArts.0101" \(another letter case\)`
}
