// Package ties tests which statuses tie a code: || on the way from the code
// to the status, fallthrough, goto past a guard and the status argument of
// an outer call tie nothing; guards written with || and function literals
// inside a tied body do.
package ties

import "net/http"

type E struct {
	StatusCode int
	ErrorCode  string
	Retry      bool
}

type Result struct {
	Retry bool
	Code  string
}

func writeJSON(w any, status int, v any) {}

func newError(status int, code string) error { return nil }

// ModelArts.0101 is documented only as 400, ModelArts.0204 as 400 and 401.

func orInCondition(se *E) {
	if se.StatusCode == 404 || se.Retry {
		_ = se.ErrorCode == "ModelArts.0101"
		_ = se.ErrorCode == "ModelArts.0204" // want `ambiguous error code "ModelArts.0204"`
	}
	_ = (se.StatusCode == 404 || se.Retry) && se.ErrorCode == "ModelArts.0101"
	switch {
	case se.StatusCode == 404 || se.Retry:
		_ = se.ErrorCode == "ModelArts.0101"
	case se.StatusCode == 404, se.Retry:
		_ = se.ErrorCode == "ModelArts.0101"
	}
	// Each disjunct ties a status: the code is tied to either.
	if se.StatusCode == 404 || se.StatusCode == 410 {
		_ = se.ErrorCode == "ModelArts.0101" // want `tied to status 404 or 410`
	}
}

func fallthroughCases(se *E) {
	switch se.StatusCode {
	case 400:
		fallthrough
	case 404:
		_ = se.ErrorCode == "ModelArts.0101" // 400 falls through to here
	}
	switch se.StatusCode {
	case 401:
		if se.Retry {
			return
		}
		fallthrough
	case 404:
		_ = se.ErrorCode == "ModelArts.0204"
	}
	switch se.StatusCode {
	default:
		fallthrough
	case 404:
		_ = se.ErrorCode == "ModelArts.0101"
	}
	switch se.StatusCode {
	case 404:
		fallthrough
	case 410:
		_ = se.ErrorCode == "ModelArts.0101" // want `tied to status 410 or 404|tied to status 404 or 410`
	}
}

func gotoPastGuard(se *E) {
	if se.Retry {
		goto check
	}
	if se.StatusCode != 404 {
		return
	}
check:
	_ = se.ErrorCode == "ModelArts.0101"
}

func labelWithoutGoto(se *E, codes []string) {
	if se.StatusCode != 404 {
		return
	}
loop:
	for range codes {
		if se.ErrorCode == "ModelArts.0101" { // want `tied to status 404`
			break loop
		}
	}
}

func outerCall(se *E) {
	writeJSON(nil, http.StatusOK, Result{Retry: se.ErrorCode == "ModelArts.0101"})
	writeJSON(nil, http.StatusOK, se.ErrorCode == "ModelArts.0101")
	writeJSON(nil, http.StatusOK, Result{Code: "ModelArts.0101"})
	_ = newError(http.StatusNotFound, "ModelArts.0101") // want `tied to status 404`
	_ = E{StatusCode: 200, Retry: se.ErrorCode == "ModelArts.0101"}
	_ = E{StatusCode: 404, ErrorCode: "ModelArts.0101"} // want `tied to status 404`
}

func guardWithOr(err error, se *E) {
	if err != nil || se.StatusCode != 401 {
		return
	}
	_ = se.ErrorCode == "ModelArts.0204"
}

func guardNotOK(v any) {
	se, ok := v.(*E)
	if !ok || se.StatusCode != http.StatusUnauthorized {
		return
	}
	_ = se.ErrorCode == "ModelArts.0204"
}

func guardOrMismatch(err error, se *E) {
	if err != nil || se.StatusCode != 404 {
		return
	}
	_ = se.ErrorCode == "ModelArts.0101" // want `tied to status 404`
}

func funcLits(se *E) {
	if se.StatusCode == 401 {
		defer func() {
			_ = se.ErrorCode == "ModelArts.0204"
		}()
		go func() {
			_ = se.ErrorCode == "ModelArts.0101" // want `tied to status 401`
		}()
	}
}

// Every conjunct of an && chain ties its statuses to the codes of the
// others, however it is parenthesized and however long the chain (short
// chains are searched in place, longer ones once).
func andChains(se *E, a, b, c, d, e, f, g bool) {
	_ = se.StatusCode == 404 && se.ErrorCode == "ModelArts.0101"                                                // want `tied to status 404`
	_ = se.ErrorCode == "ModelArts.0101" && (se.Retry && se.StatusCode == 404)                                  // want `tied to status 404`
	_ = (se.ErrorCode == "ModelArts.0101" && a) && se.StatusCode == 409                                         // want `tied to status 409`
	_ = se.StatusCode == 404 && a && b && c && d && e && f && se.ErrorCode == "ModelArts.0101"                  // want `tied to status 404`
	_ = se.StatusCode == 404 && a && b && c && d && e && f && g && se.ErrorCode == "ModelArts.0101"             // want `tied to status 404`
	_ = se.ErrorCode == "ModelArts.0101" && a && b && c && d && e && f && g && se.StatusCode == 404             // want `tied to status 404`
	_ = se.ErrorCode == "ModelArts.0101" && a && (b && (c && (d && (e && (f && (g && se.StatusCode == 404)))))) // want `tied to status 404`
	_ = se.StatusCode == 400 && se.ErrorCode == "ModelArts.0101" && se.ErrorCode == "ModelArts.0204"
	_ = se.StatusCode == 404 && (se.ErrorCode == "ModelArts.0101" || se.ErrorCode == "ModelArts.0204") // want `tied to status 404` `tied to status 404`
}

// A status tied twice on the way to the code (a guard and an enclosing if,
// two guards, a case list) is named once.
func tiedTwice(se *E) bool {
	if se.StatusCode == 404 {
		if se.StatusCode == http.StatusNotFound {
			_ = se.ErrorCode == "ModelArts.0101" // want `tied to status 404 here`
		}
	}
	switch {
	case se.StatusCode == 404, se.StatusCode == http.StatusNotFound:
		_ = se.ErrorCode == "ModelArts.0101" // want `tied to status 404 here`
	}
	// (A tagged switch cannot list 404 twice: the compiler rejects the
	// duplicate case, and the testdata's fixed form must build.)
	if se.StatusCode != 404 {
		return false
	}
	if se.StatusCode != 404 && se.StatusCode != 409 {
		return false
	}
	return se.ErrorCode == "ModelArts.0101" // want `tied to status 404 or 409 here`
}
