package generated

func manual(code string) bool { return code == "ModelArts.9999" } // want `unknown error code`
