package useconstscopes

// A function literal at package level declares its parameter codes.
var matches = func(codes string) bool {
	return codes == "ModelArts.0101" // want `use errcodes.ModelArts0101`
}
