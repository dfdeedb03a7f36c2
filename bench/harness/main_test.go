package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQuantile(t *testing.T) {
	v := []float64{1, 2, 3, 4, 5}
	assert.InDelta(t, 3, quantile(v, 0.5), 1e-9)
	assert.InDelta(t, 2, quantile(v, 0.25), 1e-9)
	assert.InDelta(t, 4, quantile(v, 0.75), 1e-9)
	assert.InDelta(t, 2.5, quantile([]float64{2, 3}, 0.5), 1e-9)
	assert.InDelta(t, 7, quantile([]float64{7}, 0.25), 1e-9)
	assert.Zero(t, quantile(nil, 0.5))
}

func TestPairedComparesRoundByRound(t *testing.T) {
	s := func(wall float64) sample { return sample{wall: time.Duration(wall * float64(time.Second))} }
	// The machine slows down over the rounds; each round's pair still
	// shows errcodelint 10% slower, which a ratio of medians would blur.
	lint := []sample{s(1.1), s(2.2), s(3.3)}
	noop := []sample{s(1), s(2), s(3)}
	assert.Equal(t, "1.100 [1.100, 1.100]", paired(lint, noop, func(x sample) float64 { return x.wall.Seconds() }))
}

// Each driver runs errcodelint, the floor and the no-op alike; -args
// reaches errcodelint only.
func TestStandaloneTools(t *testing.T) {
	tools, groups, err := standaloneTools([]string{"batch", "singlechecker"}, "/l", "/f", "/n", []string{"-prose"})
	require.NoError(t, err)
	require.Len(t, groups, 2)
	for _, g := range groups {
		env := []string(nil)
		if g.driver == "singlechecker" {
			env = []string{"ERRCODELINT_DRIVER=singlechecker"}
		}
		assert.Equal(t, tool{name: "errcodelint", driver: g.driver, bin: "/l", args: []string{"-prose", "./..."}, env: env}, tools[g.lint])
		assert.Equal(t, tool{name: "floor", driver: g.driver, bin: "/f", args: []string{"./..."}, env: env}, tools[g.floor])
		assert.Equal(t, tool{name: "no-op", driver: g.driver, bin: "/n", args: []string{"./..."}, env: env}, tools[g.noop])
	}
	assert.Equal(t, "batch", groups[0].driver)
	assert.Len(t, tools, 6)
	_, _, err = standaloneTools([]string{"batch", "unitchecker"}, "/l", "/f", "/n", nil)
	assert.ErrorContains(t, err, `unknown driver "unitchecker"`)
}

// A driver's tables give the ratios to its own no-op, and errcodelint's
// to its floor.
func TestPrintGroup(t *testing.T) {
	s := func(wall float64, diags int) sample {
		return sample{wall: time.Duration(wall * float64(time.Second)), cpu: time.Second, rssKiB: 1024, diags: diags}
	}
	tools, groups, err := standaloneTools([]string{"batch", "singlechecker"}, "/l", "/f", "/n", nil)
	require.NoError(t, err)
	r := result{files: 100, samples: [][]sample{
		{s(1.5, 7)}, {s(1.2, 8)}, {s(1.0, 0)}, // batch
		{s(9, 7)}, {s(9, 8)}, {s(9, 0)}, // singlechecker: not batch's yardsticks
	}}
	var b strings.Builder
	printGroup(&b, groups[0], tools, []result{r}, 1)
	out := b.String()
	assert.Contains(t, out, "-- driver batch:")
	assert.NotContains(t, out, "singlechecker")
	assert.Regexp(t, `100 +errcodelint +7 +1\.50s +1\.00s +1\.0 +1\.500 +1\.000 +1\.000`, out)
	assert.Regexp(t, `100 +floor +8 +1\.20s .* 1\.200 `, out)
	assert.Regexp(t, `100 +errcodelint / no-op +1\.500 \[1\.500, 1\.500\]`, out)
	assert.Regexp(t, `100 +floor / no-op +1\.200 \[`, out)
	assert.Regexp(t, `100 +errcodelint / floor +1\.250 \[1\.250, 1\.250\]`, out)

	// go vet: no floor.
	b.Reset()
	vet := []tool{{name: "errcodelint", driver: "go vet"}, {name: "no-op", driver: "go vet"}}
	printGroup(&b, group{driver: "go vet", lint: 0, floor: -1, noop: 1}, vet, []result{{files: 100, samples: [][]sample{{s(2, 1)}, {s(1, 0)}}}}, 1)
	assert.Regexp(t, `100 +errcodelint / no-op +2\.000 `, b.String())
	assert.NotContains(t, b.String(), "floor")
}

// With -instr, each driver's tables end with the instruction counts and
// their paired ratios; without, they have none.
func TestPrintGroupInstructions(t *testing.T) {
	s := func(own, all int64, diags int) sample {
		return sample{wall: time.Second, cpu: time.Second, rssKiB: 1, ownInstr: own, instr: all, diags: diags}
	}
	tools, groups, err := standaloneTools([]string{"batch"}, "/l", "/f", "/n", nil)
	require.NoError(t, err)
	r := result{files: 100, samples: [][]sample{{s(1.2e9, 2.2e9, 1000)}, {s(1.1e9, 2.1e9, 2000)}, {s(1e9, 2e9, 0)}}}
	var b strings.Builder
	printGroup(&b, groups[0], tools, []result{r}, 1)
	out := b.String()
	assert.Contains(t, out, "instructions (cachegrind")
	// Per finding over the no-op: (1.2e9-1e9)/1000 and (1.1e9-1e9)/2000.
	assert.Regexp(t, `100 +errcodelint +1\.200 +2\.200 +200000\n`, out)
	assert.Regexp(t, `100 +floor +1\.100 +2\.100 +50000\n`, out)
	assert.Regexp(t, `100 +no-op +1\.000 +2\.000 +-\n`, out)
	assert.Regexp(t, `100 +errcodelint / no-op +1\.200 \[1\.200, 1\.200\] +1\.100 \[`, out)
	assert.Regexp(t, `100 +errcodelint / floor +1\.091 \[1\.091, 1\.091\] +1\.048 \[`, out)

	b.Reset()
	r.samples = [][]sample{{s(0, 0, 1)}, {s(0, 0, 1)}, {s(0, 0, 0)}}
	printGroup(&b, groups[0], tools, []result{r}, 1)
	assert.NotContains(t, b.String(), "instructions")
}

func TestCachegrindSummary(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	write("out.10", "desc: I1 cache: none\ncmd: noop ./...\nevents: Ir\nfl=x.go\n1 5\nsummary: 1500\n")
	write("out.12", "events: Ir\nsummary: 250\n")
	own, all, err := instructions(dir, 10)
	require.NoError(t, err)
	assert.Equal(t, int64(1500), own)
	assert.Equal(t, int64(1750), all)
	_, _, err = instructions(dir, 11)
	require.ErrorContains(t, err, "pid 11")
	write("out.13", "events: Ir\n")
	_, _, err = instructions(dir, 10)
	require.ErrorContains(t, err, "no summary line")
}
