// Package errconsts stands in for a project's own constants package
// (-constants-pkg example.com/errconsts).
package errconsts

const ModelArts0101 = "ModelArts.0101"
