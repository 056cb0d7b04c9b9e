package io_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/taipanpy/taipan"
)

// TestFiles runs testdata/files.py, which opens, writes, reads and seeks real files in a
// temporary directory, and compares its output with CPython 3.13's (testdata/files.out).
func TestFiles(t *testing.T) {
	src, err := os.ReadFile("testdata/files.py")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/files.out")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	in := taipan.New(taipan.Options{Stdout: &out, Stderr: &errOut})
	prog := "DIR = " + pyStr(dir) + "\n" + string(src)
	if status := in.RunMain([]byte(prog), "files.py", false); status != 0 {
		t.Fatalf("exit status %d: %s", status, errOut.String())
	}
	in.Flush()
	got := strings.ReplaceAll(out.String(), dir, "<D>")
	gotLines, wantLines := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(gotLines) || i < len(wantLines); i++ {
		var g, w string
		if i < len(gotLines) {
			g = gotLines[i]
		}
		if i < len(wantLines) {
			w = wantLines[i]
		}
		if g != w {
			t.Errorf("line %d:\n got  %q\n want %q", i+1, g, w)
		}
	}
}

// pyStr quotes s as a Python string literal.
func pyStr(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}
