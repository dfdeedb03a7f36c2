package synth

import "github.com/errcodelint/errcodelint/catalog"

// FromCatalog returns every distinct code of cat with its documented
// statuses, in the catalog's (sorted, deterministic) order.
func FromCatalog(cat *catalog.Catalog) []Code {
	out := make([]Code, 0, len(cat.Codes()))
	for _, c := range cat.Codes() {
		out = append(out, Code{Code: c, Statuses: cat.Statuses(c)})
	}
	return out
}

// DefaultOptions returns options that draw codes from the built-in catalog,
// use its constants in some files and replace the errcodelint module with
// the checkout at root (so that use-constant fixes build).
func DefaultOptions(files int, root string) Options {
	return Options{
		Files:     files,
		Codes:     FromCatalog(catalog.Default()),
		Replace:   root,
		ConstName: catalog.ConstName,
	}
}
