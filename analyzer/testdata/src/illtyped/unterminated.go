package illtyped

// Unterminated literals: the parser keeps their text without the closing
// quote, which is not a code.

func unterminated(code string) {
	_ = code == "ModelArts.4352
	_ = code == "ModelArts.0101
	_ = code == "ModelArts.9999" // want `unknown error code "ModelArts.9999"`
	_ = code == 'ModelArts.0101
}

var raw = `ModelArts.4352
