package tests

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Program is one corpus program and what CPython 3.13 does with it.
type Program struct {
	// Path is the program's path relative to tests/, with forward slashes: "ints/divmod.py".
	Path string
	// Stdout is everything the program writes to stdout.
	Stdout string
	// Status is the process's exit status.
	Status int
	// StderrLast is the last line of stderr ("" when stderr is empty).
	StderrLast string
}

// LoadCorpus finds the programs under dir (one level of feature directories) and reads
// their expectations: NAME.out holds stdout, NAME.exit the status and the last line of
// stderr.
func LoadCorpus(dir string) ([]Program, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.py"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	progs := make([]Program, 0, len(files))
	for _, f := range files {
		rel, err := filepath.Rel(dir, f)
		if err != nil {
			return nil, err
		}
		p := Program{Path: filepath.ToSlash(rel)}
		base := strings.TrimSuffix(f, ".py")
		out, err := os.ReadFile(base + ".out")
		if err != nil {
			return nil, fmt.Errorf("%s: no expectation (run tests/regen.sh): %v", p.Path, err)
		}
		p.Stdout = string(out)
		exit, err := os.ReadFile(base + ".exit")
		if err != nil {
			return nil, fmt.Errorf("%s: no expectation (run tests/regen.sh): %v", p.Path, err)
		}
		if p.Status, p.StderrLast, err = ParseExit(string(exit)); err != nil {
			return nil, fmt.Errorf("%s.exit: %v", base, err)
		}
		progs = append(progs, p)
	}
	return progs, nil
}

// ParseExit reads a .exit file: "status: N" and "stderr: LAST LINE".
func ParseExit(text string) (status int, stderrLast string, err error) {
	seen := false
	for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "status: "):
			if status, err = strconv.Atoi(strings.TrimPrefix(line, "status: ")); err != nil {
				return 0, "", err
			}
			seen = true
		case strings.HasPrefix(line, "stderr: "):
			stderrLast = strings.TrimPrefix(line, "stderr: ")
		case line == "stderr:":
		default:
			return 0, "", fmt.Errorf("unexpected line %q", line)
		}
	}
	if !seen {
		return 0, "", fmt.Errorf("no status line")
	}
	return status, stderrLast, nil
}

// LastLine returns the last line of text that is not blank, without its line ending.
func LastLine(text string) string {
	lines := strings.Split(text, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if line := strings.TrimRight(lines[i], "\r"); strings.TrimSpace(line) != "" {
			return line
		}
	}
	return ""
}

// KnownFailures reads the list of programs known to fail: one "PATH: reason" a line, with
// blank lines and #-comments ignored. It maps each path to its reason.
func KnownFailures(file string) (map[string]string, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	known := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		path, reason, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(reason) == "" {
			return nil, fmt.Errorf("%s:%d: want \"PATH: reason\"", file, n)
		}
		if _, dup := known[path]; dup {
			return nil, fmt.Errorf("%s:%d: %s listed twice", file, n, path)
		}
		known[path] = strings.TrimSpace(reason)
	}
	return known, sc.Err()
}

// stdlibMarker is the first line of a program that imports CPython's pure-Python standard
// library: it runs only when one is found.
const stdlibMarker = "# needs: stdlib"

// NeedsStdlib reports whether the program at path (relative to tests/) needs the standard
// library.
func NeedsStdlib(path string) bool {
	f, err := os.Open(filepath.FromSlash(path))
	if err != nil {
		return false
	}
	defer f.Close()
	line, _ := bufio.NewReader(f).ReadString('\n')
	return strings.TrimSpace(line) == stdlibMarker
}
