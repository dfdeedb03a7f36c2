package useconstnames

// In a nested block, a local of an enclosing block is seen.
func nested(code string) bool {
	codes := 1
	if codes > 0 {
		return code == "ModelArts.0101" // want `use errcodes.ModelArts0101`
	}
	return false
}
