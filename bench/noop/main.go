// Command noop is the performance floor for errcodelint: the same
// singlechecker driver running an analyzer that requires inspect.Analyzer,
// walks every node, reports nothing and declares no fact types.
// bench/run.sh runs it alternately with errcodelint on the same packages.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/errcodelint/errcodelint/internal/noop"
)

func main() { singlechecker.Main(noop.Analyzer) }
