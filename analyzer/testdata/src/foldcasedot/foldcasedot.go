// Package foldcasedot calls ToLower and ToUpper through a dot import of
// strings, and nothing else of the package does: the comparisons still
// fold case.
package foldcasedot

import . "strings"

func folded(x string) bool {
	lc := ToLower(x)
	return ToUpper(x) == "MODELARTS.4352" || lc == "modelarts.4352" ||
		map[string]bool{"modelarts.4352": true}[ToLower(x)]
}

func unfolded(x string) bool {
	return TrimSpace(x) == "modelarts.4352" // want `malformed error code "modelarts.4352"`
}
