package sarif

import (
	"strconv"
	"unicode/utf16"
)

// LineHashes returns, for each line of text (index 0 is line 1), the
// primaryLocationLineHash GitHub code scanning gives a result on that line
// when the uploaded SARIF has none: a rolling hash (base 37, modulo 2^64)
// of the 100 UTF-16 code units that start at the line, ignoring spaces and
// tabs, with \r\n and \r read as \n and the end of the text padded, written
// in hexadecimal and followed by ":N" for the N-th line with that hash. It
// follows the description in github/codeql-action's fingerprints module;
// when an uploaded value differs from the one GitHub computes, the upload
// warns and keeps the uploaded one.
func LineHashes(text string) []string {
	const (
		blockSize = 100
		base      = 37
		tab       = '\t'
		space     = ' '
		lf        = '\n'
		cr        = '\r'
		eof       = 0xFFFF
	)
	firstMod := uint64(1)
	for range blockSize {
		firstMod *= base
	}
	var (
		window      [blockSize]uint64
		lineNumbers [blockSize]int // line starting at this window slot, or 0
		hash        uint64
		index       int
		lineNumber  int
		lineStart   = true
		prevCR      bool
		counts      = make(map[uint64]int)
		out         []string
	)
	output := func() {
		counts[hash]++
		line := lineNumbers[index]
		for len(out) < line {
			out = append(out, "")
		}
		out[line-1] = strconv.FormatUint(hash, 16) + ":" + strconv.Itoa(counts[hash])
		lineNumbers[index] = 0
	}
	update := func(c uint64) {
		begin := window[index]
		window[index] = c
		hash = base*hash + c - firstMod*begin
		index = (index + 1) % blockSize
	}
	process := func(c uint64) {
		if c == space || c == tab || (prevCR && c == lf) {
			prevCR = false
			return
		}
		prevCR = c == cr
		if c == cr {
			c = lf
		}
		if lineNumbers[index] != 0 {
			output()
		}
		if lineStart {
			lineStart = false
			lineNumber++
			lineNumbers[index] = lineNumber
		}
		if c == lf {
			lineStart = true
		}
		update(c)
	}
	for _, r := range text {
		if r1, r2 := utf16.EncodeRune(r); r1 != '\uFFFD' {
			process(uint64(r1)) // a surrogate pair, as JavaScript strings hold it
			process(uint64(r2))
			continue
		}
		process(uint64(r))
	}
	process(eof)
	for range blockSize {
		if lineNumbers[index] != 0 {
			output()
		}
		update(0)
	}
	return out
}
