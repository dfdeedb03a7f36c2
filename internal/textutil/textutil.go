// Package textutil holds the small text helpers that the catalog, its
// generator, the catalog command and the drivers share: a comma-separated
// flag list, a Markdown table cell, a clipped quote for a message.
package textutil

import "strings"

// SplitList splits a comma-separated list (a flag value such as
// -catalog a.md,b.md) into its items, trimmed of spaces, dropping empty
// ones.
func SplitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// MarkdownCell escapes s for a cell of a Markdown table: '|' as `\|` and
// line breaks as <br>, which is how the catalog's page parser reads them
// back.
func MarkdownCell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", "<br>")
}

// Clip returns s on one line (runs of white space as one space) and at
// most n runes long, ending in "..." when it was cut.
func Clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "..."
	}
	return s
}
