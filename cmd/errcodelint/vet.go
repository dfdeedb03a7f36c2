package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
)

// runVet implements "errcodelint vet ARGS...": it runs
// "go vet -vettool=<this executable> ARGS..." so that hooks and scripts need
// not know where the binary is installed. The go command's exit status is
// returned (go vet exits 1 when the tool reports findings).
func runVet(args []string) int {
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintf(os.Stderr, "errcodelint: %v\n", err)
		return 1
	}
	cmd := exec.Command("go", append([]string{"vet", "-vettool=" + self}, args...)...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err = cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return exit.ExitCode()
	default:
		fmt.Fprintf(os.Stderr, "errcodelint: %v\n", err)
		return 1
	}
}
