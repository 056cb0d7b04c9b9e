package compile_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/taipanpy/taipan"
)

// TestRunPrograms compiles and runs each testdata/run/*.py as a main program and compares
// what it writes to stdout and stderr with the .out file beside it, the output of CPython
// 3.13 (compile/testdata/regen.sh writes them).
func TestRunPrograms(t *testing.T) {
	progs, err := filepath.Glob(filepath.Join("testdata", "run", "*.py"))
	if err != nil || len(progs) == 0 {
		t.Fatalf("no programs: %v", err)
	}
	for _, prog := range progs {
		name := strings.TrimSuffix(filepath.Base(prog), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(prog)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(prog, ".py") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			interp := taipan.New(taipan.Options{Stdout: &out, Stderr: &out})
			status := interp.RunMain(src, filepath.Base(prog), false)
			interp.Flush()
			if got := out.String(); got != string(want) || status != 0 {
				t.Errorf("exit status %d; output:\n%s\nwant:\n%s", status, got, want)
			}
		})
	}
}
