package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"strings"

	"github.com/errcodelint/errcodelint/internal/batch"
)

// loadErrorWriter is the output of the log package under singlechecker
// (-fix, -diff, ERRCODELINT_DRIVER=singlechecker), which logs its load
// error: it replaces "... matched no packages" with batch.NoPackagesError's
// account of the command line's patterns, and passes the rest through.
type loadErrorWriter struct{ w io.Writer }

func (l loadErrorWriter) Write(p []byte) (int, error) {
	if !bytes.HasSuffix(p, []byte(" matched no packages\n")) || !flag.Parsed() {
		return l.w.Write(p)
	}
	tests := true
	if f := flag.Lookup("test"); f != nil {
		tests = f.Value.String() == "true"
	}
	if _, err := fmt.Fprintf(l.w, "%s%v\n", log.Prefix(), batch.NoPackagesError(flag.Args(), tests)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// onceLines writes to w the lines written to it, each line that begins
// with prefix only the first time: singlechecker prints an analysis error
// once per package. Close writes an unterminated last line.
type onceLines struct {
	w      io.Writer
	prefix string
	seen   map[string]bool
	buf    []byte
}

func (o *onceLines) Write(p []byte) (int, error) {
	o.buf = append(o.buf, p...)
	for {
		i := bytes.IndexByte(o.buf, '\n')
		if i < 0 {
			return len(p), nil
		}
		line := string(o.buf[:i+1])
		o.buf = o.buf[i+1:]
		if strings.HasPrefix(line, o.prefix) {
			if o.seen[line] {
				continue
			}
			if o.seen == nil {
				o.seen = make(map[string]bool)
			}
			o.seen[line] = true
		}
		if _, err := io.WriteString(o.w, line); err != nil {
			return 0, err
		}
	}
}

func (o *onceLines) Close() error {
	_, err := o.w.Write(o.buf)
	o.buf = nil
	return err
}
