// Command floor is the reporting floor for errcodelint: the analyzer of
// internal/noop's NewFloor, which reports, with one fix each, every string
// literal shaped like an error code of a built-in family, with texts like
// errcodelint's, and does nothing else. It runs under errcodelint's
// drivers: the batching driver (internal/batch) by default, singlechecker
// with ERRCODELINT_DRIVER=singlechecker. bench/run.sh runs it alternately
// with errcodelint and the no-op: errcodelint over the floor is the pass's
// own cost, the floor over the no-op what the driver charges per finding.
// Its fixes do not compile: never run it with -fix.
package main

import (
	"github.com/errcodelint/errcodelint/internal/batch"
	"github.com/errcodelint/errcodelint/internal/noop"
)

func main() { batch.Main(noop.NewFloor) }
