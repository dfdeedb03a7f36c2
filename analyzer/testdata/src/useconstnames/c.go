package useconstnames

// A type parameter named codes takes the name in this file.
func typeParam[codes ~string](code codes) bool {
	return code == "ModelArts.0101" // want `use errcodes.ModelArts0101`
}
