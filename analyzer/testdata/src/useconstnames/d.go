package useconstnames

// A local named codes that no literal sees leaves the name free: it is
// declared after the literal, or in another function.
func declaredAfter(code string) bool {
	ok := code == "ModelArts.0101" // want `use codes.ModelArts0101`
	codes := []string{code}
	return ok && len(codes) > 0
}

func elsewhere() int {
	codes := 3
	return codes
}
