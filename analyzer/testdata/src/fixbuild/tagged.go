// A comment before the build constraint does not hide it.

//go:build linux

package fixbuild

const taggedOnly = "ModelArts.0104"

var _ = taggedOnly
