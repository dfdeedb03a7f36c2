package pages

import (
	"strings"

	"github.com/errcodelint/errcodelint/internal/codeshape"
)

// ConstName returns the Go constant name for code: the Go name of the
// code's family followed by its digits verbatim. The family's Go name is the
// prefix itself when it has no '_' (ModelArts, AIS, APIG, OptVerse) and else
// its '_'-separated words title-cased and joined (JOB_MANAGER -> JobManager).
// When that name ends in a digit, '_' separates it from the code's digits.
// Codes without a trailing digit group, and characters not allowed in Go
// identifiers, are spelled as well as possible ('.', '-' become '_'); the
// generator rejects any collision.
func ConstName(code string) string {
	prefix, digits := code, ""
	if i := codeshape.DigitsStart(code); i > 0 && i < len(code) && (codeshape.IsSep(code[i-1]) || code[i-1] == '-') {
		prefix, digits = code[:i-1], code[i:]
	}
	var b strings.Builder
	if strings.Contains(prefix, "_") {
		for _, w := range strings.Split(prefix, "_") {
			if w == "" {
				continue
			}
			b.WriteString(strings.ToUpper(w[:1]))
			b.WriteString(strings.ToLower(w[1:]))
		}
	} else {
		b.WriteString(prefix)
	}
	name := []byte(b.String())
	for k, c := range name {
		if !isAlnum(c) {
			name[k] = '_'
		}
	}
	if len(name) == 0 || codeshape.IsDigit(name[0]) || name[0] == '_' {
		name = append([]byte("Code"), name...)
	}
	if name[0] >= 'a' && name[0] <= 'z' {
		name[0] -= 'a' - 'A'
	}
	if digits != "" {
		if codeshape.IsDigit(name[len(name)-1]) {
			name = append(name, '_')
		}
		name = append(name, digits...)
	}
	return string(name)
}
