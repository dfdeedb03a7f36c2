package cgoconst

// #include <stdlib.h>
import "C"

// cgoOnly is compiled only when cgo is enabled: it cannot replace a literal
// of a file compiled with CGO_ENABLED=0 too.
const cgoOnly = "ModelArts.0101"

func free() { C.free(nil) }
