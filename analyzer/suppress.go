package analyzer

import (
	"go/token"
	"os"
	"strings"
)

// directive is one suppression comment.
type directive struct {
	all     bool     // //nolint, //nolint:all, //nolint:errcodelint, ignore all
	cats    []string // //errcodelint:ignore <category>[,<category>] <reason>
	ownLine bool     // the comment is alone on its line, so it also covers the next line
}

func (d directive) covers(category string) bool {
	if d.all {
		return true
	}
	for _, c := range d.cats {
		if c == category {
			return true
		}
	}
	return false
}

// parseDirective parses the text of a // comment.
func parseDirective(text string) (directive, bool) {
	switch {
	case strings.HasPrefix(text, "//nolint"):
		rest := text[len("//nolint"):]
		if rest == "" || rest[0] == ' ' || rest[0] == '\t' {
			return directive{all: true}, true
		}
		if rest[0] != ':' {
			return directive{}, false
		}
		list := rest[1:]
		if i := strings.IndexAny(list, " \t"); i >= 0 {
			list = list[:i]
		}
		for _, name := range strings.Split(list, ",") {
			if name = strings.TrimSpace(name); name == "errcodelint" || name == "all" {
				return directive{all: true}, true
			}
		}
	case strings.HasPrefix(text, "//errcodelint:ignore"):
		rest := text[len("//errcodelint:ignore"):]
		if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
			return directive{}, false
		}
		fields := strings.Fields(rest)
		if len(fields) == 0 {
			return directive{}, false
		}
		d := directive{}
		for _, c := range strings.Split(fields[0], ",") {
			if c == "all" || c == "*" {
				d.all = true
			} else if c != "" {
				d.cats = append(d.cats, c)
			}
		}
		return d, true
	}
	return directive{}, false
}

// suppressed reports whether a directive on the diagnostic's line, or alone
// on the line before, covers category.
func (ps *passState) suppressed(pos token.Pos, category string) bool {
	fs := ps.file
	if fs == nil || fs.tf == nil || !pos.IsValid() {
		return false
	}
	if fs.suppress == nil {
		fs.suppress = ps.parseDirectives()
	}
	if len(fs.suppress) == 0 {
		return false
	}
	line := fs.tf.Line(pos)
	for _, d := range fs.suppress[line] {
		if d.covers(category) {
			return true
		}
	}
	for _, d := range fs.suppress[line-1] {
		if d.ownLine && d.covers(category) {
			return true
		}
	}
	return false
}

func (ps *passState) parseDirectives() map[int][]directive {
	fs := ps.file
	out := map[int][]directive{}
	var src []byte
	loaded := false
	for _, cg := range fs.f.Comments {
		for _, c := range cg.List {
			d, ok := parseDirective(c.Text)
			if !ok {
				continue
			}
			if !loaded {
				loaded = true
				if ps.pass.ReadFile != nil {
					src, _ = ps.pass.ReadFile(fs.tf.Name())
				} else {
					src, _ = os.ReadFile(fs.tf.Name())
				}
				if len(src) != fs.tf.Size() {
					src = nil
				}
			}
			line := fs.tf.Line(c.Pos())
			d.ownLine = true
			if src != nil {
				start, off := fs.tf.Offset(fs.tf.LineStart(line)), fs.tf.Offset(c.Pos())
				if start <= off && off <= len(src) {
					d.ownLine = strings.TrimSpace(string(src[start:off])) == ""
				}
			}
			out[line] = append(out[line], d)
		}
	}
	return out
}
