package useconst

import . "github.com/errcodelint/errcodelint/codes"

// A dot-imported constant is in scope under its bare name.
func dotImported(code string) bool {
	return code == "OptVerse_10000001" // want `use the constant OptVerse10000001 declared in scope`
}

var _ = AIS0101
