package symtable

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/taipanpy/taipan/compile/future"
	"github.com/taipanpy/taipan/compile/internal/astjson"
	"github.com/taipanpy/taipan/tokenizer"
)

// goldenCase is one case of testdata/*.golden.json, written by
// testdata/gen_symtable.py from CPython 3.13.
type goldenCase struct {
	Name   string          `json:"name"`
	Source string          `json:"source"`
	AST    json.RawMessage `json:"ast"`
	Dump   string          `json:"dump"`
	Error  *struct {
		Msg       string `json:"msg"`
		Lineno    int    `json:"lineno"`
		Offset    int    `json:"offset"`
		EndLineno int    `json:"end_lineno"`
		EndOffset *int   `json:"end_offset"`
	} `json:"error"`
}

func loadGolden(t *testing.T, name string) []goldenCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

// build runs the future scan and Build on a golden case's AST.
func build(t *testing.T, c goldenCase) (*Table, error) {
	t.Helper()
	mod, err := astjson.Module(c.AST)
	if err != nil {
		t.Fatalf("decoding AST: %v", err)
	}
	feat, err := future.Parse(mod, "<case>")
	if err != nil {
		return nil, err
	}
	return Build(mod, "<case>", feat.Flags)
}

func runGolden(t *testing.T, file string) {
	cases := loadGolden(t, file)
	if len(cases) == 0 {
		t.Fatal("no cases")
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			table, err := build(t, c)
			if c.Error != nil {
				checkError(t, c, err)
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v\nsource:\n%s", err, c.Source)
			}
			if got := Dump(table.Top); got != c.Dump {
				t.Errorf("source:\n%s\ngot:\n%s\nwant:\n%s", c.Source, got, c.Dump)
			}
		})
	}
}

func checkError(t *testing.T, c goldenCase, err error) {
	t.Helper()
	var se *tokenizer.SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("want SyntaxError %q, got %v\nsource:\n%s", c.Error.Msg, err, c.Source)
	}
	want := *c.Error
	endOffset := 0
	if want.EndOffset != nil {
		endOffset = *want.EndOffset
	}
	if se.Type != "SyntaxError" || se.Msg != want.Msg || se.Lineno != want.Lineno || se.Offset != want.Offset ||
		se.EndLineno != want.EndLineno || se.EndOffset != endOffset {
		t.Errorf("source:\n%s\ngot  %s %q at %d:%d-%d:%d\nwant SyntaxError %q at %d:%d-%d:%d", c.Source,
			se.Type, se.Msg, se.Lineno, se.Offset, se.EndLineno, se.EndOffset,
			want.Msg, want.Lineno, want.Offset, want.EndLineno, endOffset)
	}
	if se.Filename != "<case>" {
		t.Errorf("filename %q", se.Filename)
	}
}

// TestScopes compares the symbol tables of a corpus of snippets with CPython's.
func TestScopes(t *testing.T) { runGolden(t, "scopes.golden.json") }

// TestErrors checks every SyntaxError the symbol table raises: message and position.
func TestErrors(t *testing.T) { runGolden(t, "errors.golden.json") }

// TestGoldenSourcesMatchInputs guards against editing a .txt file without
// regenerating its golden file.
func TestGoldenSourcesMatchInputs(t *testing.T) {
	for _, base := range []string{"scopes", "errors"} {
		data, err := os.ReadFile(filepath.Join("testdata", base+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "### ") {
				names = append(names, strings.TrimSpace(line[4:]))
			}
		}
		cases := loadGolden(t, base+".golden.json")
		if len(cases) != len(names) {
			t.Fatalf("%s: %d cases in .txt, %d in golden file; run compile/testdata/regen.sh", base, len(names), len(cases))
		}
		for i, c := range cases {
			if c.Name != names[i] {
				t.Errorf("%s: case %d is %q in .txt, %q in golden file", base, i, names[i], c.Name)
			}
		}
	}
}
