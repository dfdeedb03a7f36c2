// Package codes stands in for the vendored constants package.
package codes

const ModelArts0101 = "ModelArts.0101"
