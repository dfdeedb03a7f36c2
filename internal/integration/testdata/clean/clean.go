// Package clean is a sample without findings: no string has the shape of a
// code of a known family.
package clean

// Tag returns a resource tag.
func Tag() string { return "tags.1234" }

// Version returns a version string.
func Version() string { return "v1.2.3" }
