// Package errcodes is a constants package in its own module of the
// workspace.
package errcodes

const ModelArts0101 = "ModelArts.0101"
