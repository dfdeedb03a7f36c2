package useconstscopes

// A parameter named codes.
func param(codes string) bool {
	return codes == "ModelArts.0101" // want `use errcodes.ModelArts0101`
}
