// Package onediag is analyzed with every check: each literal gets one
// diagnostic, of its most important problem, with the others in its
// message and one fix, so that golangci-lint (one issue per line, every
// fix applied) shows the right one and fixes it.
package onediag

type E struct {
	StatusCode int
	ErrorCode  string
}

func f(se *E, x string) bool {
	_ = se.ErrorCode == "ModelArts.0204"                         // want `^ambiguous error code "ModelArts.0204": .*; also error code "ModelArts.0204" is written as a raw string; use codes.ModelArts0204$`
	_ = se.ErrorCode == "modelarts.0204"                         // want `^malformed error code "modelarts.0204": .*; also ambiguous error code "ModelArts.0204": .*check the status too$`
	_ = se.StatusCode == 404 && se.ErrorCode == "ModelArts.0101" // want `^error code "ModelArts.0101" is tied to status 404 here, .*; also error code "ModelArts.0101" is written as a raw string; use codes.ModelArts0101$`
	_ = x == "ModelArts.4352" || x == "ModelArts.4352"           // want `^error code "ModelArts.4352" is written as a raw string; use codes.ModelArts4352$` `^error code "ModelArts.4352" repeated in the same \|\| chain; also error code "ModelArts.4352" is written as a raw string; use codes.ModelArts4352$`
	return x == "ModelArts.9999"                                 // want `^unknown error code "ModelArts.9999": [^;]*; nearest documented: [^;]*; if the service returns it, record it [^;]*$`
}
