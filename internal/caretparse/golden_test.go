package caretparse

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	. "github.com/taipanpy/taipan/objects"
)

// The golden traceback tests rebuild, in Go, the exceptions that the programs of
// testdata/cases.py raised under CPython 3.13 (recorded with their tracebacks'
// positions in cases.json by gen.py) and compare the formatter's text with CPython's.

type goldenFrame struct {
	File      string `json:"file"`
	Name      string `json:"name"`
	Lineno    *int   `json:"lineno"`
	EndLineno *int   `json:"end_lineno"`
	Colno     *int   `json:"colno"`
	EndColno  *int   `json:"end_colno"`
}

type goldenExc struct {
	Type     string        `json:"type"`
	Args     []any         `json:"args"`
	Message  *string       `json:"message"`
	Members  []int         `json:"members"`
	Notes    []string      `json:"notes"`
	Cause    *int          `json:"cause"`
	Context  *int          `json:"context"`
	Suppress bool          `json:"suppress"`
	Frames   []goldenFrame `json:"frames"`
}

type goldenCase struct {
	Case       string      `json:"case"`
	Exceptions []goldenExc `json:"exceptions"`
	Text       string      `json:"text"`
}

// testFrame stands for an interpreter frame in a traceback entry.
type testFrame struct{ fs FrameSummary }

func (*testFrame) Type() *Type { return ObjectType }

func jsonArg(v any) Object {
	switch x := v.(type) {
	case string:
		return NewStr(x)
	case float64:
		return NewInt(int64(x))
	case map[string]any:
		var items []Object
		for _, it := range x["tuple"].([]any) {
			if it == nil {
				items = append(items, None)
			} else {
				items = append(items, jsonArg(it))
			}
		}
		return NewTuple(items)
	}
	return None
}

// buildGolden makes the recorded exceptions, members before the groups holding them.
func buildGolden(t *testing.T, recs []goldenExc) *BaseException {
	excs := make([]*BaseException, len(recs))
	var build func(i int) *BaseException
	build = func(i int) *BaseException {
		if excs[i] != nil {
			return excs[i]
		}
		r := recs[i]
		cls := BuiltinExceptions[r.Type]
		if cls == nil {
			t.Fatalf("no class %s", r.Type)
		}
		var e *BaseException
		if r.Message != nil {
			var members []Object
			for _, m := range r.Members {
				members = append(members, build(m))
			}
			var err error
			e, err = CallException(nil, cls, []Object{NewStr(*r.Message), NewList(members)}, nil)
			if err != nil {
				t.Fatal(err)
			}
		} else {
			var args []Object
			for _, a := range r.Args {
				args = append(args, jsonArg(a))
			}
			e = NewException(cls, args...)
		}
		for _, n := range r.Notes {
			if err := e.AddNote(nil, NewStr(n)); err != nil {
				t.Fatal(err)
			}
		}
		var tb *Traceback
		for k := len(r.Frames) - 1; k >= 0; k-- {
			f := r.Frames[k]
			fs := FrameSummary{Filename: f.File, Name: f.Name, Lineno: *f.Lineno, Colno: -1, EndColno: -1}
			if f.EndLineno != nil {
				fs.EndLineno = *f.EndLineno
			}
			if f.Colno != nil && f.EndColno != nil {
				fs.Colno, fs.EndColno = *f.Colno, *f.EndColno
			}
			tb = NewTraceback(tb, &testFrame{fs}, 0, fs.Lineno)
		}
		e.SetTraceback(tb)
		excs[i] = e
		return e
	}
	for i := range recs {
		build(i)
	}
	for i, r := range recs {
		if r.Cause != nil {
			excs[i].SetCause(excs[*r.Cause])
		}
		if r.Context != nil {
			excs[i].SetContext(excs[*r.Context])
		}
		excs[i].SetSuppressContext(r.Suppress)
	}
	return excs[0]
}

// sourceLines reads the recorded programs' lines as linecache would.
func sourceLines(t *testing.T) func(string, int) string {
	cache := map[string][]string{}
	return func(file string, n int) string {
		lines, ok := cache[file]
		if !ok {
			b, err := os.ReadFile(filepath.Join("testdata", file))
			if err == nil {
				lines = strings.Split(string(b), "\n")
			}
			cache[file] = lines
		}
		if n < 1 || n > len(lines) {
			return ""
		}
		return lines[n-1]
	}
}

func loadGolden(t *testing.T) []goldenCase {
	b, err := os.ReadFile(filepath.Join("testdata", "cases.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

func goldenFormatter(t *testing.T, parser SourceParser) *TracebackFormatter {
	return &TracebackFormatter{
		Frame:  func(tb *Traceback) FrameSummary { return tb.Frame.(*testFrame).fs },
		Line:   sourceLines(t),
		Parser: parser,
	}
}

// TestGoldenTracebacks checks every recorded case against CPython's text.
func TestGoldenTracebacks(t *testing.T) {
	ReadyBuiltinTypes()
	for _, c := range loadGolden(t) {
		exc := buildGolden(t, c.Exceptions)
		got := goldenFormatter(t, Parser{}).Format(nil, exc)
		if got != c.Text {
			t.Errorf("%s:\n--- got\n%s--- want\n%s", c.Case, got, c.Text)
		}
	}
}
