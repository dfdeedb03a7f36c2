// Package servicepagesconst is analyzed for use-constant only, with the
// pages of servicepages loaded: a built-in code gets the constant of the
// codes package; a code of a loaded page gets the message, without a fix,
// since the codes package cannot have its constant.
package servicepagesconst

import "github.com/errcodelint/errcodelint/codes"

func retry(code string) bool {
	switch code {
	case codes.AIS0102:
		return true
	case "AIS.0101": // want `error code "AIS.0101" is written as a raw string; use codes.AIS0101`
		return true
	case "AIS.0005": // want `error code "AIS.0005" is written as a raw string; use a named constant \(no automatic fix: package github.com/errcodelint/errcodelint/codes has no constant AIS0005 = "AIS.0005"\)`
		return true
	}
	return false
}
