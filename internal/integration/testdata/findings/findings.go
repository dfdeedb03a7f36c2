// Package findings is a sample with error-code findings.
package findings

// IsWorkspaceMissing compares against a code written in the wrong case.
func IsWorkspaceMissing(code string) bool {
	return code == "modelarts.0102"
}

// IsQuotaExceeded compares against a code the catalog does not document.
func IsQuotaExceeded(code string) bool {
	return code == "ModelArts.9999"
}
