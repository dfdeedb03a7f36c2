// Package config decodes errcodelint's settings: the project configuration
// file .errcodelint.yml (or .errcodelint.yaml) at a module's root, and the
// golangci-lint plugin's settings, which have the same keys so that one
// block can be pasted into both:
//
//	catalog: [docs/undocumented.md]     # extra catalog pages, relative to the file's directory
//	status-funcs: ["example.com/x/common.ConvertExpected400ErrInto404Err=400"]
//	checks: [unknown-code, malformed-code, status-mismatch]
//	constants-pkg: example.com/x/errcodes
//	prose: false
//
// Decoding is strict: an unknown key or a value of the wrong type is an
// error naming the file, line and key. The values themselves (status
// helpers, check names, the constants package) are validated by the
// analyzer, which reports them with the position Settings.Line gives.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// FileNames are the names of the project configuration file, in the order
// they are looked for in a module's root directory.
var FileNames = []string{".errcodelint.yml", ".errcodelint.yaml"}

// The keys of the configuration file and of the plugin's settings.
const (
	KeyCatalog      = "catalog"
	KeyStatusFuncs  = "status-funcs"
	KeyChecks       = "checks"
	KeyConstantsPkg = "constants-pkg"
	KeyProse        = "prose"
)

// Keys lists every key, in documentation order.
var Keys = []string{KeyCatalog, KeyStatusFuncs, KeyChecks, KeyConstantsPkg, KeyProse}

// Settings are decoded settings.
type Settings struct {
	Catalog      []string
	StatusFuncs  []string
	Checks       []string
	ConstantsPkg string
	Prose        bool

	// File is the configuration file the settings come from ("" for the
	// plugin's settings), and Dir its directory, from which relative
	// catalog paths resolve.
	File, Dir string
	// lines maps each key present to its line (0 when unknown).
	lines map[string]int
}

// Has reports whether key was given.
func (s *Settings) Has(key string) bool {
	_, ok := s.lines[key]
	return ok
}

// Present returns the keys given, in documentation order.
func (s *Settings) Present() []string {
	var out []string
	for _, k := range Keys {
		if s.Has(k) {
			out = append(out, k)
		}
	}
	return out
}

// Pos returns "file:line: key" for key, for error messages; for the
// plugin's settings just the key.
func (s *Settings) Pos(key string) string {
	if s.File == "" {
		return key
	}
	if line := s.lines[key]; line > 0 {
		return fmt.Sprintf("%s:%d: %s", s.File, line, key)
	}
	return s.File + ": " + key
}

// Errorf returns an error about the value of key, prefixed by its position.
func (s *Settings) Errorf(key, format string, args ...any) error {
	return fmt.Errorf("%s: %s", s.Pos(key), fmt.Sprintf(format, args...))
}

// CatalogPaths returns the catalog pages with relative paths resolved from
// the file's directory (for the plugin's settings: unchanged).
func (s *Settings) CatalogPaths() []string {
	out := make([]string, len(s.Catalog))
	for i, p := range s.Catalog {
		if s.Dir != "" && !filepath.IsAbs(p) {
			p = filepath.Join(s.Dir, p)
		}
		out[i] = filepath.Clean(p)
	}
	return out
}

// Find returns the path of the configuration file in dir, or "" when there
// is none.
func Find(dir string) string {
	for _, name := range FileNames {
		p := filepath.Join(dir, name)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p
		}
	}
	return ""
}

// Load reads and decodes the configuration file at path.
func Load(path string) (*Settings, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse decodes the contents of the configuration file named name. An
// empty file (or one holding only comments) is valid and sets nothing.
func Parse(name string, data []byte) (*Settings, error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return &Settings{File: name, Dir: filepath.Dir(name)}, nil
		}
		return nil, yamlError(name, err)
	}
	s := &Settings{File: name, Dir: filepath.Dir(name)}
	if err := s.decode(&doc); err != nil {
		return nil, err
	}
	return s, nil
}

// yamlError renders a YAML syntax error as "file:line: message".
func yamlError(name string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var line int
	if _, serr := fmt.Sscanf(msg, "line %d:", &line); serr == nil {
		_, msg, _ = strings.Cut(msg, ": ")
		return fmt.Errorf("%s:%d: %s", name, line, msg)
	}
	return fmt.Errorf("%s: %s", name, msg)
}

// Decode decodes the golangci-lint plugin's settings: the "settings"
// mapping as golangci-lint hands it over (nil when absent).
func Decode(raw any) (*Settings, error) {
	s := &Settings{}
	if raw == nil {
		return s, nil
	}
	data, err := yaml.Marshal(raw)
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	if err := s.decode(&doc); err != nil {
		return nil, err
	}
	return s, nil
}

// decode fills s from a YAML document node.
func (s *Settings) decode(doc *yaml.Node) error {
	n := doc
	if n.Kind == yaml.DocumentNode {
		if len(n.Content) == 0 {
			return nil
		}
		n = n.Content[0]
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		return s.at(n.Line, "", "the settings must be a mapping of keys (%s), not %s", strings.Join(Keys, ", "), kind(n))
	}
	s.lines = make(map[string]int)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := k.Value
		if _, dup := s.lines[key]; dup {
			return s.at(k.Line, key, "key given twice")
		}
		var err error
		switch key {
		case KeyCatalog:
			s.Catalog, err = s.list(k, v)
		case KeyStatusFuncs:
			s.StatusFuncs, err = s.list(k, v)
		case KeyChecks:
			s.Checks, err = s.list(k, v)
		case KeyConstantsPkg:
			s.ConstantsPkg, err = s.str(k, v)
		case KeyProse:
			if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" {
				return s.at(v.Line, key, "want true or false, got %s", kind(v))
			}
			err = v.Decode(&s.Prose)
		default:
			msg := fmt.Sprintf("unknown key (known: %s)", strings.Join(Keys, ", "))
			if near := nearKey(key); near != "" {
				msg = fmt.Sprintf("unknown key; did you mean %s? (known: %s)", near, strings.Join(Keys, ", "))
			}
			return s.at(k.Line, key, "%s", msg)
		}
		if err != nil {
			return err
		}
		s.lines[key] = k.Line
	}
	return nil
}

// list decodes a list of strings; a single string is an error, so that
// "catalog: a.md,b.md" is not silently taken as one file name.
func (s *Settings) list(k, v *yaml.Node) ([]string, error) {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return nil, nil
	}
	if v.Kind != yaml.SequenceNode {
		return nil, s.at(v.Line, k.Value, "want a list of strings, like [a, b], got %s", kind(v))
	}
	out := make([]string, 0, len(v.Content))
	for _, e := range v.Content {
		if e.Kind != yaml.ScalarNode || e.Tag != "!!str" {
			return nil, s.at(e.Line, k.Value, "want a string, got %s", kind(e))
		}
		if t := strings.TrimSpace(e.Value); t != "" {
			out = append(out, t)
		}
	}
	return out, nil
}

func (s *Settings) str(k, v *yaml.Node) (string, error) {
	if v.Kind != yaml.ScalarNode || v.Tag != "!!str" {
		return "", s.at(v.Line, k.Value, "want a string, got %s", kind(v))
	}
	return strings.TrimSpace(v.Value), nil
}

// at returns an error at line of the file, about key.
func (s *Settings) at(line int, key, format string, args ...any) error {
	pos := s.File
	if pos != "" && line > 0 {
		pos = fmt.Sprintf("%s:%d", pos, line)
	}
	msg := fmt.Sprintf(format, args...)
	switch {
	case pos != "" && key != "":
		return fmt.Errorf("%s: %s: %s", pos, key, msg)
	case pos != "":
		return fmt.Errorf("%s: %s", pos, msg)
	case key != "":
		return fmt.Errorf("%s: %s", key, msg)
	}
	return errors.New(msg)
}

// kind describes a node for an error message.
func kind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.AliasNode:
		return "an alias"
	}
	switch n.Tag {
	case "!!str":
		return fmt.Sprintf("the string %q", n.Value)
	case "!!bool":
		return "a boolean"
	case "!!int", "!!float":
		return "the number " + n.Value
	case "!!null":
		return "nothing"
	}
	return n.Value
}

// nearKey returns the known key a misspelled key most likely stands for:
// another separator or letter case, or a plural.
func nearKey(key string) string {
	norm := func(s string) string {
		s = strings.ToLower(strings.NewReplacer("_", "", "-", "", " ", "").Replace(s))
		return strings.TrimSuffix(s, "s")
	}
	nk := norm(key)
	i := slices.IndexFunc(Keys, func(k string) bool { return norm(k) == nk })
	if i < 0 {
		return ""
	}
	return Keys[i]
}
