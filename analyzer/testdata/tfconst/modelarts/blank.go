package modelarts

import (
	_ "example.com/tfconst/errcodes"
)

var workspaceNotFound = "ModelArts.6309" // want `use errcodes.ModelArts6309`
