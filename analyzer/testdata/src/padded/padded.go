// Package padded has codes with surrounding spaces: a mistake only where
// the whole value is compared as a code (==, case, a map lookup key, a
// code argument), never in concatenations or other text.
package padded

import (
	"errors"
	"fmt"
	"strings"
)

const col = "  ModelArts.4352" // a column of a fixed-width report

func text(detail string) error {
	_ = "ModelArts.4352 " + detail
	_ = []string{" ModelArts.4352", "AIS.0101 "}
	return errors.New("ModelArts.4352 " + detail)
}

func compared(x string, m map[string]int) {
	_ = x == " ModelArts.4352"                  // want `malformed error code " ModelArts.4352".*surrounding spaces`
	_ = m["ModelArts.4352 "]                    // want `malformed error code "ModelArts.4352 ".*surrounding spaces`
	_ = strings.EqualFold(x, "ModelArts.4352 ") // want `malformed error code "ModelArts.4352 ".*surrounding spaces`
	switch x {
	case "ModelArts.4352 ": // want `malformed error code "ModelArts.4352 ".*surrounding spaces`
	}
}

// Compared with an operand that is itself padded or built, the spaces are
// part of the comparison: not malformed.
func paddedBoth(x string) bool {
	_ = x+" " == "ModelArts.4352 "
	_ = " ModelArts.4352" == " "+x
	_ = (x + " ") == "ModelArts.4352 "
	return x == "ModelArts.4352 " // want `malformed error code "ModelArts.4352 ".*surrounding spaces`
}

func paddedOperands(x string) bool {
	_ = col == "  ModelArts.4352"
	return fmt.Sprintf("%-15s", x) == "ModelArts.4352 "
}
