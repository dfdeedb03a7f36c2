// Package useconsttswitch: the variable of a type switch, declared in each
// case clause (types.Info.Implicits, not Defs), takes the name codes there.
package useconsttswitch

type coder interface{ Code() string }

func check(err error) bool {
	switch codes := err.(type) {
	case coder:
		return codes.Code() == "ModelArts.0101" // want `use errcodes.ModelArts0101`
	}
	return false
}
