// Package sarif writes analysis diagnostics as a SARIF 2.1.0 log, the
// format code-scanning dashboards (GitHub code scanning, Azure DevOps,
// SonarQube, ...) ingest.
//
// The types below are a small, typed subset of the SARIF 2.1.0 object model
// (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html): just
// what a linter needs to report rules, results, locations, fixes and the
// tool's own failures. Property names and nesting follow the specification
// exactly; the tests validate the output against the official schema
// (OASIS SARIF 2.1.0 errata01).
//
// What GitHub code scanning reads is filled in: rules with short and full
// descriptions, help text and Markdown, helpUri and the precision,
// problem.severity and tags properties; results with partialFingerprints
// (primaryLocationLineHash computed as GitHub computes it, and a hash of
// the rule, the flagged text and the normalised line); artifact URIs
// relative to a root directory with uriBaseId %SRCROOT%.
package sarif

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Version and Schema identify the SARIF dialect written by this package:
// Schema is the official schema's id.
const (
	Version = "2.1.0"
	Schema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)

// SrcRoot is the uriBaseId that relative artifact locations are resolved
// against; Log.Runs[i].OriginalURIBaseIDs maps it to Builder.BaseDir.
const SrcRoot = "%SRCROOT%"

// FingerprintKey is this package's partialFingerprints key: a hash of the
// rule, the flagged text and the line's text with white space removed,
// and an ordinal among equal hashes in the file (see Builder.Log).
const FingerprintKey = "errcodelintLineHash/v1"

// LineHashKey is the partialFingerprints key GitHub code scanning computes
// (and checks) itself; see LineHashes.
const LineHashKey = "primaryLocationLineHash"

// Log is the top-level sarifLog object.
type Log struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []Run  `json:"runs"`
}

// Run is one invocation of one tool.
type Run struct {
	Tool               Tool                        `json:"tool"`
	Invocations        []Invocation                `json:"invocations,omitempty"`
	OriginalURIBaseIDs map[string]ArtifactLocation `json:"originalUriBaseIds,omitempty"`
	Results            []Result                    `json:"results"`
	ColumnKind         string                      `json:"columnKind,omitempty"`
}

// Tool describes the analysis tool.
type Tool struct {
	Driver ToolComponent `json:"driver"`
}

// ToolComponent is the tool's driver: its name, version and rules.
type ToolComponent struct {
	Name            string                `json:"name"`
	Version         string                `json:"version,omitempty"`
	SemanticVersion string                `json:"semanticVersion,omitempty"`
	InformationURI  string                `json:"informationUri,omitempty"`
	Rules           []ReportingDescriptor `json:"rules,omitempty"`
}

// ReportingDescriptor describes one rule (for errcodelint: one diagnostic
// category).
type ReportingDescriptor struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name,omitempty"`
	ShortDescription     *Message        `json:"shortDescription,omitempty"`
	FullDescription      *Message        `json:"fullDescription,omitempty"`
	Help                 *Message        `json:"help,omitempty"`
	HelpURI              string          `json:"helpUri,omitempty"`
	DefaultConfiguration *Configuration  `json:"defaultConfiguration,omitempty"`
	Properties           *RuleProperties `json:"properties,omitempty"`
}

// RuleProperties is a rule's property bag with the keys GitHub code
// scanning reads.
type RuleProperties struct {
	Precision string   `json:"precision,omitempty"`        // very-high, high, medium or low
	Severity  string   `json:"problem.severity,omitempty"` // error, warning or recommendation
	Tags      []string `json:"tags,omitempty"`
}

// Configuration is a reportingConfiguration.
type Configuration struct {
	Level string `json:"level,omitempty"`
}

// Invocation records whether the run completed and, when it did not, why.
type Invocation struct {
	ExecutionSuccessful        bool           `json:"executionSuccessful"`
	ToolExecutionNotifications []Notification `json:"toolExecutionNotifications,omitempty"`
}

// Notification is a problem the tool met while running (a package that
// failed to load or type-check, an analysis error).
type Notification struct {
	Level     string     `json:"level,omitempty"`
	Message   Message    `json:"message"`
	Locations []Location `json:"locations,omitempty"`
}

// Result is one finding.
type Result struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level,omitempty"`
	Message             Message           `json:"message"`
	Locations           []Location        `json:"locations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
	Fixes               []Fix             `json:"fixes,omitempty"`
}

// Message is a message string: plain text, and optionally Markdown.
type Message struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

// Location is a result location.
type Location struct {
	PhysicalLocation PhysicalLocation `json:"physicalLocation"`
}

// PhysicalLocation is a file and a region in it.
type PhysicalLocation struct {
	ArtifactLocation ArtifactLocation `json:"artifactLocation"`
	Region           *Region          `json:"region,omitempty"`
}

// ArtifactLocation is a URI, relative to UriBaseID when that is set.
type ArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// Region is a text region. Lines and columns are 1-based; columns count
// Unicode code points (Run.ColumnKind is "unicodeCodePoints"); the end
// column is exclusive.
type Region struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// Fix is a proposed fix: a set of changes to files.
type Fix struct {
	Description     *Message         `json:"description,omitempty"`
	ArtifactChanges []ArtifactChange `json:"artifactChanges"`
}

// ArtifactChange is the set of replacements in one file.
type ArtifactChange struct {
	ArtifactLocation ArtifactLocation `json:"artifactLocation"`
	Replacements     []Replacement    `json:"replacements"`
}

// Replacement replaces DeletedRegion with InsertedContent.
type Replacement struct {
	DeletedRegion   Region           `json:"deletedRegion"`
	InsertedContent *ArtifactContent `json:"insertedContent,omitempty"`
}

// ArtifactContent is literal text.
type ArtifactContent struct {
	Text string `json:"text"`
}

// A Rule describes one diagnostic category.
type Rule struct {
	ID           string   // diagnostic category, for example "unknown-code"
	Description  string   // one line (shortDescription)
	Full         string   // a paragraph (fullDescription); Description when empty
	HelpText     string   // plain-text help, for example with a bad and a good example
	HelpMarkdown string   // the same help as Markdown
	HelpURI      string   // documentation
	Level        string   // result level: error, warning (the default) or note
	Precision    string   // very-high, high, medium or low; omitted when empty
	Tags         []string // for example "correctness"
}

// Notice is a problem the tool met while running; Pos may be zero.
type Notice struct {
	Message string
	Pos     Pos
}

// Pos is a position in a file: an absolute file name, a 1-based line and a
// 1-based byte column, as go/token reports it.
type Pos struct {
	File   string
	Line   int
	Column int
}

// Edit replaces the text between Start and End (same file) with NewText.
type Edit struct {
	Start, End Pos
	NewText    string
}

// SuggestedFix is a described set of edits.
type SuggestedFix struct {
	Message string
	Edits   []Edit
}

// Finding is one diagnostic to report.
type Finding struct {
	Rule       string // rule id (diagnostic category)
	Message    string
	Start, End Pos
	Fixes      []SuggestedFix
}

// Builder accumulates findings for one run of one tool.
type Builder struct {
	Tool            string // driver name
	Version         string // driver version, may be empty
	SemanticVersion string // driver version as semver without "v", may be empty
	InformationURI  string // tool home page, may be empty
	Rules           []Rule // known rules, in presentation order
	BaseDir         string // absolute directory %SRCROOT% stands for (see RootDir)
	Failed          bool   // set when the run did not complete (load or analysis errors)

	findings []Finding
	notices  []Notice
	lines    map[string][]string // file -> lines, for byte -> code point columns
	hashes   map[string][]string // file -> LineHashes
}

// Notify records a problem the tool met while running. Notices become the
// invocation's toolExecutionNotifications; a run with notices is not
// successful.
func (b *Builder) Notify(n Notice) {
	b.notices = append(b.notices, n)
}

// Add records a finding. Findings with the same rule, message and range are
// reported once.
func (b *Builder) Add(f Finding) {
	b.findings = append(b.findings, f)
}

// Len reports the number of distinct findings added so far.
func (b *Builder) Len() int { return len(b.dedup()) }

func (b *Builder) dedup() []Finding {
	type key struct {
		rule, msg  string
		start, end Pos
	}
	seen := make(map[key]bool)
	var out []Finding
	for _, f := range b.findings {
		k := key{f.Rule, f.Message, f.Start, f.End}
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, c := out[i].Start, out[j].Start
		if a.File != c.File {
			return a.File < c.File
		}
		if a.Line != c.Line {
			return a.Line < c.Line
		}
		return a.Column < c.Column
	})
	return out
}

// Log returns the SARIF log of everything added.
func (b *Builder) Log() *Log {
	run := Run{
		Tool: Tool{Driver: ToolComponent{
			Name:            b.Tool,
			Version:         b.Version,
			SemanticVersion: b.SemanticVersion,
			InformationURI:  b.InformationURI,
		}},
		Invocations: []Invocation{{ExecutionSuccessful: !b.Failed && len(b.notices) == 0}},
		Results:     []Result{}, // "results": [] means "ran, found nothing"
		ColumnKind:  "unicodeCodePoints",
	}
	if b.BaseDir != "" {
		run.OriginalURIBaseIDs = map[string]ArtifactLocation{SrcRoot: {URI: dirURI(b.BaseDir)}}
	}
	for _, n := range b.notices {
		note := Notification{Level: "error", Message: Message{Text: n.Message}}
		if n.Pos.File != "" {
			note.Locations = []Location{{PhysicalLocation: PhysicalLocation{
				ArtifactLocation: b.artifact(n.Pos.File),
				Region:           b.region(n.Pos, Pos{}),
			}}}
		}
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications, note)
	}
	index := make(map[string]int)
	levels := make(map[string]string)
	addRule := func(r Rule) int {
		if i, ok := index[r.ID]; ok {
			return i
		}
		index[r.ID] = len(run.Tool.Driver.Rules)
		levels[r.ID] = cmp.Or(r.Level, "warning")
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, descriptor(r))
		return index[r.ID]
	}
	for _, r := range b.Rules {
		addRule(r)
	}
	seen := make(map[string]int) // file + fingerprint -> occurrences so far
	for _, f := range b.dedup() {
		id := f.Rule
		if id == "" {
			id = b.Tool
		}
		ruleIndex := addRule(Rule{ID: id})
		res := Result{
			RuleID:    id,
			RuleIndex: ruleIndex,
			Level:     levels[id],
			Message:   Message{Text: f.Message},
			Locations: []Location{{PhysicalLocation: PhysicalLocation{
				ArtifactLocation: b.artifact(f.Start.File),
				Region:           b.region(f.Start, f.End),
			}}},
			PartialFingerprints: b.fingerprints(id, f, seen),
		}
		for _, sf := range f.Fixes {
			if fix, ok := b.fix(sf); ok {
				res.Fixes = append(res.Fixes, fix)
			}
		}
		run.Results = append(run.Results, res)
	}
	return &Log{Schema: Schema, Version: Version, Runs: []Run{run}}
}

// Write writes the log as indented JSON.
func (b *Builder) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b.Log())
}

func (b *Builder) fix(sf SuggestedFix) (Fix, bool) {
	var changes []ArtifactChange
	byFile := make(map[string]int)
	for _, e := range sf.Edits {
		if e.Start.File == "" || e.Start.Line < 1 {
			return Fix{}, false // not expressible as a region
		}
		i, ok := byFile[e.Start.File]
		if !ok {
			i = len(changes)
			byFile[e.Start.File] = i
			changes = append(changes, ArtifactChange{ArtifactLocation: b.artifact(e.Start.File)})
		}
		region := b.region(e.Start, e.End)
		if region == nil {
			return Fix{}, false
		}
		rep := Replacement{DeletedRegion: *region}
		// Pure deletions omit insertedContent.
		if e.NewText != "" {
			rep.InsertedContent = &ArtifactContent{Text: e.NewText}
		}
		changes[i].Replacements = append(changes[i].Replacements, rep)
	}
	if len(changes) == 0 {
		return Fix{}, false
	}
	fix := Fix{ArtifactChanges: changes}
	if sf.Message != "" {
		fix.Description = &Message{Text: sf.Message}
	}
	return fix, true
}

// artifact returns file as a URI relative to BaseDir (with uriBaseId
// %SRCROOT%) when it lies inside it, else as an absolute file URI.
func (b *Builder) artifact(file string) ArtifactLocation {
	if b.BaseDir != "" && filepath.IsAbs(file) {
		if rel, err := filepath.Rel(b.BaseDir, file); err == nil && rel != ".." &&
			!strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return ArtifactLocation{URI: relURI(rel), URIBaseID: SrcRoot}
		}
	}
	if filepath.IsAbs(file) {
		return ArtifactLocation{URI: fileURI(file)}
	}
	return ArtifactLocation{URI: relURI(file)}
}

// region converts go/token byte columns to SARIF code-point columns. It
// returns nil for a position without a line (the whole file).
func (b *Builder) region(start, end Pos) *Region {
	if start.Line < 1 {
		return nil
	}
	r := &Region{StartLine: start.Line, StartColumn: b.column(start)}
	if end.File == start.File && end.Line >= start.Line && end.Line > 0 {
		r.EndLine = end.Line
		r.EndColumn = b.column(end)
		if r.EndLine == r.StartLine && r.EndColumn < r.StartColumn {
			r.EndColumn = r.StartColumn
		}
	}
	if r.StartColumn == 0 {
		r.EndColumn = 0 // a column-less region covers whole lines
	}
	return r
}

// column maps a 1-based byte column to a 1-based code-point column. When
// the file cannot be read the byte column is returned unchanged.
func (b *Builder) column(p Pos) int {
	if p.Column < 1 {
		return 0
	}
	lines := b.fileLines(p.File)
	if p.Line < 1 || p.Line > len(lines) {
		return p.Column
	}
	line := lines[p.Line-1]
	n := min(p.Column-1, len(line))
	return utf8.RuneCountInString(line[:n]) + 1 + max(0, p.Column-1-len(line))
}

// descriptor returns the reportingDescriptor of r.
func descriptor(r Rule) ReportingDescriptor {
	d := ReportingDescriptor{ID: r.ID, Name: ruleName(r.ID), HelpURI: r.HelpURI,
		DefaultConfiguration: &Configuration{Level: cmp.Or(r.Level, "warning")}}
	if r.Description != "" {
		d.ShortDescription = &Message{Text: r.Description}
	}
	if full := cmp.Or(r.Full, r.Description); full != "" {
		d.FullDescription = &Message{Text: full}
	}
	if r.HelpText != "" || r.HelpMarkdown != "" {
		d.Help = &Message{Text: cmp.Or(r.HelpText, r.HelpMarkdown), Markdown: r.HelpMarkdown}
	}
	if r.Precision != "" || len(r.Tags) > 0 || r.Level != "" || r.Description != "" {
		d.Properties = &RuleProperties{Precision: r.Precision, Severity: problemSeverity(cmp.Or(r.Level, "warning")), Tags: r.Tags}
	}
	return d
}

// problemSeverity maps a SARIF level to GitHub's problem.severity.
func problemSeverity(level string) string {
	switch level {
	case "error":
		return "error"
	case "note", "none":
		return "recommendation"
	}
	return "warning"
}

// fingerprints returns the partialFingerprints of f: GitHub's
// primaryLocationLineHash and FingerprintKey, a hash of the rule, the
// flagged text and the line with white space removed, followed by ":N"
// for its N-th occurrence in the file (seen counts them). Neither changes
// when lines are added or removed elsewhere in the file. A finding whose
// file cannot be read has no fingerprints.
func (b *Builder) fingerprints(rule string, f Finding, seen map[string]int) map[string]string {
	lines := b.fileLines(f.Start.File)
	if f.Start.Line < 1 || f.Start.Line > len(lines) {
		return nil
	}
	line := lines[f.Start.Line-1]
	flagged := ""
	if f.End.File == f.Start.File && f.End.Line == f.Start.Line && f.Start.Column >= 1 && f.End.Column > f.Start.Column && f.End.Column-1 <= len(line) {
		flagged = line[f.Start.Column-1 : f.End.Column-1]
	}
	h := sha256.New()
	for _, s := range []string{rule, flagged, strings.Join(strings.Fields(line), "")} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	sum := hex.EncodeToString(h.Sum(nil))[:32]
	seen[f.Start.File+"\x00"+sum]++
	fp := map[string]string{FingerprintKey: sum + ":" + strconv.Itoa(seen[f.Start.File+"\x00"+sum])}
	if b.hashes == nil {
		b.hashes = make(map[string][]string)
	}
	hashes, ok := b.hashes[f.Start.File]
	if !ok {
		if data, err := os.ReadFile(f.Start.File); err == nil {
			hashes = LineHashes(string(data))
		}
		b.hashes[f.Start.File] = hashes
	}
	if f.Start.Line <= len(hashes) && hashes[f.Start.Line-1] != "" {
		fp[LineHashKey] = hashes[f.Start.Line-1]
	}
	return fp
}

// fileLines returns the lines of file, or nil when it cannot be read.
func (b *Builder) fileLines(file string) []string {
	if b.lines == nil {
		b.lines = make(map[string][]string)
	}
	lines, ok := b.lines[file]
	if !ok {
		if data, err := os.ReadFile(file); err == nil {
			lines = strings.Split(string(data), "\n")
		}
		b.lines[file] = lines
	}
	return lines
}

// ruleName turns "unknown-code" into "UnknownCode" (SARIF rule names are
// conventionally PascalCase identifiers).
func ruleName(id string) string {
	var sb strings.Builder
	for _, w := range strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || r == ' ' }) {
		sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return sb.String()
}

func relURI(rel string) string {
	parts := strings.Split(filepath.ToSlash(rel), "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}

func fileURI(abs string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	if !strings.HasPrefix(u.Path, "/") {
		u.Path = "/" + u.Path // Windows drive letters
	}
	return u.String()
}

func dirURI(dir string) string {
	s := fileURI(dir)
	if !strings.HasSuffix(s, "/") {
		s += "/"
	}
	return s
}

// RootDir returns the directory artifact URIs are made relative to, for a
// run started in dir: the nearest directory at or above dir holding .git
// (the repository root, which code-scanning services resolve URIs
// against), else the nearest one holding go.mod (the module root), else
// dir itself. The answer does not depend on which subdirectory the tool
// was started from.
func RootDir(dir string) string {
	for _, marker := range []string{".git", "go.mod"} {
		for d := dir; ; {
			if _, err := os.Stat(filepath.Join(d, marker)); err == nil {
				return d
			}
			parent := filepath.Dir(d)
			if parent == d {
				break
			}
			d = parent
		}
	}
	return dir
}
