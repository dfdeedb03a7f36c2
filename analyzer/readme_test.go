package analyzer_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcodelint/errcodelint/analyzer"
)

var updateREADME = flag.Bool("update", false, "rewrite the README's checks section from the table of checks")

const (
	checksBegin = "<!-- checks:begin: generated from analyzer/checks.go by go test ./analyzer -run TestREADMEChecks -update -->\n"
	checksEnd   = "<!-- checks:end -->\n"
)

// checksMarkdown renders the table of checks as the README shows it.
func checksMarkdown() string {
	yesNo := func(b bool) string {
		if b {
			return "yes"
		}
		return "no"
	}
	var b strings.Builder
	b.WriteString("| Check | What it finds | On by default | Fix |\n|---|---|---|---|\n")
	for _, c := range analyzer.AllChecks() {
		fmt.Fprintf(&b, "| [`%s`](#%s) | %s | %s | %s |\n", c.Name, c.Name, strings.ReplaceAll(c.Title, "|", `\|`), yesNo(c.Default), yesNo(c.Fixable))
	}
	for _, c := range analyzer.AllChecks() {
		fmt.Fprintf(&b, "\n### %s\n\n%s%s.\n\n%s\n\nBad:\n\n```go\n%s\n```\n\nGood:\n\n```go\n%s\n```\n",
			c.Name, strings.ToUpper(c.Title[:1]), c.Title[1:], c.Doc, c.Bad, c.Good)
	}
	return b.String()
}

// TestREADMEChecks checks that the README's checks section is the table of
// checks, rendered; -update rewrites it.
func TestREADMEChecks(t *testing.T) {
	name := filepath.Join("..", "README.md")
	data, err := os.ReadFile(name)
	require.NoError(t, err)
	readme := string(data)
	before, rest, ok := strings.Cut(readme, checksBegin)
	require.True(t, ok, "README.md has no line %q", checksBegin)
	got, after, ok := strings.Cut(rest, checksEnd)
	require.True(t, ok, "README.md has no line %q", checksEnd)
	want := checksMarkdown()
	if *updateREADME {
		require.NoError(t, os.WriteFile(name, []byte(before+checksBegin+want+checksEnd+after), 0o644))
		return
	}
	assert.Equal(t, want, got, "README.md's checks section is not the table of checks; run go test ./analyzer -run TestREADMEChecks -update")
}
