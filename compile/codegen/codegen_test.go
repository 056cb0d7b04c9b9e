package codegen

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/taipanpy/taipan/compile/future"
	"github.com/taipanpy/taipan/compile/internal/astjson"
	"github.com/taipanpy/taipan/compile/symtable"
	"github.com/taipanpy/taipan/tokenizer"
)

// goldenCase is one case of a testdata/*.golden.json file, written by
// testdata/gen_codegen.py from CPython 3.13.
type goldenCase struct {
	Name    string          `json:"name"`
	Source  string          `json:"source"`
	AST     json.RawMessage `json:"ast"`
	Listing string          `json:"listing"`
	Error   *struct {
		Msg       string `json:"msg"`
		Lineno    int    `json:"lineno"`
		Offset    int    `json:"offset"`
		EndLineno int    `json:"end_lineno"`
		EndOffset int    `json:"end_offset"`
	} `json:"error"`
}

func generate(t *testing.T, c goldenCase) (*Unit, error) {
	t.Helper()
	mod, err := astjson.Module(c.AST)
	if err != nil {
		t.Fatalf("decoding AST: %v", err)
	}
	feat, err := future.Parse(mod, "<case>")
	if err != nil {
		return nil, err
	}
	table, err := symtable.Build(mod, "<case>", feat.Flags)
	if err != nil {
		return nil, err
	}
	return Codegen(mod, table, Options{Filename: "<case>", Future: feat})
}

// TestCodegenGolden compares the pseudo-instructions generated for a corpus
// of snippets with CPython's.
func TestCodegenGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.golden.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	var cases []goldenCase
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var more []goldenCase
		if err := json.Unmarshal(data, &more); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		prefix := strings.TrimSuffix(filepath.Base(f), ".golden.json") + "/"
		for i := range more {
			more[i].Name = prefix + more[i].Name
		}
		cases = append(cases, more...)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			u, err := generate(t, c)
			if c.Error != nil {
				var se *tokenizer.SyntaxError
				if !errors.As(err, &se) || se.Msg != c.Error.Msg || se.Lineno != c.Error.Lineno || se.Offset != c.Error.Offset ||
					se.EndLineno != c.Error.EndLineno || se.EndOffset != c.Error.EndOffset {
					t.Errorf("source:\n%s\ngot error %v, want %+v", c.Source, err, *c.Error)
				}
				return
			}
			if err != nil {
				t.Fatalf("source:\n%s\nerror: %v", c.Source, err)
			}
			if got := Listing(u); got != c.Listing {
				t.Errorf("source:\n%s\n%s", c.Source, diff(got, c.Listing))
			}
		})
	}
}

// diff shows both listings side by side from the first line that differs.
func diff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var b strings.Builder
	first := -1
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		mark := "  "
		if gl != wl {
			mark = "!="
			if first < 0 {
				first = i
			}
		}
		if first >= 0 || i >= len(g)-1 || true {
			b.WriteString(mark + " " + pad(gl, 40) + " | " + wl + "\n")
		}
	}
	return "got | want\n" + b.String()
}

func pad(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return s + strings.Repeat(" ", n-len(s))
}
