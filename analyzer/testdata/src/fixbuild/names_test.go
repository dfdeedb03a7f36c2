package fixbuild

import "testing"

// The package-level name errcodes exists only in the test build.
func errcodes() {}

func TestNames(t *testing.T) { errcodes() }
