package notebook

import "example.com/projconf/common"

func gone(err error) bool {
	// ModelArts.6404 is documented by the project's own page, as a 400.
	return common.ConvertExpected404(err, "ModelArts.6309") || // want `error code "ModelArts.6309" is tied to status 404 here`
		common.ConvertExpected404(err, "ModelArts.6404") || // want `error code "ModelArts.6404" is tied to status 404 here, but the catalog documents it only as 400 "The notebook does not exist."`
		common.ConvertExpected404(err, "ModelArts.6405") // want `unknown error code "ModelArts.6405"`
}

// A raw code: use-constant is not among the file's checks.
var retried = "ModelArts.6357"
