// Command compilebench times compiling every .py file of a directory tree (CPython's Lib) to
// code objects with Taipan's compiler and with CPython's compile() on the same files, and
// prints both and their ratio.
//
//	go run ./compile/cmd/compilebench -python cpython313 $(cpython313 --stdlib)
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/taipanpy/taipan/compile"
	"github.com/taipanpy/taipan/parser"
)

// pyTimer compiles the files named on stdin, one a line, and prints the seconds it took.
const pyTimer = `
import sys, time
srcs = []
for path in sys.stdin.read().split("\n"):
    if path:
        with open(path, "rb") as f:
            srcs.append((path, f.read()))
t = time.perf_counter()
for path, src in srcs:
    try:
        compile(src, path, "exec", dont_inherit=True)
    except SyntaxError:
        pass
print(time.perf_counter() - t)
`

func main() {
	python := flag.String("python", "python3.13", "the CPython 3.13 to compare with")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: compilebench [-python PATH] DIR")
		os.Exit(2)
	}
	var files []string
	filepath.Walk(flag.Arg(0), func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	srcs := make([][]byte, len(files))
	for i, f := range files {
		srcs[i], _ = os.ReadFile(f)
	}
	best := time.Duration(1<<63 - 1)
	compiled := 0
	for range 3 {
		compiled = 0
		start := time.Now()
		for i, src := range srcs {
			if _, err := compile.Source(src, files[i], parser.Exec, compile.Options{}); err == nil {
				compiled++
			}
		}
		best = min(best, time.Since(start))
	}
	fmt.Printf("taipan:  %d files (%d compiled) in %.3fs (best of 3)\n", len(files), compiled, best.Seconds())
	pyBest := 0.0
	for range 3 {
		cmd := exec.Command(*python, "-c", pyTimer)
		cmd.Stdin = strings.NewReader(strings.Join(files, "\n"))
		out, err := cmd.Output()
		if err != nil {
			fmt.Fprintln(os.Stderr, "running CPython:", err)
			os.Exit(1)
		}
		s, _ := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
		if pyBest == 0 || s < pyBest {
			pyBest = s
		}
	}
	fmt.Printf("CPython: %d files in %.3fs (best of 3)\n", len(files), pyBest)
	fmt.Printf("ratio taipan/CPython: %.2f\n", best.Seconds()/pyBest)
}
