package sarif

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The expected values were computed by a transcription of
// github/codeql-action's src/fingerprints.ts hash() run under Node.js
// (with the "long" package it uses), not by this package.
func TestLineHashesMatchGitHub(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"package p\n\nvar x = \"ModelArts.0119\"\n",
			[]string{"aa8b0360e551568f:1", "8bdaa6e2336b05b9:1", "3e79f8ab6f574153:1", "c129715d7a2bc9a3:1"}},
		// \r\n and \r end lines; spaces and tabs are ignored.
		{"a\r\nb\rc\n\n\tx y\n",
			[]string{"96e83f5e43b3bc00:1", "f862374379775261:1", "df6b9b6993ac7c5:1", "457a2d12124dd434:1", "12885d96a61f191a:1", "c129715d7a2bc9a3:1"}},
		// Non-ASCII text is hashed as UTF-16 code units (a surrogate pair
		// for the emoji).
		{"é😀\nsame\nsame\n",
			[]string{"3f6579fc79c17cff:1", "54dd522503d971eb:1", "930af01a65e2307f:1", "c129715d7a2bc9a3:1"}},
		{"", []string{"c129715d7a2bc9a3:1"}},
	} {
		assert.Equal(t, c.want, LineHashes(c.text), "%q", c.text)
	}

	// Equal 100-unit windows are told apart by their ordinal.
	got := LineHashes(strings.Repeat("}\n", 120))
	assert.Equal(t, "4d54ff68c4c1c5ce:1", got[0])
	assert.Equal(t, "4d54ff68c4c1c5ce:2", got[1])
	assert.Equal(t, "4d54ff68c4c1c5ce:70", got[69])
	assert.Equal(t, "32dce9ccfdbc9d3e:1", got[119])
	assert.Equal(t, "c129715d7a2bc9a3:1", got[120])
}

// A line's hash does not change when lines are added far above it.
func TestLineHashesSurviveEditsElsewhere(t *testing.T) {
	body := "func f() {\n\treturn se.ErrorCode == \"ModelArts.0119\"\n}\n"
	before := LineHashes("package p\n\n" + body)
	after := LineHashes("package p\n\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n\n" + body)
	assert.Equal(t, before[3], after[7])
}
