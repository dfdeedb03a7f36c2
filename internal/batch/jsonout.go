package batch

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
)

// jsonTree is the -json output of go/analysis drivers (singlechecker,
// unitchecker): package ID -> analyzer name -> a list of diagnostics or
// {"error": "..."}. x/tools prints it with an internal package
// (internal/analysis/driverutil.JSONTree), so the batching driver
// reproduces it here, field for field; a test checks that both drivers
// print the same. It holds only strings, so a batch's syntax and types are
// not kept alive by it.
type jsonTree map[string]map[string]any

type jsonError struct {
	Err string `json:"error"`
}

type jsonTextEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

type jsonSuggestedFix struct {
	Message string         `json:"message"`
	Edits   []jsonTextEdit `json:"edits"`
}

type jsonDiagnostic struct {
	Category       string                   `json:"category,omitempty"`
	Posn           string                   `json:"posn"`
	End            string                   `json:"end"`
	Message        string                   `json:"message"`
	SuggestedFixes []jsonSuggestedFix       `json:"suggested_fixes,omitempty"`
	Related        []jsonRelatedInformation `json:"related,omitempty"`
}

type jsonRelatedInformation struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

// addGraph adds a graph's results as checker.Graph.PrintJSON does:
// diagnostics of the root actions, errors of every action.
func (t jsonTree) addGraph(g *checker.Graph) {
	for act := range g.All() {
		var diags []analysis.Diagnostic
		if act.IsRoot {
			diags = act.Diagnostics
		}
		t.add(act.Package.Fset, act.Package.ID, act.Analyzer.Name, diags, act.Err)
	}
}

func (t jsonTree) add(fset *token.FileSet, id, name string, diags []analysis.Diagnostic, err error) {
	var v any
	if err != nil {
		v = jsonError{err.Error()}
	} else if len(diags) > 0 {
		list := make([]jsonDiagnostic, 0, len(diags))
		for _, d := range diags {
			var fixes []jsonSuggestedFix
			for _, fix := range d.SuggestedFixes {
				var edits []jsonTextEdit
				for _, e := range fix.TextEdits {
					edits = append(edits, jsonTextEdit{
						Filename: fset.Position(e.Pos).Filename,
						Start:    fset.Position(e.Pos).Offset,
						End:      fset.Position(e.End).Offset,
						New:      string(e.NewText),
					})
				}
				fixes = append(fixes, jsonSuggestedFix{Message: fix.Message, Edits: edits})
			}
			var related []jsonRelatedInformation
			for _, r := range d.Related {
				related = append(related, jsonRelatedInformation{
					Posn:    fset.Position(r.Pos).String(),
					End:     fset.Position(cmp.Or(r.End, r.Pos)).String(),
					Message: r.Message,
				})
			}
			list = append(list, jsonDiagnostic{
				Category:       d.Category,
				Posn:           fset.Position(d.Pos).String(),
				End:            fset.Position(cmp.Or(d.End, d.Pos)).String(),
				Message:        d.Message,
				SuggestedFixes: fixes,
				Related:        related,
			})
		}
		v = list
	}
	if v != nil {
		t.set(id, name, v)
	}
}

// addError records err as the result called name for package id; a nil
// tree (no -json) records nothing.
func (t jsonTree) addError(id, name, err string) {
	if t == nil {
		return
	}
	if old, ok := t[id][name].(jsonError); ok {
		err = old.Err + "\n" + err
	}
	t.set(id, name, jsonError{err})
}

func (t jsonTree) set(id, name string, v any) {
	m, ok := t[id]
	if !ok {
		m = make(map[string]any)
		t[id] = m
	}
	m[name] = v
}

func (t jsonTree) print(w io.Writer) error {
	data, err := json.MarshalIndent(t, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}
