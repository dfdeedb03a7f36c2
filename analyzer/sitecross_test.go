package analyzer

import (
	"fmt"
	"strings"
	"testing"
)

// crossSite is one kind of place where the README says codes are
// recognised. body returns Go statements with the code literal(s) in place:
// c is the literal, twice says to write it twice in the site's repetition
// group (or not at all when the site has none: ok=false).
type crossSite struct {
	name string
	body func(c string, twice bool) (src string, ok bool)
	// na lists the checks that do not apply at this site, and why.
	na map[string]string
}

func one(f func(c string) string) func(string, bool) (string, bool) {
	return func(c string, twice bool) (string, bool) {
		if twice {
			return "", false
		}
		return f(c), true
	}
}

// builds says why ambiguous-code does not apply where a code builds a value.
const builds = "builds a value: nothing is matched against the code"

var crossSites = []crossSite{
	{name: "== field", body: func(c string, twice bool) (string, bool) {
		if twice {
			return "_ = se.ErrorCode == " + c + " || se.ErrorCode == " + c, true
		}
		return "_ = se.ErrorCode == " + c, true
	}},
	{name: "== pointer field", body: func(c string, twice bool) (string, bool) {
		if twice {
			return "_ = *resp.ErrorCode == " + c + " || *resp.ErrorCode == " + c, true
		}
		return "_ = " + c + " == *resp.ErrorCode", true
	}},
	{name: "== type assertion", body: func(c string, twice bool) (string, bool) {
		if twice {
			return "_ = v.(string) == " + c + " || v.(string) == " + c, true
		}
		return "_ = v.(string) == " + c, true
	}},
	{name: "== call result", body: func(c string, twice bool) (string, bool) {
		if twice {
			return "_ = code() == " + c + " || code() == " + c, true
		}
		return "_ = code() == " + c, true
	}},
	{name: "!= local", body: func(c string, twice bool) (string, bool) {
		if twice {
			return "_ = x != " + c + " || x != " + c, true
		}
		return "_ = x != " + c, true
	}, na: map[string]string{
		CatMismatch:  "x != code says nothing about the status",
		CatAmbiguous: "x != code says nothing about the status",
	}},
	{name: "tagged case", body: func(c string, twice bool) (string, bool) {
		if twice {
			return "switch x {\n\tcase " + c + ", " + c + ":\n\t}", true
		}
		return "switch x {\n\tcase " + c + ":\n\t}", true
	}},
	{name: "tagless case", body: func(c string, twice bool) (string, bool) {
		if twice {
			return "switch {\n\tcase x == " + c + " || x == " + c + ":\n\t}", true
		}
		return "switch {\n\tcase x == " + c + ":\n\t}", true
	}},
	{name: "strings.EqualFold", body: one(func(c string) string { return "_ = strings.EqualFold(x, " + c + ")" }),
		na: map[string]string{CatUseConstant: "compared regardless of letter case: a constant says no more"}},
	{name: "strings.ToLower ==", body: func(c string, twice bool) (string, bool) {
		if twice {
			return "_ = strings.ToLower(x) == " + c + " || strings.ToLower(x) == " + c, true
		}
		return "_ = strings.ToLower(x) == " + c, true
	}, na: map[string]string{CatUseConstant: "compared regardless of letter case: a constant says no more"}},
	{name: "strings.HasPrefix", body: one(func(c string) string { return "_ = strings.HasPrefix(x, " + c + ")" })},
	{name: "strings.Contains", body: one(func(c string) string { return "_ = strings.Contains(x, " + c + ")" })},
	{name: "strings.HasSuffix", body: one(func(c string) string { return "_ = strings.HasSuffix(x, " + c + ")" })},
	{name: "slices.Contains element", body: func(c string, twice bool) (string, bool) {
		if twice {
			return "_ = slices.Contains([]string{" + c + ", " + c + "}, x)", true
		}
		return "_ = slices.Contains([]string{" + c + "}, x)", true
	}},
	{name: "regexp pattern", body: one(func(c string) string { return "_ = regexp.MustCompile(" + c + ")" }),
		na: map[string]string{
			CatMismatch:    "a pattern is text: only the spelling is checked",
			CatAmbiguous:   "a pattern is text: only the spelling is checked",
			CatUseConstant: "a pattern is text: only the spelling is checked",
		}},
	{name: "slice literal", body: func(c string, twice bool) (string, bool) {
		if twice {
			return "_ = []string{" + c + ", " + c + "}", true
		}
		return "_ = []string{" + c + "}", true
	}, na: map[string]string{CatAmbiguous: builds}},
	{name: "map key", body: func(c string, twice bool) (string, bool) {
		if twice {
			return "_ = map[string]int{" + c + ": 1, " + c + ": 2}", true
		}
		return "_ = map[string]int{" + c + ": 1}", true
	}, na: map[string]string{CatAmbiguous: builds}},
	{name: "variadic helper argument", body: func(c string, twice bool) (string, bool) {
		if twice {
			return "_ = isAny(x, " + c + ", " + c + ")", true
		}
		return "_ = isAny(x, " + c + ")", true
	}, na: map[string]string{CatAmbiguous: builds}},
	{name: "struct field", body: one(func(c string) string { return "_ = E{ErrorCode: " + c + "}" }),
		na: map[string]string{CatAmbiguous: builds}},
	{name: "var declaration", body: one(func(c string) string { return "var v2 = " + c + "\n\t_ = v2" }),
		na: map[string]string{CatAmbiguous: "a declaration: its uses are checked"}},
	{name: "const declaration", body: one(func(c string) string { return "const k = " + c }),
		na: map[string]string{
			CatMismatch:    "a declaration ties no status: its uses are checked",
			CatAmbiguous:   "a declaration: its uses are checked",
			CatUseConstant: "the declaration of a named constant is what use-constant asks for",
		}},
	{name: "constant use", body: func(c string, twice bool) (string, bool) {
		decl := "const k = " + c + " //nolint:errcodelint // only the uses count here\n\t"
		if twice {
			return decl + "_ = x == k || x == k", true
		}
		return decl + "_ = x == k", true
	}, na: map[string]string{
		CatUnknown:     "reported where the constant is declared",
		CatMalformed:   "reported where the constant is declared",
		CatUseConstant: "not a literal",
	}},
}

// crossTriggers is, per check, the literal that triggers it and whether the
// site is put inside a status-tied if.
var crossTriggers = []struct {
	check string
	code  string
	tied  bool
}{
	{CatUnknown, `"ModelArts.9999"`, false},
	{CatMalformed, `"ModelArts_0101"`, false},
	{CatMismatch, `"ModelArts.0101"`, true}, // documented as 400 only
	{CatAmbiguous, `"ModelArts.0204"`, false},
	{CatRepeated, `"ModelArts.0101"`, false},
	{CatUseConstant, `"ModelArts.0101"`, false},
}

// TestSitesCrossChecks crosses every kind of site with every check: each
// check reports at each site, unless the site's table says why it does not
// apply, so that a site where a check is silently skipped shows.
func TestSitesCrossChecks(t *testing.T) {
	for _, site := range crossSites {
		for _, tr := range crossTriggers {
			body, ok := site.body(tr.code, tr.check == CatRepeated)
			why, na := site.na[tr.check]
			if !ok {
				na, why = true, "no repetition group"
			}
			if !ok {
				body, _ = site.body(tr.code, false)
			}
			if tr.tied {
				body = "if status == 404 {\n\t" + body + "\n\t}"
			}
			src := fmt.Sprintf(`package p

import (
	"regexp"
	"slices"
	"strings"
)

var _ = regexp.MustCompile
var _ = slices.Contains[[]string]
var _ = strings.EqualFold

type E struct {
	StatusCode int
	ErrorCode  string
}

type Resp struct{ ErrorCode *string }

func code() string { return "" }

func isAny(x string, codes ...string) bool { return false }

func f(se *E, resp *Resp, v any, x string, status int) {
	%s
}
`, body)
			a := New(Config{Checks: []string{tr.check}})
			diags := runAnalyzerOn(t, a, []byte(src))
			got := 0
			for _, d := range diags {
				if d.Category == tr.check {
					got++
				}
			}
			switch {
			case na && got > 0:
				t.Errorf("%s × %s: reported (%s), but the table says it does not apply: %s\n%s", site.name, tr.check, diags[0].Message, why, body)
			case !na && got == 0:
				t.Errorf("%s × %s: not reported\n%s", site.name, tr.check, body)
			}
		}
	}
	if testing.Verbose() {
		var b strings.Builder
		for _, site := range crossSites {
			fmt.Fprintf(&b, "%-26s", site.name)
			for _, tr := range crossTriggers {
				mark := "x"
				if _, na := site.na[tr.check]; na {
					mark = "-"
				}
				fmt.Fprintf(&b, " %s", mark)
			}
			b.WriteString("\n")
		}
		t.Log("\n" + b.String())
	}
}
