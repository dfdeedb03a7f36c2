package catalog

import (
	"fmt"
	"slices"
	"strings"

	"github.com/errcodelint/errcodelint/internal/codeshape"
)

// Owner records that a page is the vendor's own error-code page of a family
// (for example modelarts.md of ModelArts), so that a code of the family it
// does not list is unknown. A page that only mentions some codes of another
// service's family (the OCR page lists the four API Gateway codes OCR passes
// through) does not own that family.
type Owner struct {
	Family string // family prefix, as spelled by the codes: "ModelArts", "JOB_MANAGER"
	Source string // page file name
}

// Owners returns the pages that own the family with prefix (any letter case,
// '.' or '_'; a trailing separator is ignored), in load order: built-in
// pages first, then user pages in the order given. It is nil when no loaded
// page owns the family: then the catalog cannot know whether a code of the
// family it does not list exists, and the analyzer does not call it unknown.
//
// The built-in pages own ModelArts (modelarts.md), AIS (ocr.md), OptVerse and
// JOB_MANAGER (optverse.md); the API Gateway codes of ocr.md and the
// ModelArts codes of maas.md do not make those pages owners. A user page
// owns every family it documents, unless it says otherwise in a line of its
// own (see ParsePage): "errcodelint: owns none" or "errcodelint: owns
// APIG, CCE". A JSON file (an export) owns nothing. A catalog built by New
// owns every family it documents.
func (c *Catalog) Owners(prefix string) []string {
	return c.owners[NormalizeKey(strings.TrimRight(strings.TrimSpace(prefix), "._"))]
}

// setOwners replaces the catalog's owners.
func (c *Catalog) setOwners(owners []Owner) {
	c.owners = make(map[string][]string, len(owners))
	c.addOwners(owners)
}

func (c *Catalog) addOwners(owners []Owner) {
	for _, o := range owners {
		k := NormalizeKey(o.Family)
		if !slices.Contains(c.owners[k], o.Source) {
			c.owners[k] = append(c.owners[k], o.Source)
		}
	}
}

// familyOwners returns, for entries in page order, each source as the owner
// of the families of its entries: what a page claims by default.
func familyOwners(entries []Entry) []Owner {
	var out []Owner
	seen := map[Owner]bool{}
	for _, e := range entries {
		prefix, _, _, ok := codeshape.Split(string(e.Code))
		if !ok {
			continue
		}
		o := Owner{Family: prefix, Source: e.Source}
		if !seen[o] {
			seen[o] = true
			out = append(out, o)
		}
	}
	return out
}

// pageOwns resolves a page's "errcodelint: owns" statement against the
// families its entries document, or returns every family it documents when
// it makes none.
func pageOwns(name string, entries []Entry, stated []string, line int) ([]string, error) {
	var fams []string
	for _, o := range familyOwners(entries) {
		if !slices.Contains(fams, o.Family) {
			fams = append(fams, o.Family)
		}
	}
	if line == 0 {
		return fams, nil
	}
	out := []string{}
	for _, s := range stated {
		k := NormalizeKey(strings.TrimRight(s, "._"))
		i := slices.IndexFunc(fams, func(f string) bool { return NormalizeKey(f) == k })
		if i < 0 {
			return nil, &ParseError{File: name, Line: line, Msg: fmt.Sprintf("the page says it owns %s but documents no code of that family (it documents %s)", s, strings.Join(fams, ", "))}
		}
		if !slices.Contains(out, fams[i]) {
			out = append(out, fams[i])
		}
	}
	return out, nil
}
