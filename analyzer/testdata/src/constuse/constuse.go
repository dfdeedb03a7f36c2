// Package constuse uses constants declared in package constdef.
package constuse

import (
	"net/http"

	"constdef"
)

func classify(e *constdef.Error) string {
	switch {
	case e.StatusCode == http.StatusNotFound && e.ErrorCode == constdef.ErrArgument: // want `error code "ModelArts.0101" is tied to status 404 here, but the catalog documents it only as 400 "Invalid Argument."`
		return "impossible"
	case e.ErrorCode == constdef.ErrBadToken: // want `ambiguous error code "ModelArts.0204": documented as 400 "Token must contain projectId info." and 401 "Failed to parse the token."; check the status too`
		return "token"
	case e.StatusCode == 401 && e.ErrorCode == constdef.ErrBadToken: // a documented status: quiet
		return "token 401"
	case e.ErrorCode == constdef.ErrRateLimit: // one status, several messages: quiet
		return "rate"
	case e.ErrorCode == constdef.ErrArgument || e.ErrorCode == constdef.ErrArgument: // want `error code "ModelArts.0101" repeated in the same \|\| chain`
		return "twice"
	}
	return ""
}
