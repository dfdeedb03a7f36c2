package catalog

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/errcodelint/errcodelint/internal/codeshape"
)

// MaxFileSize is the largest catalog file ReadPage and Load accept.
const MaxFileSize = 64 << 20

// Prose returns the text of the pages outside their error-code tables (see
// Prose), for catalogs built by Default and Load; nil for New.
func (c *Catalog) Prose() []Prose { return c.prose }

// Load returns the built-in catalog (Default) merged with the user's catalog
// files, in the formats ParsePage accepts (Markdown pages with Markdown or
// HTML tables, or JSON in the export format). With no paths it returns
// Default().
//
// Rows of the files are appended after the built-in rows, in the order of
// paths and then of each file. A row equal in every exported field (code,
// status, message, description, remedy, service, source, module) to a row
// already loaded is skipped, so loading an export of the catalog changes
// nothing; every other row is kept, even when it documents a known code
// again (the catalog audit reports such repeats). Errors name the file, the
// line and what is wrong: an unreadable or missing file, a directory, a file
// that is empty, binary, not UTF-8 or larger than MaxFileSize, a page the
// parser does not understand, a path given twice, and codes or families that
// collide with known ones (the same code or prefix spelled with another case
// or separator); a collision names both files as given, with their lines.
func Load(paths ...string) (*Catalog, error) {
	if len(paths) == 0 {
		return Default(), nil
	}
	base := builtinEntries()
	entries := make([]Entry, len(base), len(base)+64)
	copy(entries, base)
	prose := builtinProse()
	owners := builtinOwners()
	seen := make(map[string]bool, len(entries))
	for _, e := range entries {
		seen[entryKey(e)] = true
	}
	// Who spells each code and each family first, for errors that name
	// both files as given (New only knows base names).
	var set codeshape.Set
	origins := map[string]origin{}
	for _, e := range entries {
		claim(&set, origins, origin{code: string(e.Code)})
	}
	seenPath := map[string]string{}
	for _, p := range paths {
		if strings.TrimSpace(p) == "" {
			return nil, errors.New("catalog: empty catalog file name")
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			abs = p
		}
		if prev, ok := seenPath[abs]; ok {
			return nil, &ParseError{File: p, Msg: fmt.Sprintf("catalog file given twice (also as %s)", prev)}
		}
		seenPath[abs] = p
		page, err := ReadPage(p)
		if err != nil {
			return nil, err
		}
		for i, e := range page.Entries {
			k := entryKey(e)
			if seen[k] {
				continue
			}
			if err := claim(&set, origins, origin{code: string(e.Code), file: p, line: page.lines[i]}); err != nil {
				return nil, err
			}
			seen[k] = true
			entries = append(entries, e)
		}
		prose = append(prose, page.Prose...)
		for _, f := range page.Owns {
			owners = append(owners, Owner{Family: f, Source: page.Source})
		}
	}
	c, err := New(entries)
	if err != nil {
		return nil, err
	}
	c.prose = prose
	c.setOwners(owners)
	return c, nil
}

// origin is where a code was first spelled: a file as given to Load and a
// line, or the built-in catalog (file "").
type origin struct {
	code string
	file string
	line int
}

func (o origin) String() string {
	if o.file == "" {
		return "the built-in catalog"
	}
	return fmt.Sprintf("%s:%d", o.file, o.line)
}

// claim adds o's code to set (New's checks) and records where each code is
// first spelled; a conflict is an error naming both origins.
func claim(set *codeshape.Set, origins map[string]origin, o origin) error {
	var c *codeshape.Conflict
	if err := set.Add(o.code); !errors.As(err, &c) {
		if _, ok := origins[o.code]; !ok {
			origins[o.code] = o
		}
		return err
	}
	prev := origins[c.Prev]
	if !c.Family {
		return &ParseError{File: o.file, Line: o.line, Msg: fmt.Sprintf("code %q collides with %q of %s (they differ only in case or separator)", o.code, c.Prev, prev)}
	}
	pp, psep, digits, _ := codeshape.Split(c.Prev)
	return &ParseError{File: o.file, Line: o.line, Msg: fmt.Sprintf("code %q does not follow the spelling %s%c%s of its family in %s", o.code, pp, psep, strings.Repeat("N", len(digits)), prev)}
}

func entryKey(e Entry) string {
	return strings.Join([]string{string(e.Code), strconv.Itoa(e.Status), e.Message, e.Description, e.Remedy, e.Service, e.Source, e.Module}, "\x00")
}

// ReadPage reads and parses one catalog file (see ParsePage). Errors are
// *ParseError values naming path.
func ReadPage(path string) (*Page, error) {
	return readPage(path, os.Stat, func(p string) (io.ReadCloser, error) { return os.Open(p) })
}

func readPage(path string, stat func(string) (fs.FileInfo, error), open func(string) (io.ReadCloser, error)) (*Page, error) {
	fail := func(format string, args ...any) error {
		return &ParseError{File: path, Msg: fmt.Sprintf(format, args...)}
	}
	fi, err := stat(path)
	if err != nil {
		return nil, fail("cannot read catalog file: %v", osReason(err))
	}
	if fi.IsDir() {
		return nil, fail("is a directory, not a catalog file")
	}
	if !fi.Mode().IsRegular() {
		return nil, fail("not a regular file (%v)", fi.Mode().Type())
	}
	if fi.Size() > MaxFileSize {
		return nil, fail("file is larger than %d MiB", MaxFileSize>>20)
	}
	f, err := open(path)
	if err != nil {
		return nil, fail("cannot read catalog file: %v", osReason(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fail("cannot read catalog file: %v", osReason(err))
	}
	if len(data) > MaxFileSize {
		return nil, fail("file is larger than %d MiB", MaxFileSize>>20)
	}
	return ParsePage(path, data)
}

// osReason strips the operation and path that the caller names anyway.
func osReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
