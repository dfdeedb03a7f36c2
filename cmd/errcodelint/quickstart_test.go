package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readmeBlock returns the lines of the README's code block that follows
// the marker <!-- name -->.
func readmeBlock(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	require.NoError(t, err)
	_, after, ok := strings.Cut(string(data), "<!-- "+name+" -->\n```\n")
	require.True(t, ok, "README has no <!-- %s --> block", name)
	block, _, ok := strings.Cut(after, "```\n")
	require.True(t, ok)
	return strings.Split(strings.TrimSuffix(block, "\n"), "\n")
}

// The README's Quick start shows exactly what
// "go run ./cmd/errcodelint ./examples/quickstart" prints on a clone:
// the findings (paths relative to the clone), then go run's line for
// the exit status.
func TestQuickstartOutput(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	r := command(t, root, nil, "./examples/quickstart")
	require.Equal(t, 3, r.code, "%+v", r)
	assert.Empty(t, r.stdout)
	got := strings.Split(strings.ReplaceAll(strings.TrimSuffix(r.stderr, "\n"), root+string(filepath.Separator), ""), "\n")
	got = append(got, fmt.Sprintf("exit status %d", r.code))
	assert.Equal(t, got, readmeBlock(t, "quickstart:output"))
}
