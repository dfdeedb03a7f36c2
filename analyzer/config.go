package analyzer

import (
	"fmt"
	"go/token"
	"strconv"
	"strings"

	"github.com/errcodelint/errcodelint/internal/textutil"
)

// DefaultConstantsPkg is the package whose untyped constants the use-constant
// fix refers to unless Config.ConstantsPkg says otherwise.
const DefaultConstantsPkg = "github.com/errcodelint/errcodelint/codes"

// DocURL is the analyzer's documentation link: the README's checks section.
// Each diagnostic links to its check's own section (Check.URL).
const DocURL = docBase + "checks"

const docBase = "https://github.com/errcodelint/errcodelint#"

// Config configures one analyzer instance. The zero value enables every
// check against the built-in catalog.
type Config struct {
	// Catalogs are extra catalog pages (Markdown, HTML or JSON) merged with
	// the built-in catalog. Relative paths are resolved from the module root.
	Catalogs []string
	// StatusFuncs ties the code arguments of helper functions to a status:
	// "importpath.Func=400" or "importpath.(*Type).Method=404".
	StatusFuncs []string
	// Checks lists the enabled categories; empty means all.
	Checks []string
	// ConstantsPkg is the import path of the package whose untyped
	// constants the use-constant fix uses; empty means DefaultConstantsPkg.
	ConstantsPkg string
	// Prose enables checking codes mentioned inside longer strings (log and
	// error messages) for unknown-code and malformed-code.
	Prose bool
	// Given lists the keys of the project configuration file (catalog,
	// status-funcs, checks, constants-pkg, prose) whose values in this
	// Config override the file's even when zero, as the golangci-lint
	// plugin's settings do. A non-zero field, or a flag set on the
	// analyzer, overrides the file's key anyway.
	Given []string
	// SkipNonTestFilesInTestVariants makes the pass over a package's test
	// variant (the package compiled with its internal _test.go files)
	// check only the _test.go files. Set it only for a driver that also
	// analyzes every such package without its tests, as the standalone
	// errcodelint command does (go/packages with Tests): each non-test file
	// is then checked once, in the build it belongs to, instead of twice.
	// go vet analyzes only the test variant of a package with internal
	// tests, and golangci-lint may too: there it must stay false, or the
	// non-test files would not be checked at all.
	SkipNonTestFilesInTestVariants bool
}

// StatusFunc is one parsed -status-funcs entry.
type StatusFunc struct {
	// Key is the function's types.Func.FullName(): "path.Func" or
	// "(*path.Type).Method" / "(path.Type).Method".
	Key    string
	Status int
}

// ParseStatusFunc parses "importpath.Func=400" or
// "importpath.(*Type).Method=404" (also "importpath.(Type).Method=404").
func ParseStatusFunc(spec string) (StatusFunc, error) {
	spec = strings.TrimSpace(spec)
	bad := func(format string, args ...any) (StatusFunc, error) {
		return StatusFunc{}, fmt.Errorf("bad -status-funcs entry %q: %s (want importpath.Func=400 or importpath.(*Type).Method=404)", spec, fmt.Sprintf(format, args...))
	}
	eq := strings.LastIndexByte(spec, '=')
	if eq < 0 {
		return bad("missing =STATUS")
	}
	fn, st := strings.TrimSpace(spec[:eq]), strings.TrimSpace(spec[eq+1:])
	status, err := strconv.Atoi(st)
	if err != nil {
		return bad("status %q is not a number", st)
	}
	if status < 100 || status > 599 {
		return bad("status %d is not an HTTP status (100-599)", status)
	}
	if i := strings.Index(fn, ".("); i >= 0 {
		path, rest := fn[:i], fn[i+1:]
		if err := checkImportPath(path); err != nil {
			return bad("%v", err)
		}
		end := strings.IndexByte(rest, ')')
		if end < 0 || end+1 >= len(rest) || rest[end+1] != '.' {
			return bad("method must be written (*Type).Method or (Type).Method")
		}
		recv, method := rest[1:end], rest[end+2:]
		ptr := strings.HasPrefix(recv, "*")
		recv = strings.TrimPrefix(recv, "*")
		if !token.IsIdentifier(recv) {
			return bad("receiver type %q is not an identifier", recv)
		}
		if !token.IsIdentifier(method) {
			return bad("method name %q is not an identifier", method)
		}
		star := ""
		if ptr {
			star = "*"
		}
		return StatusFunc{Key: "(" + star + path + "." + recv + ")." + method, Status: status}, nil
	}
	slash := strings.LastIndexByte(fn, '/')
	dot := strings.LastIndexByte(fn, '.')
	if dot <= slash || dot < 0 {
		return bad("missing importpath before the function name")
	}
	path, name := fn[:dot], fn[dot+1:]
	if err := checkImportPath(path); err != nil {
		return bad("%v", err)
	}
	if !token.IsIdentifier(name) {
		return bad("function name %q is not an identifier", name)
	}
	return StatusFunc{Key: path + "." + name, Status: status}, nil
}

func checkImportPath(path string) error {
	if path == "" {
		return fmt.Errorf("empty import path")
	}
	for _, r := range path {
		if r <= ' ' || strings.ContainsRune("\"'`\\()*=,;", r) {
			return fmt.Errorf("import path %q contains %q", path, r)
		}
	}
	return nil
}

// ParseStatusFuncs parses every entry and maps function keys to statuses. A
// function configured twice with different statuses is an error.
func ParseStatusFuncs(specs []string) (map[string]int, error) {
	out := make(map[string]int, len(specs))
	for _, spec := range specs {
		if strings.TrimSpace(spec) == "" {
			continue
		}
		sf, err := ParseStatusFunc(spec)
		if err != nil {
			return nil, err
		}
		if prev, ok := out[sf.Key]; ok && prev != sf.Status {
			return nil, fmt.Errorf("bad -status-funcs: %s configured with both %d and %d", sf.Key, prev, sf.Status)
		}
		out[sf.Key] = sf.Status
	}
	return out, nil
}

// listFlag is a comma-separated list flag that validates each value.
type listFlag struct {
	dst   *[]string
	check func([]string) error
}

func (f listFlag) String() string {
	if f.dst == nil {
		return ""
	}
	return strings.Join(*f.dst, ",")
}

func (f listFlag) Set(s string) error {
	list := textutil.SplitList(s)
	if f.check != nil {
		if err := f.check(list); err != nil {
			return err
		}
	}
	*f.dst = list
	return nil
}

// pkgFlag is the -constants-pkg flag.
type pkgFlag struct{ dst *string }

func (f pkgFlag) String() string {
	if f.dst == nil || *f.dst == "" {
		return DefaultConstantsPkg
	}
	return *f.dst
}

func (f pkgFlag) Set(s string) error {
	s = strings.TrimSpace(s)
	if err := checkImportPath(s); err != nil {
		return fmt.Errorf("bad -constants-pkg: %v", err)
	}
	*f.dst = s
	return nil
}
