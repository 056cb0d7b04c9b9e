// Package libcheck holds development checks that run the compiler over a
// whole CPython 3.13 Lib directory and compare with CPython itself. They need
// CPython, so they run only when TAIPAN_CPYTHON names its executable:
//
//	TAIPAN_CPYTHON=/path/to/python3.13 go test ./compile/internal/libcheck
package libcheck

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/taipanpy/taipan/compile/codegen"
	"github.com/taipanpy/taipan/compile/future"
	"github.com/taipanpy/taipan/compile/symtable"
	"github.com/taipanpy/taipan/parser"
	"github.com/taipanpy/taipan/tokenizer"
)

type libRecord struct {
	Path  string `json:"path"`
	Dump  string `json:"dump"`
	Error string `json:"error"`
	// CompileError is set when compile() fails although the symbol tables build.
	CompileError string `json:"compile_error"`
}

// cpythonSymtables runs CPython over its own Lib and returns what it reports.
func cpythonSymtables(t *testing.T) []libRecord {
	python := os.Getenv("TAIPAN_CPYTHON")
	if python == "" {
		t.Skip("TAIPAN_CPYTHON is not set")
	}
	out, err := exec.Command(python, "--stdlib").Output()
	lib := strings.TrimSpace(string(out))
	if err != nil || lib == "" {
		// An ordinary CPython: ask it where its Lib is.
		out, err = exec.Command(python, "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))").Output()
		if err != nil {
			t.Fatal(err)
		}
		lib = strings.TrimSpace(string(out))
	}
	script, _ := filepath.Abs("../../testdata/lib_symtables.py")
	cmd := exec.Command(python, script, lib)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var recs []libRecord
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		var r libRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	return recs
}

// TestLibSymtables builds the symbol tables of every file of CPython's Lib
// from Taipan's parser and compares them with CPython's.
func TestLibSymtables(t *testing.T) {
	recs := cpythonSymtables(t)
	same, differ := 0, 0
	for _, r := range recs {
		src, err := os.ReadFile(r.Path)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := parser.Parse(src, r.Path, parser.Exec)
		if err != nil {
			if r.Error == "" {
				t.Errorf("%s: parse: %v", r.Path, err)
			}
			continue
		}
		feat, err := future.Parse(mod, r.Path)
		var table *symtable.Table
		if err == nil {
			table, err = symtable.Build(mod, r.Path, feat.Flags)
		}
		switch {
		case err != nil && r.Error == "":
			t.Errorf("%s: %v", r.Path, err)
			differ++
		case err == nil && r.Error != "":
			t.Errorf("%s: no error, CPython says %s", r.Path, r.Error)
			differ++
		case err == nil && symtable.Dump(table.Top) != r.Dump:
			t.Errorf("%s: symbol tables differ\n%s", r.Path, firstDifference(symtable.Dump(table.Top), r.Dump))
			differ++
		default:
			same++
		}
	}
	t.Logf("%d files agree, %d differ", same, differ)
}

// firstDifference shows the lines around the first line where got and want differ.
func firstDifference(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			lo := max(0, i-3)
			return "context:\n" + strings.Join(w[lo:i], "\n") + "\ngot:  " + gl + "\nwant: " + wl
		}
	}
	return ""
}

// TestLibCodegen generates code for every file of CPython's Lib: no file may
// make the code generator panic or report a SyntaxError CPython does not;
// constructs not compiled yet are counted.
func TestLibCodegen(t *testing.T) {
	recs := cpythonSymtables(t)
	ok, unsupported := 0, 0
	for _, r := range recs {
		if r.Error != "" {
			continue
		}
		src, err := os.ReadFile(r.Path)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := parser.Parse(src, r.Path, parser.Exec)
		if err != nil {
			continue // reported by TestLibSymtables
		}
		feat, err := future.Parse(mod, r.Path)
		if err != nil {
			continue
		}
		table, err := symtable.Build(mod, r.Path, feat.Flags)
		if err != nil {
			continue
		}
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Errorf("%s: panic: %v", r.Path, p)
				}
			}()
			_, err = codegen.Codegen(mod, table, codegen.Options{Filename: r.Path, Future: feat})
		}()
		var se *tokenizer.SyntaxError
		switch {
		case err == nil:
			ok++
		case errors.As(err, &se):
			if r.CompileError == "" {
				t.Errorf("%s: %v", r.Path, err)
			}
		default:
			unsupported++
		}
	}
	t.Logf("%d files compiled, %d use constructs not compiled yet", ok, unsupported)
}
