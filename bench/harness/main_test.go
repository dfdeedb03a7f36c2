package main

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
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
