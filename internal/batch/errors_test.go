package batch

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/tools/go/packages"
)

// The go command's error is left out only when it merely repeats the type
// errors: another error of the go command (cgo's, the linker's) is kept.
func TestRepeatsTypeErrors(t *testing.T) {
	typeErrs := []packages.Error{
		{Pos: "/m/a/a.go:3:25", Msg: `cannot use "x" (untyped string constant) as int value in return statement`, Kind: packages.TypeError},
		{Pos: "/m/a/a.go:5:40", Msg: "not enough arguments in call to f\n\thave ()\n\twant (string)", Kind: packages.TypeError},
	}
	compiled := packages.Error{Kind: packages.ListError, Msg: "# example.com/m/a\n" +
		"./a.go:3:25: cannot use \"x\" (untyped string constant) as int value in return statement\n" +
		"./a.go:5:20: not enough arguments in call to f\n\thave ()\n\twant (string)\n" +
		"./a.go:5:20: too many errors\n"}
	assert.True(t, RepeatsTypeErrors(compiled, typeErrs))
	assert.False(t, RepeatsTypeErrors(compiled, typeErrs[:1]), "a compiler error go/types did not report")
	assert.False(t, RepeatsTypeErrors(compiled, nil))
	cgo := packages.Error{Kind: packages.ListError, Msg: "# example.com/m/a\ncgo: C compiler \"gcc\" not found: exec: \"gcc\": executable file not found in $PATH\n"}
	assert.False(t, RepeatsTypeErrors(cgo, typeErrs))
	positioned := compiled
	positioned.Pos = "/m/a/a.go:3:25"
	assert.False(t, RepeatsTypeErrors(positioned, typeErrs))
	asType := compiled
	asType.Kind = packages.TypeError
	assert.False(t, RepeatsTypeErrors(asType, typeErrs))
}

func TestParsePos(t *testing.T) {
	file, line, col, ok := ParsePos("/src/a.go:3:28")
	assert.True(t, ok)
	assert.Equal(t, []any{"/src/a.go", 3, 28}, []any{file, line, col})
	file, line, col, ok = ParsePos("a.go:3")
	assert.True(t, ok)
	assert.Equal(t, []any{"a.go", 3, 0}, []any{file, line, col})
	for _, s := range []string{"", "-", "/src/a.go", ":3:4"} {
		_, _, _, ok := ParsePos(s)
		assert.False(t, ok, "%q", s)
	}
}

// singlechecker's error output (-fix) loses the compiler's block only when
// the go/types errors after it repeat it.
func TestDropRepeatedCompilerOutput(t *testing.T) {
	typeErrs := "/m/a/a.go:3:25: cannot use \"x\" (untyped string constant) as int value in return statement\n" +
		"/m/a/a.go:5:40: not enough arguments in call to f\n\thave ()\n\twant (string)\n"
	repeated := "-: # example.com/m/a\n" +
		"./a.go:3:25: cannot use \"x\" (untyped string constant) as int value in return statement\n" +
		"./a.go:5:20: not enough arguments in call to f\n\thave ()\n\twant (string)\n"
	assert.Equal(t, typeErrs, DropRepeatedCompilerOutput(repeated+typeErrs))
	other := "-: # example.com/m/a\n./a.go:9:1: syntax error: unexpected }\n"
	assert.Equal(t, other+typeErrs, DropRepeatedCompilerOutput(other+typeErrs))
	findings := "/m/b/b.go:3:7: unknown error code \"ModelArts.9999\": not in the catalog\n"
	assert.Equal(t, findings, DropRepeatedCompilerOutput(findings))
}
