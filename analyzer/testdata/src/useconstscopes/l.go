package useconstscopes

// A local codes in a declaration that ends before the file's first fix
// is seen by no literal that gets one.
func beforeL() int {
	codes := 1
	return codes
}

func afterL(code string) bool {
	return code == "ModelArts.0101" // want `use codes.ModelArts0101`
}
