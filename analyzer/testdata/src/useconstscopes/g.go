package useconstscopes

// The init statements of if, for and switch declare codes in their own
// scopes.
func inits(code string) bool {
	if codes := len(code); codes > 0 {
		return code == "ModelArts.0101" // want `use errcodes.ModelArts0101`
	}
	for codes := range 2 {
		_ = codes
	}
	switch codes := code; {
	case codes == "ModelArts.0104": // want `use errcodes.ModelArts0104`
		return true
	}
	return false
}
