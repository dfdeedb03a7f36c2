// Package useconst tests the use-constant check and its fixes. This file has
// no imports: the fixes add one, and the two identical import edits merge.
package useconst

func isBadArgument(code string) bool {
	return code == "ModelArts.0101" // want `error code "ModelArts.0101" is written as a raw string; use codes.ModelArts0101`
}

func isJobError(code string) bool {
	return code == "JOB_MANAGER_12000001" // want `use codes.JobManager12000001`
}

// Fields and selectors named codes do not conflict with the import name.
type batch struct{ codes []string }

func (b batch) has(code string) bool {
	return len(b.codes) > 0 && code == "APIG.0301" // want `use codes.APIG0301`
}
