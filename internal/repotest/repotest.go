// Package repotest has the helpers that tests use to find the errcodelint
// checkout, build the errcodelint command from it, and write temporary
// modules that use it. Only tests import it.
package repotest

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// ModulePath is the checkout's module path.
const ModulePath = "github.com/errcodelint/errcodelint"

// Root returns the checkout: the nearest directory at or above the working
// directory whose go.mod declares ModulePath.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.Contains(data, []byte("module "+ModulePath+"\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("cannot find the errcodelint checkout above the working directory")
		}
		dir = parent
	}
}

// RootT is Root for a test, which fails if there is none.
func RootT(tb testing.TB) string {
	tb.Helper()
	root, err := Root()
	if err != nil {
		tb.Fatal(err)
	}
	return root
}

// BuildTool builds the errcodelint command of the checkout at root into
// dir and returns the binary's path.
func BuildTool(root, dir string) (string, error) {
	bin := filepath.Join(dir, "errcodelint")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/errcodelint")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/errcodelint: %v\n%s", err, out)
	}
	return bin, nil
}

// GoEnv is the environment for go commands (and go/packages) run in a
// module written by WriteModule: no workspace, go.mod and go.sum updated as
// needed.
func GoEnv() []string { return append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod") }

// GoMod is the go.mod of a module named module that requires the checkout
// at root through a replace directive.
func GoMod(module, root string) string {
	return fmt.Sprintf("module %s\n\ngo 1.26.0\n\nrequire %s v0.0.0-00010101000000-000000000000\n\nreplace %s => %s\n",
		module, ModulePath, ModulePath, root)
}

// WriteModule makes dir a module named module that requires the checkout
// at root (GoMod), with the checkout's go.sum.
func WriteModule(tb testing.TB, dir, module, root string) {
	tb.Helper()
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(GoMod(module, root)), 0o644); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644); err != nil {
		tb.Fatal(err)
	}
}
