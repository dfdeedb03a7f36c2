package catalog

import "github.com/errcodelint/errcodelint/catalog/internal/render"

// GoConstants returns a gofmt'ed Go source file of package pkg with one
// constant per distinct code of entries, named by ConstName and sorted by
// code, each with a doc comment listing the code's documented statuses and
// messages. The constants are untyped strings unless typ names a string
// type declared in package pkg (as Code is in this package). It is how
// package codes is generated, and what `errcodelint catalog constants`
// writes. It fails if pkg is not a Go package name or two codes get the same
// constant name.
func GoConstants(generator, pkg, typ string, entries []Entry) ([]byte, error) {
	rows := make([]render.Row, len(entries))
	for i, e := range entries {
		rows[i] = render.Row{Code: string(e.Code), Status: e.Status, Message: e.Message, Source: e.Source, Line: e.Line}
	}
	return render.Constants(generator, pkg, typ, rows)
}
