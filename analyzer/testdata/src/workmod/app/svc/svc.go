// Package svc is in a module of the workspace whose go.mod does not
// require the constants package's module: importing it compiles only in
// the workspace (not with GOWORK=off), so no fix is offered.
package svc

func f(code string) bool {
	return code == "ModelArts.0101" // want `error code "ModelArts.0101" is written as a raw string; use a named constant \(no automatic fix: go.mod does not require example.com/lib, which only the go.work workspace provides`
}
