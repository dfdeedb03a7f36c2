// Package illtyped does not type-check: calls of every function the
// analyzer gives a meaning with the wrong number of arguments, missing
// operands, bad expressions and unterminated literals. The pass must never
// panic, must report what the literals themselves show, and must not read
// what is not there.
package illtyped

import (
	"net/http"
	"regexp"
	"slices"
	"strings"
)

type E struct {
	StatusCode int
	ErrorCode  string
}

func wrongArity(a, b string, e E) {
	_ = strings.EqualFold(a, b, "ModelArts.9999") // want `unknown error code "ModelArts.9999"`
	_ = strings.EqualFold(a, b, "modelarts.0101") // want `malformed error code "modelarts.0101"`
	_ = strings.EqualFold("ModelArts.0101")
	_ = strings.EqualFold()
	_ = strings.HasPrefix(a, b, "ModelArts.9999") // want `unknown error code`
	_ = strings.HasPrefix("ModelArts.0101")
	_ = strings.TrimPrefix(a, b, "ModelArts.0101")
	_, _ = strings.CutPrefix(a, b, "ModelArts.0101")
	_ = strings.HasSuffix(a, b, "ModelArts.0101")
	_ = strings.TrimSuffix(a, b, "ModelArts.0101")
	_, _ = strings.CutSuffix(a, b, "ModelArts.0101")
	_ = strings.Contains(a, b, "ModelArts.0101")
	_ = strings.Index(a, b, "ModelArts.0101")
	_ = strings.Count(a, b, "ModelArts.0101")
	_ = strings.Contains("ModelArts.0101")
	_ = slices.Contains([]string{a}, b, "ModelArts.0101")
	_ = slices.Index([]string{a}, b, "ModelArts.0101")
	_ = slices.Contains([]string{"ModelArts.0101"})
	_ = slices.Contains([]string{"ModelArts.0101"}, a, b)
	_ = regexp.MustCompile(a, "ModelArts.9999") // want `unknown error code`
	_, _ = regexp.Compile(a, "ModelArts.0101")
	_, _ = regexp.MatchString(a, b, "ModelArts.0101")
	_, _ = regexp.Match(a, b, "ModelArts.0101")
	_ = regexp.MustCompilePOSIX(a, "ModelArts.0101")
	_, _ = regexp.CompilePOSIX(a, "ModelArts.0101")
	_ = regexp.MustCompile()
	_ = newError(404, "ModelArts.0101", a, b)
	_ = newError("ModelArts.0101")
	_ = newError()
	_ = E{http.StatusBadRequest, "ModelArts.0101", a}
	_ = E{http.StatusBadRequest}
	_ = E{404, "ModelArts.0101"} // want `error code "ModelArts.0101" is tied to status 404`
	_ = len("ModelArts.0101", a)
	_ = append("ModelArts.0101")
	_ = string("ModelArts.0101", a)
	_ = a("ModelArts.0101")
	_ = e.ErrorCode("ModelArts.0101")
	_ = undefined("ModelArts.0101", a)
	_ = undefined.Method("ModelArts.0101")
	_ = generic[int, string]("ModelArts.0101", 1, 2)
	_ = e.StatusCode(404) == 400 && e.ErrorCode == "ModelArts.0101"
	_ = e.StatusCode == 400 && e.ErrorCode == "ModelArts.0101"
	_ = e.StatusCode == "400" && e.ErrorCode == "ModelArts.0101"
	_ = e.StatusCode == 404 && e.ErrorCode == "ModelArts.0101" // want `tied to status 404`
	if e.StatusCode != 401 {
		return 1, 2
	}
	_ = e.ErrorCode == "ModelArts.0204"
}

func newError(status int, code string) error { return nil }

func generic[T any](code string, v T) T { return v }

func wrongOperands(e E, code int) {
	_ = code == "ModelArts.0101"
	_ = "ModelArts.9999" + 1 // want `unknown error code`
	_ = -"ModelArts.0101"
	_ = !"ModelArts.0101"
	_ = "ModelArts.0101"[5:2]
	_ = "ModelArts.0101"[99]
	switch code {
	case "modelarts.0101": // want `malformed error code`
	}
	switch {
	case "ModelArts.0101":
	}
	switch e.ErrorCode {
	case 404:
	case "ModelArts.0101", "ModelArts.0101": // want `repeated`
	}
	_ = map[int]string{"ModelArts.0101": "x"}
	_ = map[string]int{"ModelArts.0101": 1, "ModelArts.0101": 2} // want `repeated`
}
