package parser

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/tokenizer"
)

// The expected outputs in testdata were produced by CPython 3.13 with testdata/regen.py.

func TestGoldenAST(t *testing.T) {
	files, err := filepath.Glob("testdata/ast/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden sources: %v", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			mod, err := Parse(src, filepath.Base(path), Exec)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			base := strings.TrimSuffix(path, ".py")
			for _, attrs := range []bool{false, true} {
				ext := ".dump"
				if attrs {
					ext = ".attrs"
				}
				want, err := os.ReadFile(base + ext)
				if err != nil {
					t.Fatal(err)
				}
				got := ast.Dump(mod, attrs)
				if got != strings.TrimSuffix(string(want), "\n") {
					t.Errorf("%s differs:\n%s", ext, firstDiff(got, string(want)))
				}
			}
		})
	}
}

// firstDiff shows the text around the first difference.
func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := max(i-120, 0)
	return "got:  ..." + got[lo:min(i+120, len(got))] + "\nwant: ..." + want[lo:min(i+120, len(want))]
}

// chunks splits a testdata file into '### header' cases, as regen.py does.
func chunks(t *testing.T, path string) (headers, sources []string) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cur []string
	inCase := false
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if strings.HasPrefix(line, "### ") {
			if inCase {
				sources = append(sources, strings.Join(cur, ""))
			}
			headers = append(headers, strings.TrimRight(line[4:], "\n"))
			cur, inCase = nil, true
			continue
		}
		if line != "" {
			cur = append(cur, line)
		}
	}
	if inCase {
		sources = append(sources, strings.Join(cur, ""))
	}
	return headers, sources
}

func readJSONLines[T any](t *testing.T, path string) []T {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

func TestGoldenModes(t *testing.T) {
	type golden struct{ Case, Dump string }
	headers, sources := chunks(t, "testdata/modes.txt")
	want := readJSONLines[golden](t, "testdata/modes.golden")
	if len(want) != len(headers) {
		t.Fatalf("%d cases but %d golden results: run regen.py", len(headers), len(want))
	}
	modes := map[string]Mode{"exec": Exec, "eval": Eval, "single": Single, "func_type": FuncType}
	for i, h := range headers {
		mod, err := Parse([]byte(sources[i]), "<test>", modes[strings.Fields(h)[0]])
		if err != nil {
			t.Errorf("%s: %v", h, err)
			continue
		}
		if got := ast.Dump(mod, true); got != want[i].Dump {
			t.Errorf("%s:\n%s", h, firstDiff(got, want[i].Dump))
		}
	}
}

func TestGoldenErrors(t *testing.T) {
	type golden struct {
		Case, Type, Msg                      string
		Lineno, Offset, EndLineno, EndOffset int
	}
	headers, sources := chunks(t, "testdata/errors.txt")
	want := readJSONLines[struct {
		Case      string `json:"case"`
		Type      string `json:"type"`
		Msg       string `json:"msg"`
		Lineno    int    `json:"lineno"`
		Offset    int    `json:"offset"`
		EndLineno int    `json:"end_lineno"`
		EndOffset int    `json:"end_offset"`
	}](t, "testdata/errors.golden")
	if len(want) != len(headers) {
		t.Fatalf("%d cases but %d golden results: run regen.py", len(headers), len(want))
	}
	failures := 0
	for i, h := range headers {
		w := golden{want[i].Case, want[i].Type, want[i].Msg, want[i].Lineno, want[i].Offset, want[i].EndLineno, want[i].EndOffset}
		_, err := Parse([]byte(sources[i]), "<test>", Exec)
		se, ok := err.(*tokenizer.SyntaxError)
		if !ok {
			t.Errorf("%s: got %v, want %s: %s", h, err, w.Type, w.Msg)
			failures++
			continue
		}
		g := golden{h, se.Type, se.Msg, se.Lineno, se.Offset, se.EndLineno, se.EndOffset}
		if g != w {
			t.Errorf("%s:\n got  %s: %s (%d:%d-%d:%d)\n want %s: %s (%d:%d-%d:%d)", h,
				g.Type, g.Msg, g.Lineno, g.Offset, g.EndLineno, g.EndOffset,
				w.Type, w.Msg, w.Lineno, w.Offset, w.EndLineno, w.EndOffset)
			failures++
		}
	}
	t.Logf("%d/%d error cases match", len(headers)-failures, len(headers))
}
