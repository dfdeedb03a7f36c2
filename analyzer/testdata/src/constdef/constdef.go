// Package constdef declares code constants used by package constuse. Their
// values reach constuse through export data, without analysis facts.
package constdef

// Codes of the ModelArts authentication errors.
const (
	ErrBadToken  = "ModelArts.0204" // ambiguous, but not reported on its declaration
	ErrArgument  = "ModelArts.0101"
	ErrRateLimit = "ModelArts.81015"
)

// Error is the SDK's error shape.
type Error struct {
	StatusCode int
	ErrorCode  string
}
