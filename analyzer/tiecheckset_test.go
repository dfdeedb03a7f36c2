package analyzer

import (
	"strings"
	"testing"
)

// TestTiesForEachCheckThatReadsThem: the statuses tied to a code are
// searched when ambiguous-code or status-mismatch is enabled alone; a guard
// written in parentheses or negated ties, and a guard that ties nothing (if
// se.ErrorCode == "..." { return }) between it and the code does not break it.
func TestTiesForEachCheckThatReadsThem(t *testing.T) {
	src := []byte(`package p

type SE struct {
	StatusCode int
	ErrorCode  string
}

func parenGuard(se *SE) bool {
	if (se == nil || (se.StatusCode != 401)) {
		return false
	}
	if se.ErrorCode == "" {
		return true
	}
	return se.ErrorCode == "ModelArts.0204"
}

func negatedGuard(se *SE) bool {
	if !(se.StatusCode == 401) {
		return false
	}
	return se.ErrorCode == "ModelArts.0204"
}

func untied(se *SE) bool {
	return se.ErrorCode == "ModelArts.0204"
}
`)
	for _, tc := range []struct {
		check string
		want  []string // the messages' distinctive parts, in order
	}{
		// Tied to 401, one of its documented statuses: only the untied
		// use is ambiguous, and nothing mismatches.
		{CatAmbiguous, []string{`ambiguous error code "ModelArts.0204"`}},
		{CatMismatch, nil},
	} {
		diags := runAnalyzerOn(t, New(Config{Checks: []string{tc.check}}), src)
		var got []string
		for _, d := range diags {
			got = append(got, d.Message)
		}
		if len(got) != len(tc.want) {
			t.Fatalf("%s: got %q, want %d findings", tc.check, got, len(tc.want))
		}
		for i, w := range tc.want {
			if !strings.Contains(got[i], w) || diags[i].Category != tc.check {
				t.Errorf("%s: finding %d is %s %q, want %q", tc.check, i, diags[i].Category, got[i], w)
			}
		}
	}
	// A status not documented for the code: status-mismatch alone sees the
	// tie through the parenthesised guard.
	mis := []byte(strings.ReplaceAll(string(src), "401", "409"))
	diags := runAnalyzerOn(t, New(Config{Checks: []string{CatMismatch}}), mis)
	if len(diags) != 2 || !strings.Contains(diags[0].Message, `"ModelArts.0204" is tied to status 409 here`) ||
		!strings.Contains(diags[1].Message, `"ModelArts.0204" is tied to status 409 here`) {
		t.Errorf("got %v, want two findings tied to 409", diags)
	}
}
