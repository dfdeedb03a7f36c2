// Package foldcase compares codes after strings.ToLower or ToUpper (also
// through TrimSpace): like strings.EqualFold, letter case does not matter
// there, so another letter case is not malformed.
package foldcase

import "strings"

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
