package useconstscopes

// A generic type's type parameter codes is seen by no literal outside it.
type pair[codes any] struct{ a, b codes }

func unrelated(code string) bool {
	var p pair[int]
	return p.a == 0 && code == "ModelArts.0101" // want `use codes.ModelArts0101`
}
