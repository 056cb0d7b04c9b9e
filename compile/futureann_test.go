package compile_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/taipanpy/taipan"
)

// TestFutureAnnotations runs testdata/future/future_annotations.py, whose annotations are
// kept as text under `from __future__ import annotations`, and compares its output with
// CPython 3.13's. The directory is sys.path, for its stand-in __future__ module.
func TestFutureAnnotations(t *testing.T) {
	dir := filepath.Join("testdata", "future")
	src, err := os.ReadFile(filepath.Join(dir, "future_annotations.py"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(dir, "future_annotations.out"))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	interp := taipan.New(taipan.Options{Stdout: &out, Stderr: &out, Path: []string{dir}})
	status := interp.RunMain(src, "future_annotations.py", false)
	interp.Flush()
	if got := out.String(); got != string(want) || status != 0 {
		t.Errorf("exit status %d; output:\n%s\nwant:\n%s", status, got, want)
	}
}
