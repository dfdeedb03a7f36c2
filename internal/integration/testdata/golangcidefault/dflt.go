// Package dflt is the golangci-lint sample with default settings: each
// literal below has several problems, and golangci-lint shows one issue
// per line and applies every fix it is given.
package dflt

// APIError is an error returned by a cloud API.
type APIError struct {
	StatusCode int
	ErrorCode  string
}

// Ambiguous: documented as 400 and 401, and a raw string.
func Ambiguous(e *APIError) bool {
	return e.ErrorCode == "ModelArts.0204"
}

// Malformed: another letter case, ambiguous too, and a raw string.
func Malformed(e *APIError) bool {
	return e.ErrorCode == "modelarts.0204"
}

// Mismatch: documented as 400 only, and a raw string.
func Mismatch(e *APIError) bool {
	return e.StatusCode == 404 && e.ErrorCode == "ModelArts.0101"
}

// Raw: nothing wrong but the raw string.
func Raw(e *APIError) bool {
	return e.ErrorCode == "ModelArts.4352"
}

// Unknown: not in the catalog; no fix.
func Unknown(e *APIError) bool {
	return e.ErrorCode == "ModelArts.9999"
}
