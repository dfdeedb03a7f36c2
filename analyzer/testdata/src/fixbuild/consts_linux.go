package fixbuild

const linuxOnly = "ModelArts.0101"

var _ = linuxOnly
