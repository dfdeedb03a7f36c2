package useconstscopes

type service struct{ code string }

// A receiver named codes.
func (codes *service) matches() bool {
	return codes.code == "ModelArts.0101" // want `use errcodes.ModelArts0101`
}
