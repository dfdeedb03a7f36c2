package ties

// The status in an enclosing condition or guard ties a code only when it
// belongs to the same error value as the code: the same owner expression,
// not reassigned in between.

type Nested struct {
	StatusCode int
	ErrorCode  string
	Cause      *Nested
}

type Resp struct {
	HTTPStatus int
	Err        struct{ Code string }
}

func causeCode(se *Nested) bool {
	if se.StatusCode == 404 {
		return se.Cause != nil && se.Cause.ErrorCode == "ModelArts.0101" // the cause's code, not se's
	}
	return false
}

func causeStatus(se *Nested) bool {
	if se.Cause.StatusCode == 404 {
		return se.Cause.ErrorCode == "ModelArts.0101" // want `tied to status 404`
	}
	return false
}

func otherIndex(ses []Nested) bool {
	for i := range ses {
		if ses[i].StatusCode != 404 {
			continue
		}
		return ses[0].ErrorCode == "ModelArts.0101" // ses[i]'s status, ses[0]'s code
	}
	return false
}

func sameIndex(ses []Nested) bool {
	for i := range ses {
		if ses[i].StatusCode != 404 {
			continue
		}
		return ses[i].ErrorCode == "ModelArts.0101" // want `tied to status 404`
	}
	return false
}

func reassigned(se, other *Nested) bool {
	if se.StatusCode == 404 {
		se = other
		return se.ErrorCode == "ModelArts.0101" // another value than the one whose status was tested
	}
	return false
}

func reassignedAfterGuard(se, other *Nested) bool {
	if se.StatusCode != 404 {
		return false
	}
	se = other
	return se.ErrorCode == "ModelArts.0101"
}

func assignedBefore(se, other *Nested) bool {
	se = other
	if se.StatusCode == 404 {
		return se.ErrorCode == "ModelArts.0101" // want `tied to status 404`
	}
	return false
}

func innerStruct(r Resp) bool {
	if r.HTTPStatus == 404 {
		return r.Err.Code == "ModelArts.0101" // want `tied to status 404`
	}
	return false
}

// A negated condition ties what it negates away.
func negated(se *Nested) bool {
	if !(se.StatusCode != 404) {
		return se.ErrorCode == "ModelArts.0101" // want `tied to status 404`
	}
	if !(se.StatusCode != 404 || se.Cause == nil) {
		return se.ErrorCode == "ModelArts.0101" // want `tied to status 404`
	}
	if !(se.StatusCode == 404) {
		return se.ErrorCode == "ModelArts.0101" // not 404: nothing tied
	}
	return false
}

func reassignedInCase(se, other *Nested) bool {
	switch se.StatusCode {
	case 404:
		se = other
		return se.ErrorCode == "ModelArts.0101" // another value than the one whose status was tested
	}
	return false
}

func reset(se **Nested, other *Nested) { *se = other }

func addressTaken(se, other *Nested) bool {
	if se.StatusCode == 404 {
		reset(&se, other)
		return se.ErrorCode == "ModelArts.0101" // se may hold another value
	}
	return false
}

func assignedAfter(se, other *Nested) bool {
	if se.StatusCode == 404 {
		if se.ErrorCode == "ModelArts.0101" { // want `tied to status 404`
			return true
		}
		se = other
	}
	return se == nil
}

// A long body (more than smallBody nodes) is searched as a short one.
func reassignedInLongBody(se, other *Nested, a, b, c, d int) bool {
	if se.StatusCode == 404 {
		x := a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		x0 := x + a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		_ = x0
		x1 := x + a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		_ = x1
		x2 := x + a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		_ = x2
		x3 := x + a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		_ = x3
		x4 := x + a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		_ = x4
		x5 := x + a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		_ = x5
		x6 := x + a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		_ = x6
		x7 := x + a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		_ = x7
		y := a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d + x
		z := a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d + y
		if z > 0 {
			se = other
		}
		return se.ErrorCode == "ModelArts.0101" // another value than the one whose status was tested
	}
	return false
}

func longBodyAssignedAfter(se, other *Nested, a, b, c, d int) bool {
	if se.StatusCode == 404 {
		x := a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		x0 := x + a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		_ = x0
		x1 := x + a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		_ = x1
		x2 := x + a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		_ = x2
		x3 := x + a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		_ = x3
		x4 := x + a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		_ = x4
		x5 := x + a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		_ = x5
		x6 := x + a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		_ = x6
		x7 := x + a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d
		_ = x7
		y := a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d + x
		if se.ErrorCode == "ModelArts.0101" { // want `tied to status 404`
			return true
		}
		z := a + b + c + d + a + b + c + d + a + b + c + d + a + b + c + d + y
		if z > 0 {
			se = other
		}
	}
	return false
}
