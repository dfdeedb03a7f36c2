package codeshape

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSplit(t *testing.T) {
	for _, tc := range []struct {
		code, prefix string
		sep          byte
		digits       string
		ok           bool
	}{
		{"ModelArts.0204", "ModelArts", '.', "0204", true},
		{"JOB_MANAGER_12000001", "JOB_MANAGER", '_', "12000001", true},
		{"SVCSTG.CCE-ADDONMGR.4000003", "SVCSTG.CCE-ADDONMGR", '.', "4000003", true},
		{"APIG.0301", "APIG", '.', "0301", true},
		{"S3.0001", "S3", '.', "0001", true},
		{"A.1", "A", '.', "1", true},
		{"4000003", "", 0, "", false},        // a bare number: no family
		{".0204", "", 0, "", false},          // empty prefix
		{"ModelArts", "", 0, "", false},      // no digits
		{"ModelArts-0204", "", 0, "", false}, // '-' does not separate
		{"ModelArts.", "", 0, "", false},
		{"", "", 0, "", false},
	} {
		prefix, sep, digits, ok := Split(tc.code)
		assert.Equal(t, tc.ok, ok, tc.code)
		assert.Equal(t, tc.prefix, prefix, tc.code)
		assert.Equal(t, tc.sep, sep, tc.code)
		assert.Equal(t, tc.digits, digits, tc.code)
		if ok {
			assert.Equal(t, tc.code, prefix+string(sep)+digits)
		}
	}
}

func TestKey(t *testing.T) {
	assert.Equal(t, "modelarts_0204", Key(" ModelArts.0204\t"))
	assert.Equal(t, "svcstg_cce-addonmgr_4000003", Key("SVCSTG.CCE-ADDONMGR.4000003"))
	for _, s := range []string{"ModelArts.0204", "JOB_MANAGER.12000001", "svcstg_cce-addonmgr.4000003", "ÄIS.0101", "x"} {
		var buf [8]byte
		assert.Equal(t, Key(s), string(AppendKey(buf[:], s)), s)
	}
	assert.True(t, SameKey("SVCSTG_cce-addonmgr", "SVCSTG.CCE-ADDONMGR"))
	assert.False(t, SameKey("SVCSTG.CCE_ADDONMGR", "SVCSTG.CCE-ADDONMGR"))
	assert.False(t, SameKey("ModelArts", "ModelArt"))
}

func TestSet(t *testing.T) {
	var s Set
	for _, code := range []string{"ModelArts.0204", "ModelArts.81001", "SVCSTG.CCE-ADDONMGR.4000003", "SVCSTG.CCE-ADDONMGR.4000004", "4000003"} {
		require.NoError(t, s.Add(code))
	}
	assert.Equal(t, []Family{
		{Prefix: "ModelArts", Sep: '.', MinDigits: 4, MaxDigits: 5, Codes: 2},
		{Prefix: "SVCSTG.CCE-ADDONMGR", Sep: '.', MinDigits: 7, MaxDigits: 7, Codes: 2},
	}, s.Families())
	code, ok := s.Lookup("svcstg_cce-addonmgr_4000003")
	assert.True(t, ok)
	assert.Equal(t, "SVCSTG.CCE-ADDONMGR.4000003", code)

	require.NoError(t, s.Add("ModelArts.0204"), "adding a code again changes nothing")
	require.EqualError(t, s.Add("modelarts_0204"), `code "modelarts_0204" collides with "ModelArts.0204" (they differ only in case or separator)`)
	err := s.Add("modelarts_0102")
	require.EqualError(t, err, `code "modelarts_0102" does not follow its family's spelling ModelArts.NNNN..NNNNN`)
	var c *Conflict
	require.ErrorAs(t, err, &c)
	assert.Equal(t, Conflict{Code: "modelarts_0102", Prev: "ModelArts.0204", Family: true, Spelling: "ModelArts.NNNN..NNNNN"}, *c)
	require.EqualError(t, s.Add("SVCSTG.CCE-ADDONMGR_4000005"), `code "SVCSTG.CCE-ADDONMGR_4000005" does not follow its family's spelling SVCSTG.CCE-ADDONMGR.NNNNNNN`)
	assert.Len(t, s.Keys(), 5, "failed additions leave the set unchanged")
	assert.Equal(t, 2, s.Families()[0].Codes)
	assert.Equal(t, "ModelArts.NNNN..NNNNN", s.Families()[0].String())
}

func TestMentions(t *testing.T) {
	sc := NewScanner([]string{"AIS", "JOB_MANAGER", "ModelArts", "SVCSTG.CCE-ADDONMGR"})
	assert.Equal(t, []string{"ModelArts.0204", "JOB_MANAGER.12050009", "ais.0101", "svcstg_cce-addonmgr.4000003"},
		sc.Mentions("got ModelArts.0204 then JOB_MANAGER.12050009, ais.0101. 错误码svcstg_cce-addonmgr.4000003。"))
	assert.Empty(t, sc.Mentions("ModelArts.0204x xModelArts.0204 v1.2.3 tags.1234 ModelArts.0204.5 a.ModelArts.0204 ModelArts.0204.json ModelArts. ModelArts"))
	assert.Equal(t, []string{"ModelArts.0204"}, sc.Mentions("(ModelArts.0204)"))
	assert.Empty(t, NewScanner(nil).Mentions("ModelArts.0204"))
}

func TestIsWordByte(t *testing.T) {
	for _, b := range []byte("azAZ09_.") {
		assert.True(t, IsWordByte(b), string(b))
	}
	for _, b := range []byte(" -()\"'/\xe3") {
		assert.False(t, IsWordByte(b), string(b))
	}
}

// FuzzShape checks the package's invariants on any string: Split puts the
// code back together, AppendKey agrees with Key, and every mention is a
// substring of the text with the shape of one of the scanner's families.
func FuzzShape(f *testing.F) {
	for _, s := range []string{"ModelArts.0204", " svcstg_cce-addonmgr.4000003.", "4000003", "v1.2.3 AIS.0101x", "错误码JOB_MANAGER.12050009。"} {
		f.Add(s)
	}
	prefixes := []string{"AIS", "JOB_MANAGER", "ModelArts", "SVCSTG.CCE-ADDONMGR"}
	sc := NewScanner(prefixes)
	f.Fuzz(func(t *testing.T, s string) {
		if prefix, sep, digits, ok := Split(s); ok {
			if prefix+string(sep)+digits != s || prefix == "" || !IsSep(sep) || DigitsStart(digits) != 0 {
				t.Fatalf("Split(%q) = %q, %q, %q", s, prefix, sep, digits)
			}
		}
		if strings.TrimSpace(s) == s {
			var buf [16]byte
			if got := string(AppendKey(buf[:], s)); got != Key(s) {
				t.Fatalf("AppendKey(%q) = %q, Key = %q", s, got, Key(s))
			}
		}
		for _, m := range sc.Mentions(s) {
			prefix, _, _, ok := Split(m)
			if !strings.Contains(s, m) || !ok || !slices.ContainsFunc(prefixes, func(p string) bool { return SameKey(p, prefix) }) {
				t.Fatalf("Mentions(%q) has %q", s, m)
			}
		}
	})
}
