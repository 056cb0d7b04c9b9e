package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// -m runs a module as __main__ as CPython 3.13 does (the expected lines are CPython's output
// for the same files).
func TestRunModule(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("m1.py", "import sys\nprint('main of', __name__, repr(__package__), sys.argv[1:], __file__.endswith('m1.py'))\n")
	write("pkg/__init__.py", "print('init')\n")
	write("pkg/__main__.py", "print('pkg main', __name__, __package__)\n")
	write("pkg/sub.py", "print('sub', __name__, __package__)\n")
	write("plain/__init__.py", "")
	t.Chdir(dir)
	for _, c := range []struct {
		module, stdout, stderr string
		status                 int
	}{
		{"m1", "main of __main__ '' ['a', 'b'] True\n", "", 0},
		{"pkg", "init\npkg main __main__ pkg\n", "", 0},
		{"pkg.sub", "init\nsub __main__ pkg\n", "", 0},
		{"nope", "", "No module named nope\n", 1},
		{"plain", "", "No module named plain.__main__; 'plain' is a package and cannot be directly executed\n", 1},
	} {
		var stdout, stderr bytes.Buffer
		status := run([]string{"taipan", "-m", c.module, "a", "b"}, &stdout, &stderr)
		errText := stderr.String()
		if i := strings.Index(errText, ": "); c.stderr != "" && i >= 0 {
			errText = errText[i+2:] // the interpreter's own path comes first
		}
		if status != c.status || stdout.String() != c.stdout || errText != c.stderr {
			t.Errorf("-m %s: status %d, stdout %q, stderr %q; want %d, %q, %q", c.module, status, stdout.String(), stderr.String(), c.status, c.stdout, c.stderr)
		}
	}
}
