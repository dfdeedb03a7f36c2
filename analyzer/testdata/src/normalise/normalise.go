// Package normalise accepts or maps several spellings of a code on purpose:
// where the catalog's spelling stands next to a variant in the same ||
// chain, call, literal or switch, the variant is intentional, and neither
// malformed-code nor repeated-code applies (a fix would make the code a
// no-op).
package normalise

import "strings"

func acceptsBoth(x string) bool {
	return x == "JOB_MANAGER_12000001" || x == "JOB_MANAGER.12000001"
}

func acceptsBothReversed(x string) bool {
	return x == "JOB_MANAGER.12000001" || x == "JOB_MANAGER_12000001" || x == "job_manager_12000001"
}

var canonical = map[string]string{"JOB_MANAGER.12000001": "JOB_MANAGER_12000001"}

var canonicalMany = map[string]string{
	"modelarts.4352": "ModelArts.4352",
	"MODELARTS_4352": "ModelArts.4352",
}

var replacer = strings.NewReplacer("modelarts.4352", "ModelArts.4352")

var accepted = []string{"ModelArts.4352", "modelarts.4352"}

func cases(x string) int {
	switch x {
	case "ModelArts.4352", "modelarts.4352":
		return 1
	}
	switch x {
	case "ModelArts.4352":
		return 1
	case "MODELARTS.4352":
		return 2
	}
	return 0
}

// Without the catalog's spelling next to it, a variant is a mistake.
func mistakes(x string) bool {
	_ = x == "modelarts.4352"                                // want `malformed error code "modelarts.4352"`
	_ = x == "modelarts.4352" || x == "JOB_MANAGER_12000001" // want `malformed error code "modelarts.4352"`
	_ = []string{"modelarts.4352", "JOB_MANAGER_12000001"}   // want `malformed error code "modelarts.4352"`
	// The same spelling twice is still a repetition.
	_ = x == "ModelArts.4352" || x == "ModelArts.4352"                             // want `error code "ModelArts.4352" repeated`
	return x == "ModelArts.4352" || x == "modelarts.4352" || x == "modelarts.4352" // want `error code "modelarts.4352" repeated|malformed`
}

// A variant whose guarded branch produces the catalog's spelling maps it
// on purpose, across statements.
func mapsAcrossStatements(x string) string {
	if x == "JOB_MANAGER.12000001" {
		x = "JOB_MANAGER_12000001"
	}
	switch x {
	case "modelarts.4352":
		return "ModelArts.4352"
	}
	if x == "MODELARTS.4352" && len(x) > 0 {
		return canonicalCode
	}
	return x
}

const canonicalCode = "ModelArts.4352"

// A branch that produces something else keeps the variant a mistake.
func branchesElsewhere(x string) string {
	if x == "JOB_MANAGER.12000001" { // want `malformed error code "JOB_MANAGER.12000001"`
		return "done"
	}
	switch x {
	case "modelarts.4352": // want `malformed error code "modelarts.4352"`
		return "JOB_MANAGER_12000001"
	}
	return x
}
