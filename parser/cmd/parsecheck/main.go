// Command parsecheck compares Taipan's parser with CPython's on every .py file under a
// directory, normally a CPython 3.13 Lib:
//
//	go run ./parser/cmd/parsecheck [-python PATH] [-attrs] [-show N] LIBDIR
//
// CPython (by default /work/shared/tools/cpython313, or $TAIPAN_CPYTHON) is run once to print
// ast.dump of each file; files CPython cannot parse are skipped. The command prints
// "N/M files match" and the first differences. It is a development tool (make parse-check),
// not a test: tests never need CPython.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/parser"
)

// dumper is the Python program that prints one JSON object per file: the dumps CPython
// produces, or the error it raised.
const dumper = `
import ast, json, sys
attrs = sys.argv[1] == "1"
for path in sys.stdin.read().splitlines():
    try:
        with open(path, "rb") as f:
            src = f.read()
        tree = ast.parse(src, path)
        out = {"path": path, "dump": ast.dump(tree, include_attributes=attrs)}
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        out = {"path": path, "error": type(e).__name__ + ": " + str(e)}
    print(json.dumps(out))
`

type result struct {
	Path  string `json:"path"`
	Dump  string `json:"dump"`
	Error string `json:"error"`
}

func main() {
	python := flag.String("python", defaultPython(), "CPython 3.13 executable")
	attrs := flag.Bool("attrs", false, "compare with include_attributes=True")
	show := flag.Int("show", 10, "number of differing files to describe")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: parsecheck [-python PATH] [-attrs] [-show N] LIBDIR")
		os.Exit(2)
	}
	var files []string
	filepath.WalkDir(flag.Arg(0), func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	expected, err := cpythonDumps(*python, files, *attrs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "parsecheck:", err)
		os.Exit(1)
	}
	matched, total, shown := 0, 0, 0
	var parseTime time.Duration
	var lines int
	for _, path := range files {
		want, ok := expected[path]
		if !ok || want.Error != "" {
			continue
		}
		total++
		src, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		lines += strings.Count(string(src), "\n")
		t0 := time.Now()
		mod, err := parser.Parse(src, path, parser.Exec)
		parseTime += time.Since(t0)
		var got string
		if err != nil {
			got = "error: " + err.Error()
		} else {
			got = ast.Dump(mod, *attrs)
		}
		if got == want.Dump {
			matched++
			continue
		}
		if shown < *show {
			shown++
			fmt.Printf("DIFF %s\n%s\n", path, firstDifference(got, want.Dump))
		}
	}
	fmt.Printf("%d/%d files match (%d lines parsed in %v, %.0f lines/s)\n", matched, total, lines, parseTime.Round(time.Millisecond), float64(lines)/parseTime.Seconds())
	if matched != total {
		os.Exit(1)
	}
}

func defaultPython() string {
	if p := os.Getenv("TAIPAN_CPYTHON"); p != "" {
		return p
	}
	return "/work/shared/tools/cpython313"
}

func cpythonDumps(python string, files []string, attrs bool) (map[string]result, error) {
	flagArg := "0"
	if attrs {
		flagArg = "1"
	}
	cmd := exec.Command(python, "-c", dumper, flagArg)
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n"))
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	res := make(map[string]result, len(files))
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		var r result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, err
		}
		res[r.Path] = r
	}
	return res, cmd.Wait()
}

// firstDifference shows both dumps around the first byte where they differ.
func firstDifference(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := max(i-150, 0)
	return fmt.Sprintf("  got:  ...%s\n  want: ...%s", clip(got, lo, i+150), clip(want, lo, i+150))
}

func clip(s string, lo, hi int) string {
	if lo > len(s) {
		return ""
	}
	return s[lo:min(hi, len(s))]
}
