package floor

import "strings"

var (
	a = "ModelArts.0204"       // want `^error code "ModelArts.0204" is written as a raw string; use codes.ModelArts0204$`
	b = "JOB_MANAGER_12000001" // want `^error code "JOB_MANAGER_12000001" is written as a raw string; use codes.JOBMANAGER12000001$`
	c = `OptVerse_123456789`   // want `error code "OptVerse_123456789"`
	d = "ModelArts.12345678"   // want `error code "ModelArts.12345678"`
	e = "AIS.0001"             // want `error code "AIS.0001"`
	f = "ModelArts.0204"       // want `error code "ModelArts.0204"`

	// Not a code of a built-in family's shape, or not a plain literal.
	g = "ModelArts.020"
	h = "ModelArts.123456789"
	i = "modelarts.0204"
	j = "ModelArts_0204"
	k = "APIGW.0101"
	l = "ModelArts.\x300204"
	m = " ModelArts.0204"
	n = "ModelArts.0204x"
	o = 'M'
	p = "ModelArts."
	q = "AIS.00011"
	r = "OptVerse_1234567"
)

func isGone(code string) bool {
	return code == "APIG.0201" || strings.HasPrefix(code, "AIS.") // want `error code "APIG.0201"`
}
