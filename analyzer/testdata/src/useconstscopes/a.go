// Package useconstscopes: every kind of local scope that can declare the
// name codes around a code literal, and the ones no literal sees. The
// import of the constants package is named per file.
package useconstscopes

// A method of a generic type sees the receiver's type parameter codes.
type box[codes any] struct{ v codes }

func (b box[codes]) has(code string) bool {
	return code == "ModelArts.0101" // want `use errcodes.ModelArts0101`
}
