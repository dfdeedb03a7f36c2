// Package integration holds end-to-end tests of the ways users run
// errcodelint: the standalone command (exit codes, -fix, -V=full, SARIF),
// go vet -vettool, the go tool directive, a custom golangci-lint v2 binary
// with the module plugin, and pre-commit hooks. They build real binaries
// and run real tools, so they live in their own package where their cost
// is visible: go test -v ./internal/integration/ reports each one's time.
// With -short the slowest (the custom golangci-lint build, pre-commit and
// the tool directive) are skipped.
package integration
