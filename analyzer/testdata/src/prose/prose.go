// Package prose is analyzed with -prose: codes mentioned in messages are
// checked for unknown-code and malformed-code.
package prose

import (
	"errors"
	"fmt"
)

func messages(code string) error {
	_ = fmt.Sprintf("request failed with ModelArts.9999, retry later")               // want `unknown error code "ModelArts.9999": not in the catalog .*\(mentioned in text\)`
	_ = errors.New("got JOB_MANAGER.12000001 from the solver")                       // want `malformed error code "JOB_MANAGER.12000001" in text: the catalog spells it "JOB_MANAGER_12000001"`
	_ = errors.New("ModelArts.0101 means the argument is invalid")                   // a documented code in text: fine
	_ = errors.New("version v1.2.3 of tags.1234 in modelarts.vm.cpu.2u, DBS.280005") // no known family
	_ = errors.New("ModelArts.0204x is not a code, nor is xModelArts.0204")
	return fmt.Errorf("code %s, see ModelArts.9998.", code) // want `unknown error code "ModelArts.9998"`
}
