package taipan

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
)

// StdlibEnv is the environment variable naming the directory of CPython 3.13's pure-Python
// standard library (its Lib) for Taipan to use.
const StdlibEnv = "TAIPAN_STDLIB"

// FindStdlib returns the directory of a CPython 3.13 standard library to put on sys.path, or ""
// when there is none: the directory TAIPAN_STDLIB names, else the Lib of a python3.13 on PATH,
// else of a pyenv-installed 3.13. TAIPAN_STDLIB set to the empty string means none at all, so
// that a run does not depend on what the machine has. Taipan never ships CPython's Lib; without
// one, its built-in modules still serve.
func FindStdlib() string {
	if dir, set := os.LookupEnv(StdlibEnv); set {
		if dir != "" && isStdlib(dir) {
			return dir
		}
		if dir == "" {
			return ""
		}
	}
	if exe, err := exec.LookPath("python3.13"); err == nil {
		if real, err := filepath.EvalSymlinks(exe); err == nil {
			exe = real
		}
		if dir := filepath.Join(filepath.Dir(filepath.Dir(exe)), "lib", "python3.13"); isStdlib(dir) {
			return dir
		}
	}
	root := os.Getenv("PYENV_ROOT")
	if root == "" {
		if home, err := os.UserHomeDir(); err == nil {
			root = filepath.Join(home, ".pyenv")
		}
	}
	versions, _ := filepath.Glob(filepath.Join(root, "versions", "3.13*", "lib", "python3.13"))
	sort.Sort(sort.Reverse(sort.StringSlice(versions)))
	for _, dir := range versions {
		if isStdlib(dir) {
			return dir
		}
	}
	return ""
}

// isStdlib reports whether dir looks like a standard library: it has os.py.
func isStdlib(dir string) bool {
	fi, err := os.Stat(filepath.Join(dir, "os.py"))
	return err == nil && fi.Mode().IsRegular()
}
