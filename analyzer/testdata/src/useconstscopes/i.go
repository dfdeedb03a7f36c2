package useconstscopes

// The name is chosen at the file's first fix for all of them: a later
// literal that sees a parameter codes takes it from the first too.
func first(code string) bool {
	return code == "ModelArts.0101" // want `use errcodes.ModelArts0101`
}

func later(codes string) bool {
	return codes == "ModelArts.0104" // want `use errcodes.ModelArts0104`
}
