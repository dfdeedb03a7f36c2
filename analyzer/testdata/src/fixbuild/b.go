package fixbuild

func tagged(code string) bool {
	// taggedOnly (tagged.go, //go:build linux after a comment) has this
	// value, but not on windows.
	return code == "ModelArts.0104" // want `use codespkg.ModelArts0104`
}
