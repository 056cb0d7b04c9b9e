package metadata

import (
	"bytes"
	"flag"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/taipanpy/taipan/gen/analysis"
)

var update = flag.Bool("update", false, "rewrite the golden files with the current output")

// TestGolden runs the emitter on each testdata/*.txtar: its input.def section is the DSL
// snippet, and every other section is an expected output file, compared byte for byte.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var input string
			for _, f := range ar.Files {
				if f.Name == "input.def" {
					input = string(f.Data)
				}
			}
			a, err := analysis.AnalyzeSource("input.def", input)
			if err != nil {
				t.Fatal(err)
			}
			out, err := Generate(a)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := parser.ParseFile(token.NewFileSet(), "opcode.go", out["opcode/opcode.go"], 0); err != nil {
				t.Fatalf("generated Go does not parse: %v", err)
			}
			if *update {
				ar.Files = ar.Files[:0:0]
				ar.Files = append(ar.Files, txtar.File{Name: "input.def", Data: []byte(input)})
				for _, name := range []string{"opcode/opcode.go", "opcode/_opcode_metadata.py"} {
					ar.Files = append(ar.Files, txtar.File{Name: name, Data: out[name]})
				}
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			seen := 0
			for _, f := range ar.Files {
				if f.Name == "input.def" {
					continue
				}
				seen++
				got, ok := out[f.Name]
				if !ok {
					t.Errorf("%s: not generated", f.Name)
					continue
				}
				if !bytes.Equal(got, f.Data) {
					t.Errorf("%s differs from the golden file; run go test -update to see the change\n--- got:\n%s", f.Name, got)
				}
			}
			if seen != len(out) {
				t.Errorf("golden file has %d outputs, emitter produced %d", seen, len(out))
			}
		})
	}
}
