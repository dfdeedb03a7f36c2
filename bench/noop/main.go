// Command noop is the performance floor for errcodelint: the analyzer of
// internal/noop, which requires inspect.Analyzer, walks every node,
// reports nothing and declares no fact types, run by errcodelint's drivers:
// the batching driver (internal/batch) by default, singlechecker with
// ERRCODELINT_DRIVER=singlechecker, and go vet's protocol as a -vettool.
// bench/run.sh runs it alternately with errcodelint on the same packages.
package main

import (
	"golang.org/x/tools/go/analysis"

	"github.com/errcodelint/errcodelint/internal/batch"
	"github.com/errcodelint/errcodelint/internal/noop"
)

func main() { batch.Main(func() *analysis.Analyzer { return noop.Analyzer }) }
