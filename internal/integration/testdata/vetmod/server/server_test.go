package server

import "testing"

// An internal test: go vet analyzes package server with this file (and in
// no other build), so the findings in server.go must come from that pass.
func TestInvalid(t *testing.T) {
	if Invalid("") {
		t.Fatal("the empty code is not a code")
	}
}
