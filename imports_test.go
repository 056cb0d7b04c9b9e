package taipan

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTree writes files (slash-separated paths relative to dir) with their contents.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestImports runs programs that import modules and packages from the script's directory;
// the expected output and error lines are CPython 3.13's for the same files.
func TestImports(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"pkg/__init__.py":     "x = 1\n",
		"pkg/a.py":            "from . import b\ny = b.z + 1\n",
		"pkg/b.py":            "z = 41\n",
		"pkg/sub/__init__.py": "from .. import b\nw = b.z * 2\n",
		"ns/part.py":          "q = 'namespace'\n",
		"star.py":             "__all__ = ['pub']\npub = 5\n_priv = 6\nother = 7\n",
		"circ_a.py":           "import circ_b\nv = 'a'\n",
		"circ_b.py":           "import circ_a\nv = 'b'\n",
	})
	tests := []struct {
		name, src, stdout, lastErr string
		status                     int
	}{
		{"package", "import pkg.a\nprint(pkg.a.y, pkg.x)\n", "42 1\n", "", 0},
		{"from", "from pkg import b as bb\nprint(bb.z)\n", "41\n", "", 0},
		{"parent-relative", "import pkg.sub\nprint(pkg.sub.w)\n", "82\n", "", 0},
		{"namespace", "import ns.part\nprint(ns.part.q)\n", "namespace\n", "", 0},
		{"star", "from star import *\nprint(pub, 'other' in dir())\n", "5 False\n", "", 0},
		{"circular", "import circ_a\nprint(circ_a.v, circ_a.circ_b.v)\n", "a b\n", "", 0},
		{"builtin", "import sys\nprint(sys.modules['sys'] is sys)\n", "True\n", "", 0},
		{"missing", "import nosuch\n", "", "ModuleNotFoundError: No module named 'nosuch'", 1},
		{"not-package", "import pkg.b.c\n", "", "ModuleNotFoundError: No module named 'pkg.b.c'; 'pkg.b' is not a package", 1},
		{"missing-name", "from pkg import nothing\n", "",
			"ImportError: cannot import name 'nothing' from 'pkg' (" + filepath.Join(dir, "pkg", "__init__.py") + ")", 1},
		{"no-parent", "from . import x\n", "", "ImportError: attempted relative import with no known parent package", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			script := filepath.Join(dir, "main_"+tt.name+".py")
			if err := os.WriteFile(script, []byte(tt.src), 0o644); err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			interp := New(Options{Stdout: &stdout, Stderr: &stderr, Args: []string{script}, Path: []string{dir}})
			status := interp.RunMain([]byte(tt.src), script, true)
			interp.Flush()
			lines := strings.Split(strings.TrimRight(stderr.String(), "\n"), "\n")
			lastErr := lines[len(lines)-1]
			if status != tt.status || stdout.String() != tt.stdout || lastErr != tt.lastErr {
				t.Errorf("status %d, stdout %q, last stderr line %q;\nwant %d, %q, %q\nstderr:\n%s",
					status, stdout.String(), lastErr, tt.status, tt.stdout, tt.lastErr, stderr.String())
			}
		})
	}
}

func TestImportCachesCompiledModules(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"mod.py": "value = 1\n"})
	run := func(opts Options) string {
		var stdout, stderr bytes.Buffer
		opts.Stdout, opts.Stderr, opts.Path = &stdout, &stderr, []string{dir}
		interp := New(opts)
		if status := interp.RunMain([]byte("import mod\nprint(mod.value)\n"), "<string>", false); status != 0 {
			t.Fatalf("status %d: %s", status, stderr.String())
		}
		interp.Flush()
		return stdout.String()
	}
	cache := filepath.Join(dir, "__pycache__", "mod.taipan-313.pyc")
	if got := run(Options{DontWriteBytecode: true}); got != "1\n" {
		t.Fatalf("got %q", got)
	}
	if _, err := os.Stat(cache); err == nil {
		t.Fatal("-B wrote a cache")
	}
	run(Options{})
	if _, err := os.Stat(cache); err != nil {
		t.Fatalf("no cache written: %v", err)
	}
	// A changed source (another size) is recompiled, not served from the stale cache.
	writeTree(t, dir, map[string]string{"mod.py": "value = 22\n"})
	if got := run(Options{}); got != "22\n" {
		t.Fatalf("after the source changed: %q", got)
	}
}
