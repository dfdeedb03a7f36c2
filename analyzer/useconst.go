package analyzer

import "fmt"

// useConstantRule reports a raw literal of a documented code, with a fix
// that replaces it by a constant when one can be offered that compiles;
// otherwise the message says why not. A constant's own declaration, a
// malformed spelling (see malformedRule), a variant kept on purpose next to
// the catalog's spelling (occurrence.normalising) and an EqualFold argument
// are left alone.
func useConstantRule(ps *passState, o *occurrence) {
	if o.ci == nil || o.lit == nil || o.malformed || o.normalising || o.inText() || o.st.constDecl || o.st.fold {
		return
	}
	if ps.file.cgo {
		// The pass sees cmd/cgo's copy of the file: a fix would edit that.
		ps.report(o.n, CatUseConstant, ps.s.noFixText("the file imports \"C\", and fixes would edit cmd/cgo's copy of it", o.ci), nil)
		return
	}
	cf := ps.constFix(o)
	var msg string
	switch {
	case cf.user != nil:
		msg = fmt.Sprintf("error code %q is written as a raw string; use the constant %s declared in scope", o.ci.code, cf.user.Name())
	case cf.text != nil:
		msg = cf.text.msg
	default:
		msg = ps.s.noFixText(cf.reason, o.ci)
	}
	ps.report(o.n, CatUseConstant, msg, cf.fixes)
}

// useText is the text of the use-constant finding and fix for one code and
// qualifier, computed once per analyzer instance and shared by the findings.
type useText struct {
	newText []byte // qual.Name
	fixMsg  string
	msg     string
}

func newUseText(qual, code, name string) useText {
	expr := qual + "." + name
	return useText{
		newText: []byte(expr),
		fixMsg:  "Use " + expr,
		msg:     fmt.Sprintf("error code %q is written as a raw string; use %s", code, expr),
	}
}

// qualCode keys the per-instance text caches: a qualifier (useText) or a
// reason (noFixText), and a code.
type qualCode struct{ qual, code string }

// noFixText returns the use-constant message for ci when no fix can be
// offered for reason, computed once per analyzer instance: the reasons are
// few (typically "go.mod does not require ...") and codes recur.
func (s *state) noFixText(reason string, ci *codeInfo) string {
	key := qualCode{reason, ci.code}
	s.mu.Lock()
	defer s.mu.Unlock()
	msg, ok := s.noFix[key]
	if !ok {
		msg = fmt.Sprintf("error code %q is written as a raw string; use a named constant (no automatic fix: %s)", ci.code, reason)
		if s.noFix == nil {
			s.noFix = make(map[qualCode]string)
		}
		s.noFix[key] = msg
	}
	return msg
}

// useText returns the texts for ci with qualifier qual: precomputed for
// defaultQual, else computed once per analyzer instance.
func (s *state) useText(qual string, ci *codeInfo) *useText {
	if qual == defaultQual {
		ci.constName() // builds ci.text too
		return &ci.text
	}
	key := qualCode{qual, ci.code}
	s.mu.Lock()
	defer s.mu.Unlock()
	ut := s.texts[key]
	if ut == nil {
		t := newUseText(qual, ci.code, ci.constName())
		ut = &t
		if s.texts == nil {
			s.texts = make(map[qualCode]*useText)
		}
		s.texts[key] = ut
	}
	return ut
}
