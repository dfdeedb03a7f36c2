package useconstscopes

// Only the declarations holding a local codes are searched: here the
// third, whose block declares it around a literal, not the second.
func firstOfK(code string) bool {
	return code == "ModelArts.0101" // want `use errcodes.ModelArts0101`
}

func plainK(code string) bool {
	return code == "ModelArts.0104" // want `use errcodes.ModelArts0104`
}

func blockK(list []string) bool {
	for _, s := range list {
		if codes := len(s); codes > 1 {
			return s == "ModelArts.0101" // want `use errcodes.ModelArts0101`
		}
	}
	return false
}
