package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSyntaxErrorReports runs each snippet of testdata/syntaxerror and compares the command's
// stderr and exit status with what CPython 3.13 printed for it (testdata/syntaxerror/regen.sh).
func TestSyntaxErrorReports(t *testing.T) {
	dir, err := filepath.Abs("testdata/syntaxerror")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	if len(files) == 0 {
		t.Fatal("no snippets")
	}
	for _, f := range files {
		want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".stderr")
		if err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		// The parser's errors show with -X dump-ast alone; the compiler's (compiler_*.py)
		// need the program compiled.
		args := []string{"taipan", "-X", "dump-ast", f}
		if strings.HasPrefix(filepath.Base(f), "compiler_") {
			args = []string{"taipan", f}
		}
		status := run(args, &stdout, &stderr)
		got := strings.ReplaceAll(stderr.String(), dir, "{DIR}")
		if status != 1 || got != string(want) {
			t.Errorf("%s: status %d, stderr:\n%s\nwant status 1, stderr:\n%s", filepath.Base(f), status, got, want)
		}
	}
}
