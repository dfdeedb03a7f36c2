// Package ownershipundoc is analyzed with a team's page of codes seen but
// undocumented (testdata/src/ownershipundoc/undocumented.md), which says
// it owns no family: its codes count as documented, and other codes of
// their families stay as unknown or as quiet as before.
package ownershipundoc

func handle(status int, code string) bool {
	switch {
	case status == 404 && code == "APIG.1009": // recorded by the team: documented as 404
	case status == 400 && code == "APIG.1009": // want `error code "APIG.1009" is tied to status 400 here, but the catalog documents it only as 404 "Seen in production, not on the vendor's page."`
	case code == "APIG.1010": // APIG still has no owner
	case status == 404 && code == "ModelArts.6357": // recorded by the team
	case code == "ModelArts.9998": // want `unknown error code "ModelArts.9998"`
	}
	return false
}
