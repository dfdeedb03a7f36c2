package modelarts

import "errors"

var notebookNotFoundErrCodes = []string{
	"ModelArts.6309", // want `error code "ModelArts.6309" is written as a raw string; use errcodes.ModelArts6309`
	"ModelArts.6357", // want `error code "ModelArts.6357" is written as a raw string; use errcodes.ModelArts6357`
}

var errGone = errors.New("gone")

func code(c string) bool { return c == "ModelArts.4352" } // want `no automatic fix: package example.com/tfconst/errcodes has no constant ModelArts4352`
