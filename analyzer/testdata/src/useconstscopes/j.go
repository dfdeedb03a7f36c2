package useconstscopes

// A range statement's variable named codes.
func ranged(list []string) bool {
	for _, codes := range list {
		if codes == "ModelArts.0101" { // want `use errcodes.ModelArts0101`
			return true
		}
	}
	return false
}
