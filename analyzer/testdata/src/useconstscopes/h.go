package useconstscopes

// The parameters of a function type are seen by no literal.
type handler func(codes string) bool

func handled(h handler, code string) bool {
	return h(code) && code == "ModelArts.0101" // want `use codes.ModelArts0101`
}
