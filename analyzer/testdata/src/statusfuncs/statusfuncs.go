// Package statusfuncs has helpers configured with
// -status-funcs=statusfuncs.ConvertExpected400ErrInto404Err=400,statusfuncs.(*Checker).Expect404=404,statusfuncs.CheckForbidden=403
package statusfuncs

// ConvertExpected400ErrInto404Err mirrors the Terraform provider's helper:
// its code arguments are expected with status 400.
func ConvertExpected400ErrInto404Err(err error, key string, codes ...string) error { return err }

// Checker has a method configured with status 404.
type Checker struct{}

// Expect404 reports whether err carries one of codes with status 404.
func (*Checker) Expect404(err error, codes []string) bool { return false }

// NotConfigured is not configured: its arguments are not tied to a status.
func NotConfigured(err error, codes ...string) error { return err }

func use(err error, c *Checker) {
	_ = ConvertExpected400ErrInto404Err(err, "error_code", "ModelArts.0101")  // 400 is documented
	_ = ConvertExpected400ErrInto404Err(err, "error_code", "ModelArts.81015") // want `error code "ModelArts.81015" is tied to status 400 here, but the catalog documents it only as 401`
	_ = ConvertExpected400ErrInto404Err(err, "error_code", "ModelArts.0204")  // ties 400: not ambiguous
	_ = c.Expect404(err, []string{"ModelArts.2786", "ModelArts.0101"})        // want `error code "ModelArts.0101" is tied to status 404`
	_ = NotConfigured(err, "ModelArts.0204")                                  // not a comparison the analyzer knows: quiet
}

// ErrDefault404 is a gophercloud-style status error.
type ErrDefault404 struct{ Body []byte }

func (ErrDefault404) Error() string { return "not found" }

func errorCode(body []byte) string { return string(body) }

// CheckForbidden is configured with status 403: it turns a 403 response
// carrying one of codes into an ErrDefault404.
func CheckForbidden(err error, codes ...string) error { return err }

func converted(err error) bool {
	if e, ok := CheckForbidden(err, "ModelArts.0108").(ErrDefault404); ok {
		switch errorCode(e.Body) {
		case "ModelArts.0108": // the 404 may be a converted 403
			return true
		case "ModelArts.0101": // want `error code "ModelArts.0101" is tied to status 403 or 404 here`
		}
	}
	return false
}
