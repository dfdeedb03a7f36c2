// Package useconst tests the use-constant check and its fixes. This file has
// no imports: the fixes add one, and the two identical import edits merge.
package useconst

func isBadArgument(code string) bool {
	return code == "ModelArts.0101" // want `error code "ModelArts.0101" is written as a raw string; use codes.ModelArts0101`
}

func isJobError(code string) bool {
	return code == "JOB_MANAGER_12000001" // want `use codes.JobManager12000001`
}
