package useconstnames

// Names that live outside every scope do not keep the import from being
// named codes: a method, a struct field and a label.
type client struct{ codes []string }

type service struct{}

func (service) codes() []string { return nil }

func fieldMethodLabel(c *client, code string) bool {
codes:
	for range c.codes {
		break codes
	}
	return code == "ModelArts.0101" // want `use codes.ModelArts0101`
}

// A constant computed from other constants is still the code's constant.
func computed(code string) bool {
	const prefix = "ModelArts."
	const tokenExpired = prefix + "0104"
	return code == "ModelArts.0104" // want `use the constant tokenExpired declared in scope`
}
