// Package fixbuild tests that fixes compile in every build configuration
// of the package: its test files and files for another GOOS declare names
// the import must not take, a constant declared for one GOOS cannot replace
// a literal in a file of every GOOS, and a constant is never used in its
// own declaration (an initialization cycle).
package fixbuild

type Code string

// The declaration of a typed constant, not a raw use: Code(ErrDataset) would
// be an initialization cycle.
const ErrDataset = Code("ModelArts.4352")

const (
	// The literal is part of the value of errC, and errB depends on errC:
	// using either there would be an initialization cycle.
	errB = errC
	errC = Code("ModelArts.0102" + "") // want `use codespkg.ModelArts0102`
)

func check(code string) bool {
	// linuxOnly (consts_linux.go) has this value, but not on windows.
	return code == "ModelArts.0101" // want `use codespkg.ModelArts0101`
}

func same(c Code) bool {
	return c == "ModelArts.4352" // want `use the constant ErrDataset declared in scope`
}
