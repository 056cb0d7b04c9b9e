package emit

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// The golden tests of the case emitters follow CPython's Lib/test/test_generated_cases.py:
// each testdata/*.txtar file holds a DSL snippet and the exact cases generated from it. The
// sections are:
//
//	input.def      the definitions (the harness wraps them in the BEGIN/END markers)
//	optimizer.def  optimizer overrides, for the optimizer emitter
//	cases.go       the expected cases, formatted, with the template around them stripped
//	error          instead of cases.go: the expected error message
//
// A file's comment (the text before the first section) says what the case pins.

// Golden is one golden file.
type Golden struct {
	Path    string
	archive *txtar.Archive
}

// Name is the file's base name without extension, for subtest names.
func (g *Golden) Name() string { return strings.TrimSuffix(filepath.Base(g.Path), ".txtar") }

// Section returns the named section's text, and whether it exists.
func (g *Golden) Section(name string) (string, bool) {
	for _, f := range g.archive.Files {
		if f.Name == name {
			return string(f.Data), true
		}
	}
	return "", false
}

// SetSection replaces (or appends) a section, and drops the one named drop (if any).
func (g *Golden) SetSection(name, text, drop string) {
	var files []txtar.File
	set := false
	for _, f := range g.archive.Files {
		switch f.Name {
		case drop:
			continue
		case name:
			f.Data = []byte(text)
			set = true
		}
		files = append(files, f)
	}
	if !set {
		files = append(files, txtar.File{Name: name, Data: []byte(text)})
	}
	g.archive.Files = files
}

// Save writes the file back.
func (g *Golden) Save() error { return os.WriteFile(g.Path, txtar.Format(g.archive), 0o644) }

// LoadGoldens reads every *.txtar file of dir, in name order.
func LoadGoldens(dir string) ([]*Golden, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txtar"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []*Golden
	for _, p := range paths {
		a, err := txtar.ParseFile(p)
		if err != nil {
			return nil, err
		}
		out = append(out, &Golden{Path: p, archive: a})
	}
	return out, nil
}

// GoldenGenerate produces the cases of one golden file: raw (unformatted) case text, or an
// error.
type GoldenGenerate func(g *Golden) (string, error)

// RunGoldens runs every golden file of dir as a subtest: it generates the cases, renders
// them into the test template tmpl (which must hold "// BEGIN CASES", the cases marker and
// "// END CASES" on lines of their own) and compares the formatted cases with the expected
// section. With update set, it rewrites the expectations instead.
func RunGoldens(t *testing.T, dir string, tmpl []byte, genPath string, update bool, gen GoldenGenerate) {
	t.Helper()
	goldens, err := LoadGoldens(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(goldens) == 0 {
		t.Fatalf("no golden files in %s", dir)
	}
	for _, g := range goldens {
		t.Run(g.Name(), func(t *testing.T) {
			got, isErr, err := goldenOutput(g, tmpl, genPath, gen)
			if err != nil {
				t.Fatal(err)
			}
			section, other := "cases.go", "error"
			if isErr {
				section, other = other, section
			}
			if update {
				g.SetSection(section, got, other)
				if err := g.Save(); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, ok := g.Section(section)
			if !ok {
				if isErr {
					t.Fatalf("generation failed: %s", got)
				}
				t.Fatalf("no %q section; generated:\n%s", section, got)
			}
			if got != want {
				t.Errorf("%s differs (run with -update to accept)\n--- got\n%s--- want\n%s", section, got, want)
			}
		})
	}
}

// goldenOutput generates and extracts one file's result: the formatted cases, or the error
// text (isErr).
func goldenOutput(g *Golden, tmpl []byte, genPath string, gen GoldenGenerate) (out string, isErr bool, err error) {
	cases, genErr := gen(g)
	if genErr != nil {
		return genErr.Error() + "\n", true, nil
	}
	f := GoFile{Path: genPath, Sources: []string{"defs/bytecodes.def"}, Template: tmpl}
	src, err := f.Render(cases)
	if err != nil {
		return "", false, fmt.Errorf("rendering: %v\nraw cases:\n%s", err, cases)
	}
	text, err := ExtractCases(src)
	return text, false, err
}

// ExtractCases returns the lines strictly between the "// BEGIN CASES" and "// END CASES"
// lines of src, less the markers' indentation.
func ExtractCases(src []byte) (string, error) {
	lines := bytes.Split(src, []byte("\n"))
	begin, end := -1, -1
	for i, l := range lines {
		switch string(bytes.TrimSpace(l)) {
		case "// BEGIN CASES":
			begin = i
		case "// END CASES":
			end = i
		}
	}
	if begin < 0 || end < begin {
		return "", fmt.Errorf("the test template needs // BEGIN CASES and // END CASES lines")
	}
	indent := lines[begin][:len(lines[begin])-len(bytes.TrimLeft(lines[begin], "\t "))]
	var b strings.Builder
	for _, l := range lines[begin+1 : end] {
		b.Write(bytes.TrimPrefix(l, indent))
		b.WriteByte('\n')
	}
	return b.String(), nil
}
