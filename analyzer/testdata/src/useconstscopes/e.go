package useconstscopes

// A named result named codes.
func result(code string) (codes bool) {
	codes = code == "ModelArts.0101" // want `use errcodes.ModelArts0101`
	return codes
}
