package cgouser

func plain(code string) bool {
	return code == "ModelArts.9998" // want `unknown error code "ModelArts.9998"`
}
