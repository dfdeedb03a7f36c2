// Package codes is a stand-in for github.com/errcodelint/errcodelint/codes in
// the GOPATH-mode testdata: a few of the generated untyped constants.
package codes

const (
	ModelArts0101      = "ModelArts.0101"
	ModelArts0102      = "ModelArts.0102"
	ModelArts0204      = "ModelArts.0204"
	ModelArts2786      = "ModelArts.2786"
	ModelArts4352      = "ModelArts.4352"
	AIS0101            = "AIS.0101"
	APIG0301           = "APIG.0301"
	JobManager12000001 = "JOB_MANAGER_12000001"
	OptVerse10000001   = "OptVerse_10000001"
)
