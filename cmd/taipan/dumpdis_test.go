package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// addresses matches the object addresses in code objects' reprs, which differ between runs.
var addresses = regexp.MustCompile(`0x[0-9a-f]+`)

// TestDumpDis compares `taipan -X dump-dis` with CPython 3.13's dis.dis of the same programs
// (testdata/dis/regen.sh), addresses aside.
func TestDumpDis(t *testing.T) {
	files, _ := filepath.Glob("testdata/dis/*.py")
	if len(files) == 0 {
		t.Fatal("no programs")
	}
	for _, f := range files {
		want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".dis")
		if err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		if status := run([]string{"taipan", "-X", "dump-dis", f}, &stdout, &stderr); status != 0 {
			t.Fatalf("%s: status %d: %s", f, status, stderr.String())
		}
		// The command names the file by its absolute path, as CPython does a script; the
		// expectations name it relative to its directory.
		dir, _ := filepath.Abs(filepath.Dir(f))
		got := addresses.ReplaceAllString(strings.ReplaceAll(stdout.String(), dir+string(filepath.Separator), ""), "0x?")
		if w := addresses.ReplaceAllString(string(want), "0x?"); got != w {
			t.Errorf("%s: got\n%s\nwant\n%s", f, got, w)
		}
	}
}
