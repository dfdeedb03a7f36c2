package testconst

import "testing"

const errAuth = "ModelArts.0101"

func TestCheck(t *testing.T) {
	if !check("ModelArts.0101") { // want `use the constant errAuth declared in scope`
		t.Fatal(errAuth)
	}
}
