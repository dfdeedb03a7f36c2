package ambiguous

import (
	"encoding/json"
	"net/http"
	"slices"
)

// Values built with an ambiguous code compare nothing: quiet. Only where
// the code is matched against a value does it need a status.

var ErrToken = &ServiceResponseError{ErrorCode: "ModelArts.0204"}

var retry = map[string]bool{"ModelArts.0204": true}

var names = map[string]string{"token": "ModelArts.0204"}

var list = []string{"ModelArts.0204"}

func tokenCode() string { return "ModelArts.0204" }

type Err struct{ Code, Msg string }

var known = []Err{{Code: "ModelArts.0204", Msg: "token"}}

var later []string

func init() {
	later = []string{"ModelArts.0204"}
	names["x"] = "ModelArts.0204"
}

func fake(w http.ResponseWriter) {
	w.WriteHeader(401)
	_ = json.NewEncoder(w).Encode(map[string]string{"error_code": "ModelArts.0204"})
}

func matched(se *ServiceResponseError, m map[string]int) {
	_ = m["ModelArts.0204"]                                       // want `ambiguous error code "ModelArts.0204"`
	_ = slices.Contains([]string{"ModelArts.0204"}, se.ErrorCode) // want `ambiguous error code "ModelArts.0204"`
	_ = slices.Contains(list, "ModelArts.0204")                   // want `ambiguous error code "ModelArts.0204"`
	_ = se.ErrorCode != "ModelArts.0204"
	_, _, _, _, _, _, _ = ErrToken, retry, names, list, tokenCode, known, later
}
