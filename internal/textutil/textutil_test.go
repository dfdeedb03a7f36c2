package textutil

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSplitList(t *testing.T) {
	assert.Equal(t, []string{"a.md", "b c.md"}, SplitList(" a.md,, b c.md ,"))
	assert.Empty(t, SplitList(" , "))
}

func TestMarkdownCell(t *testing.T) {
	assert.Equal(t, `a \| b<br>c`, MarkdownCell("a | b\nc"))
}

func TestClip(t *testing.T) {
	assert.Equal(t, "a b c", Clip(" a\n b\tc ", 10))
	assert.Equal(t, "错误码...", Clip("错误码错误信息", 3))
	assert.Equal(t, "abc", Clip("abc", 3))
}
