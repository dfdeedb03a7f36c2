package useconst

// User constants of the same value in scope are preferred.
const errDatasetMissing = "ModelArts.4352"

// A user's own named constant is not asked to use the catalog's constant.
const ErrProjectID = "ModelArts.0102"

// A typed constant cannot replace a string literal.
const typedNotFound ErrCode = "ModelArts.2786"

var defaultCode = "AIS.0101" // want `use codes.AIS0101`

func prefersUserConstants(code string, ec ErrCode) {
	_ = code == "ModelArts.4352" // want `error code "ModelArts.4352" is written as a raw string; use the constant errDatasetMissing declared in scope`
	_ = code == "ModelArts.0102" // want `use the constant ErrProjectID`
	const local = "ModelArts.0101"
	_ = code == "ModelArts.0101" // want `use the constant local declared in scope`
	_ = code == "ModelArts.2786" // want `use codes.ModelArts2786`
	_ = ec == "ModelArts.2786"   // want `use the constant typedNotFound`
	_ = typedNotFound
}

func declaredLater(code string) bool {
	ok := code == "JOB_MANAGER_12000001" // want `use codes.JobManager12000001`
	const later = "JOB_MANAGER_12000001" // declared after the use: not in scope there
	return ok && later != ""
}
