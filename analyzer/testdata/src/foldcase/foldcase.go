// Package foldcase compares codes after strings.ToLower or ToUpper (also
// through TrimSpace): like strings.EqualFold, letter case does not matter
// there, so another letter case is not malformed.
package foldcase

import (
	"slices"
	"strings"
)

type E struct {
	StatusCode int
	ErrorCode  string
}

func folded(se *E, x string) bool {
	_ = strings.ToLower(se.ErrorCode) == "modelarts.4352"
	_ = "modelarts.4352" == strings.ToLower(se.ErrorCode)
	_ = strings.ToUpper(x) == "MODELARTS.4352"
	_ = strings.ToUpper(x) != "MODELARTS.4352"
	_ = strings.TrimSpace(strings.ToLower(x)) == "modelarts.4352"
	_ = strings.ToLower(strings.TrimSpace(x)) == "modelarts.4352"
	_ = (strings.ToLower(x)) == "modelarts.4352"
	switch strings.ToUpper(x) {
	case "MODELARTS.4352", "JOB_MANAGER_12000001":
	}
	switch strings.ToLower(strings.TrimSpace(x)) {
	case "modelarts.4352":
	}
	return false
}

func notFolded(x string) bool {
	_ = x == "modelarts.4352"                     // want `malformed error code "modelarts.4352"`
	_ = strings.TrimSpace(x) == "modelarts.4352"  // want `malformed error code "modelarts.4352"`
	_ = strings.ToLower(x) == "modelarts_4352"    // want `malformed error code "modelarts_4352"`
	_ = strings.ToLower(x) == "modelarts.9999"    // want `unknown error code`
	_ = strings.ToTitle(x) == "MODELARTS.4352"    // want `malformed error code "MODELARTS.4352"`
	_ = strings.ToLower(x)+"" == "modelarts.4352" // want `malformed error code "modelarts.4352"`
	return false
}

// Every comparing form looks through ToLower/ToUpper: prefixes, substrings,
// slices.Contains, and a local variable set once from ToLower.
func foldedForms(se *E, x string) bool {
	_ = strings.HasPrefix(strings.ToLower(se.ErrorCode), "modelarts.4352")
	_ = strings.HasSuffix(strings.ToUpper(x), "MODELARTS.4352")
	_ = strings.Contains(strings.ToLower(x), "modelarts.4352")
	_ = slices.Contains([]string{"modelarts.4352"}, strings.ToLower(x))
	_ = slices.Contains([]string{"a"}, strings.ToLower(x)) || strings.ToLower(x) == "modelarts.4352"
	lc := strings.ToLower(se.ErrorCode)
	if lc == "modelarts.4352" {
		return true
	}
	var uc = strings.ToUpper(strings.TrimSpace(x))
	switch uc {
	case "MODELARTS.4352":
		return true
	}
	return false
}

func notFoldedForms(x string) bool {
	_ = strings.HasPrefix(x, "modelarts.4352") // want `malformed error code "modelarts.4352"`
	lc := strings.ToLower(x)
	lc = x
	_ = lc == "modelarts.4352" // want `malformed error code "modelarts.4352"`
	p := strings.ToLower(x)
	q := &p
	_ = q
	return p == "modelarts.4352" // want `malformed error code "modelarts.4352"`
}

// The keys of a map looked up with a ToLower/ToUpper key are compared
// regardless of letter case too.
var lowerKeys = map[string]int{"modelarts.4352": 1}

func lookups(x string) int {
	n := lowerKeys[strings.ToLower(x)]
	if _, ok := map[string]bool{"MODELARTS.4352": true}[strings.ToUpper(x)]; ok {
		n++
	}
	return n
}

var plainKeys = map[string]int{"modelarts.4352": 1} // want `malformed error code "modelarts.4352"`

func plainLookup(x string) int {
	return plainKeys[x] + map[string]int{"modelarts.4352": 1}[x] // want `malformed error code "modelarts.4352"`
}

// So are the elements of a slice that slices.Contains matches with one.
var lowerList = []string{"modelarts.4352"}

func listed(x string) bool {
	return slices.Contains(lowerList, strings.ToLower(x))
}

var plainList = []string{"modelarts.4352"} // want `malformed error code "modelarts.4352"`

func plainListed(x string) bool {
	return slices.Contains(plainList, x)
}
