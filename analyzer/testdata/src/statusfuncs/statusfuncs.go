// Package statusfuncs has helpers configured with
// -status-funcs=statusfuncs.ConvertExpected400ErrInto404Err=400,statusfuncs.(*Checker).Expect404=404
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
