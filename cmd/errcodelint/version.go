package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"

	"golang.org/x/mod/semver"

	"github.com/errcodelint/errcodelint/catalog"
)

// buildVersion describes the running executable from its build
// information: the main module's version (a release tag, or the
// pseudo-version the go command derives from the checkout), else the VCS
// revision and time, else "devel".
type buildVersion struct {
	Version  string // v0.1.0, v0.0.0-20261201093000-2d13a65e3f1c+dirty, or "devel"
	Revision string // VCS revision, may be empty
	Time     string // VCS commit time, may be empty
	Modified bool   // built from a checkout with uncommitted changes
	Go       string // Go version that built it
}

func readBuildVersion() buildVersion {
	v := buildVersion{Version: "devel", Go: runtime.Version()}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	v.Go = bi.GoVersion
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Revision = s.Value
		case "vcs.time":
			v.Time = s.Value
		case "vcs.modified":
			v.Modified = s.Value == "true"
		}
	}
	switch {
	case bi.Main.Version != "" && bi.Main.Version != "(devel)":
		v.Version = bi.Main.Version
	case v.Revision != "":
		v.Version = "devel " + shortRev(v.Revision)
		if v.Modified {
			v.Version += "+dirty"
		}
	}
	return v
}

// String is the one-line version: the module version, or the revision.
func (v buildVersion) String() string { return v.Version }

// Semantic returns the version as SARIF's semanticVersion wants it (semver
// 2.0 without the "v"), or "" when it is not one.
func (v buildVersion) Semantic() string {
	if semver.IsValid(v.Version) {
		return strings.TrimPrefix(v.Version, "v")
	}
	return ""
}

func shortRev(rev string) string { return rev[:min(12, len(rev))] }

// pageDigest identifies the rows the binary holds from one built-in page.
type pageDigest struct {
	Source  string // page file name under catalog/source
	Service string
	Rows    int
	Digest  string // first 16 hex digits of the SHA-256 of the page's rows
}

// catalogDigests returns one digest per built-in page, in catalog order:
// the SHA-256 of every field of the page's rows, so two binaries with the
// same digests check against the same catalog.
func catalogDigests() []pageDigest {
	var out []pageDigest
	var hashes []hash.Hash
	index := map[string]int{}
	for _, e := range catalog.Default().Entries() {
		i, ok := index[e.Source]
		if !ok {
			i = len(out)
			index[e.Source] = i
			out = append(out, pageDigest{Source: e.Source, Service: e.Service})
			hashes = append(hashes, sha256.New())
		}
		out[i].Rows++
		fmt.Fprintf(hashes[i], "%q %d %q %q %q %q %q %d\n", e.Code, e.Status, e.Message, e.Description, e.Remedy, e.Service, e.Module, e.Line)
	}
	for i := range out {
		out[i].Digest = hex.EncodeToString(hashes[i].Sum(nil))[:16]
	}
	return out
}

// printVersion writes the output of "errcodelint version" and -V.
func printVersion(w io.Writer) {
	v := readBuildVersion()
	fmt.Fprintf(w, "errcodelint %s\n", v)
	if v.Revision != "" {
		fmt.Fprintf(w, "revision: %s", v.Revision)
		if v.Time != "" {
			fmt.Fprintf(w, " (%s)", v.Time)
		}
		if v.Modified {
			fmt.Fprint(w, ", with uncommitted changes")
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "built with: %s %s/%s\n", v.Go, runtime.GOOS, runtime.GOARCH)
	pages := catalogDigests()
	rows := 0
	for _, p := range pages {
		rows += p.Rows
	}
	fmt.Fprintf(w, "built-in catalog: %d rows from %d pages (SHA-256 of each page's rows)\n", rows, len(pages))
	for _, p := range pages {
		fmt.Fprintf(w, "  %-14s %-10s %4d rows  %s\n", p.Source, p.Service, p.Rows, p.Digest)
	}
}

// printVetVersion writes the -V=full line go vet reads to key its cache:
// "NAME version devel ... buildID=HASH", where HASH is the SHA-256 of the
// executable (which embeds the built-in catalog), as
// golang.org/x/tools/go/analysis/internal/analysisflags prints it. With
// "devel" the go command keys on the buildID only, so every rebuild is
// noticed; the module version stands where x/tools prints a placeholder.
func printVetVersion(w io.Writer) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	f, err := os.Open(exe)
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return err
	}
	version := "devel"
	if v := readBuildVersion().Version; v != "devel" {
		version += " " + strings.ReplaceAll(v, " ", "-")
	}
	_, err = fmt.Fprintf(w, "%s version %s buildID=%x\n", exe, version, h.Sum(nil))
	return err
}

// versionArg reports whether args ask for the version (-V, --V, -V=full,
// -V=true) before any "--", and whether it is the -V=full form.
func versionArg(args []string) (asked, full bool) {
	for _, a := range args {
		if a == "--" {
			return false, false
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if name == "V" {
			return true, hasValue && value == "full"
		}
	}
	return false, false
}
