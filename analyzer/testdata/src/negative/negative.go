// Package negative holds strings that must never be reported, even with
// every check enabled.
package negative

import (
	"errors"
	"fmt"
	"strings"
)

// Config has a struct tag that looks like a code.
type Config struct {
	Code string `json:"ModelArts.0101"` // struct tags are not codes
}

func strs(code string) {
	_ = code == "tags.1234"           // family "tags" is unknown to every catalog
	_ = code == "v1.2.3"              // a version
	_ = code == "modelarts.vm.cpu.2u" // a flavor name: no digits-only tail after the family
	_ = code == "DBS.280005"          // another service's family
	_ = code == "ModelArts."          // a bare prefix
	_ = code == "ModelArts"           // the service name
	_ = code == "ModelArts.abc"       // not digits
	_ = code == "ModelArts.0101.1"    // more after the code
	_ = code == "XModelArts.0101"     // a longer prefix
	_ = code == ""
	_ = code == "ais_2"       // another letter case and no documented code: a name, not a code
	_ = code == "modelarts_1" // likewise
	_ = strings.TrimPrefix(code, "ModelArts.")
	_ = errors.New("request failed with ModelArts.9999") // prose is off by default
	_ = fmt.Sprintf("%s.%04d", "ModelArts", 204)
	_ = fmt.Sprint("ModelArts.0101 is documented") // longer than a code: prose, off by default
}
