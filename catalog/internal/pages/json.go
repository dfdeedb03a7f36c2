package pages

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// jsonRow is one object of the JSON catalog format (the export format).
type jsonRow struct {
	Code        *string `json:"code"`
	Status      int     `json:"status"`
	Message     string  `json:"message"`
	Description string  `json:"description"`
	Remedy      string  `json:"remedy"`
	Service     string  `json:"service"`
	Source      string  `json:"source"`
	Module      string  `json:"module"`
}

// lineCounter converts increasing byte offsets to lines in linear total time.
type lineCounter struct {
	data []byte
	off  int
	line int
}

func (lc *lineCounter) at(off int) int {
	if off > len(lc.data) {
		off = len(lc.data)
	}
	if off < lc.off {
		lc.off, lc.line = 0, 1
	}
	lc.line += bytes.Count(lc.data[lc.off:off], []byte{'\n'})
	lc.off = off
	return lc.line
}

func parseJSON(name string, data []byte) ([]Row, error) {
	lc := &lineCounter{data: data, line: 1}
	fail := func(off int, format string, args ...any) error {
		return &Error{File: name, Line: lc.at(off), Msg: fmt.Sprintf(format, args...)}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	tok, err := dec.Token()
	if err != nil {
		return nil, jsonErr(name, data, lc, err, 0)
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, fail(0, "a JSON catalog is an array of objects with keys code, status, message, description, remedy, service, source, module")
	}
	var rows []Row
	for dec.More() {
		start := int(dec.InputOffset())
		for start < len(data) && (data[start] == ',' || data[start] == ' ' || data[start] == '\n' || data[start] == '\r' || data[start] == '\t') {
			start++
		}
		if start < len(data) && data[start] != '{' {
			return nil, fail(start, "array element is not an object")
		}
		var o jsonRow
		if err := dec.Decode(&o); err != nil {
			return nil, jsonErr(name, data, lc, err, start)
		}
		if err := dupKey(name, data, lc, start, int(dec.InputOffset())); err != nil {
			return nil, err
		}
		line := lc.at(start)
		fl := func(format string, args ...any) error {
			return &Error{File: name, Line: line, Msg: fmt.Sprintf(format, args...)}
		}
		if o.Code == nil {
			return nil, fl("object has no \"code\"")
		}
		if err := CheckCode(*o.Code); err != nil {
			return nil, fl("%v", err)
		}
		if o.Status != 0 && (o.Status < 100 || o.Status > 599) {
			return nil, fl("status %d is not 0 (none) or an HTTP status from 100 to 599", o.Status)
		}
		rows = append(rows, Row{
			Code: *o.Code, Status: o.Status, Message: o.Message, Description: o.Description,
			Remedy: o.Remedy, Service: o.Service, Source: o.Source, Module: o.Module, Line: line,
		})
	}
	if _, err := dec.Token(); err != nil {
		return nil, jsonErr(name, data, lc, err, int(dec.InputOffset()))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fail(int(dec.InputOffset()), "unexpected data after the JSON array")
	}
	if len(rows) == 0 {
		return nil, fail(0, "JSON catalog has no rows")
	}
	return rows, nil
}

// dupKey reports a key given twice in the object data[start:end] (which
// decoded without error): encoding/json would silently keep the last value.
// Keys match in any letter case, as encoding/json matches them to fields.
func dupKey(name string, data []byte, lc *lineCounter, start, end int) error {
	type keyAt struct {
		key string
		off int
	}
	var keys map[string]keyAt
	dec := json.NewDecoder(bytes.NewReader(data[start:end]))
	depth := 0
	wantKey := false
	for {
		off := int(dec.InputOffset())
		tok, err := dec.Token()
		if err != nil {
			return nil // the object decoded: only io.EOF is expected here
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				depth++
			case '}', ']':
				depth--
			}
			wantKey = depth == 1
			continue
		case string:
			if depth == 1 && wantKey {
				// off is before the separator and spaces ahead of the key.
				for off < end-start && data[start+off] != '"' {
					off++
				}
				k := strings.ToLower(t)
				if prev, ok := keys[k]; ok {
					msg := fmt.Sprintf("key %q given twice in one object (also at line %d)", t, lc.at(start+prev.off))
					if prev.key != t {
						msg = fmt.Sprintf("key %q given twice in one object (also as %q at line %d)", t, prev.key, lc.at(start+prev.off))
					}
					return &Error{File: name, Line: lc.at(start + off), Msg: msg}
				}
				if keys == nil {
					keys = map[string]keyAt{}
				}
				keys[k] = keyAt{t, off}
				wantKey = false
				continue
			}
		}
		wantKey = depth == 1
	}
}

func jsonErr(name string, data []byte, lc *lineCounter, err error, off int) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return &Error{File: name, Line: lc.at(int(se.Offset)), Msg: "invalid JSON: " + se.Error()}
	case errors.As(err, &te):
		what := te.Value
		return &Error{File: name, Line: lc.at(int(te.Offset)), Msg: fmt.Sprintf("field %q: a JSON %s where a %s is expected", te.Field, what, te.Type)}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &Error{File: name, Line: lc.at(len(data)), Msg: "JSON ends early (unclosed array or object)"}
	}
	return &Error{File: name, Line: lc.at(off), Msg: "invalid JSON: " + err.Error()}
}
