package analyzer

import (
	"go/ast"
	"go/token"
	"os"
	"strings"

	"github.com/errcodelint/errcodelint/internal/textutil"
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
		for _, name := range textutil.SplitList(list) {
			if name == "errcodelint" || name == "all" {
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
		for _, c := range textutil.SplitList(fields[0]) {
			if c == "all" || c == "*" {
				d.all = true
			} else {
				d.cats = append(d.cats, c)
			}
		}
		return d, true
	}
	return directive{}, false
}

// suppressed reports whether a directive on the diagnostic's line, or alone
// on the line before, covers category. Lines are physical lines: //line
// directives (in files generated from templates) change the positions
// reported, not which comment stands next to which code, and a line holding
// only a //line directive does not separate a directive from the code below.
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
	line := physLine(fs.tf, pos)
	for _, d := range fs.suppress[line] {
		if d.covers(category) {
			return true
		}
	}
	prev := line - 1
	for fs.lineDirs[prev] {
		prev--
	}
	for _, d := range fs.suppress[prev] {
		if d.ownLine && d.covers(category) {
			return true
		}
	}
	return false
}

// physLine returns the physical line of pos in tf, ignoring //line
// directives.
func physLine(tf *token.File, pos token.Pos) int {
	return tf.PositionFor(pos, false).Line
}

// isLineDirective reports whether a comment is a //line or /*line directive
// (see go/scanner).
func isLineDirective(text string) bool {
	return strings.HasPrefix(text, "//line ") || strings.HasPrefix(text, "/*line ")
}

// parseDirectives returns the file's suppression directives by physical
// line, and records in fs.lineDirs the lines holding nothing but a //line
// directive.
func (ps *passState) parseDirectives() map[int][]directive {
	fs := ps.file
	out := map[int][]directive{}
	var src []byte
	loaded := false
	load := func() {
		if loaded {
			return
		}
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
	// alone reports whether only spaces precede the comment c on its line.
	// Without the source it assumes so.
	alone := func(c *ast.Comment, line int) bool {
		load()
		if src == nil {
			return true
		}
		start, off := fs.tf.Offset(fs.tf.LineStart(line)), fs.tf.Offset(c.Pos())
		return start <= off && off <= len(src) && strings.TrimSpace(string(src[start:off])) == ""
	}
	for _, cg := range fs.f.Comments {
		for _, c := range cg.List {
			if isLineDirective(c.Text) {
				// A //line directive is at the start of its line; one that
				// ends its line (no code after it on the same line) is a
				// line of its own.
				line := physLine(fs.tf, c.Pos())
				if c.Text[1] == '/' && physLine(fs.tf, c.End()) == line && alone(c, line) {
					if fs.lineDirs == nil {
						fs.lineDirs = map[int]bool{}
					}
					fs.lineDirs[line] = true
				}
				continue
			}
			d, ok := parseDirective(c.Text)
			if !ok {
				continue
			}
			line := physLine(fs.tf, c.Pos())
			d.ownLine = alone(c, line)
			out[line] = append(out[line], d)
		}
	}
	return out
}
