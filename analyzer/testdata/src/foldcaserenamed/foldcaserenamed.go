// Package foldcaserenamed imports strings under another name: the
// comparisons through its ToLower and ToUpper still fold case.
package foldcaserenamed

import str "strings"

func folded(x string) bool {
	lc := str.ToLower(x)
	return str.ToUpper(x) == "MODELARTS.4352" || lc == "modelarts.4352" ||
		map[string]bool{"modelarts.4352": true}[str.ToLower(x)]
}

func unfolded(x string) bool {
	return str.TrimSpace(x) == "modelarts.4352" // want `malformed error code "modelarts.4352"`
}
