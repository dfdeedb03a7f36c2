// Package usercat is analyzed with -catalog=analyzer/testdata/src/usercat/acme.md
// (relative to the module root): the ACME family becomes known.
package usercat

func acme(status int, code string) {
	_ = status == 409 && code == "ACME.1001" // documented by the user's page
	_ = status == 500 && code == "ACME.1002" // want `error code "ACME.1002" is tied to status 500 here, but the catalog documents it only as 404 "Resource not found."`
	_ = code == "ACME.1003"                  // want `unknown error code "ACME.1003": not in the catalog \(family ACME.NNNN\); nearest documented: ACME.1001, ACME.1002`
	_ = code == "acme.1001"                  // want `malformed error code "acme.1001"`
	_ = code == "ModelArts.0101"             // built-in codes stay known
}
