// Package catalogcli implements the `errcodelint catalog` subcommands.
package catalogcli

import (
	"fmt"
	"io"
)

// Main runs `errcodelint catalog ARGS...` and returns the exit code.
func Main(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "errcodelint catalog: not implemented yet")
	return 2
}
