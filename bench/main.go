// Command bench times the programs of bench/programs with taipan and, when it is found,
// CPython 3.13: it builds bin/taipan, runs each program alternately with both interpreters,
// checks that their outputs are identical, and prints a table of the best times, the ratio
// taipan/CPython for each program and the geometric mean of the ratios. Programs taipan
// cannot run yet, or runs with a different output, are listed as such.
//
// Run it from the repository's root, as `make bench` does:
//
//	go run ./bench [-runs N] [-python PATH] [-taipan bin/taipan] [-programs bench/programs]
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	runs := flag.Int("runs", 3, "runs of each program with each interpreter (the best time counts)")
	python := flag.String("python", "", "CPython 3.13 (when missing: ../shared/tools/cpython313, else python3.13 on PATH, else taipan alone)")
	taipan := flag.String("taipan", "bin/taipan", "where to build the taipan command")
	dir := flag.String("programs", "bench/programs", "directory of the benchmark programs")
	build := flag.Bool("build", true, "build the taipan command first")
	flag.Parse()

	if *build {
		cmd := exec.Command("go", "build", "-o", *taipan, "./cmd/taipan")
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "bench: building taipan:", err)
			os.Exit(1)
		}
	}
	progs, err := filepath.Glob(filepath.Join(*dir, "*.py"))
	if err != nil || len(progs) == 0 {
		fmt.Fprintf(os.Stderr, "bench: no programs in %s\n", *dir)
		os.Exit(1)
	}
	sort.Strings(progs)
	py := findPython(*python)
	if py == "" {
		fmt.Println("CPython 3.13 not found: timing taipan alone")
	} else {
		fmt.Println("CPython:", py)
	}
	taipanPath, _ := filepath.Abs(*taipan)
	results := make([]Result, 0, len(progs))
	for _, p := range progs {
		results = append(results, Measure(p, taipanPath, py, *runs))
	}
	PrintTable(os.Stdout, results, py != "")
}

// findPython returns the CPython 3.13 to compare with: the one asked for if it is one, else the
// repository's neighbour ../shared/tools/cpython313, else python3.13 on PATH; "" when there
// is none.
func findPython(asked string) string {
	candidates := []string{asked, "../shared/tools/cpython313", "python3.13"}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		path, err := exec.LookPath(c)
		if err != nil {
			continue
		}
		// The interpreter's own executable, not a wrapper script, so that the wrapper's
		// start-up does not count in CPython's times.
		out, err := exec.Command(path, "-c", "import sys; print(sys.implementation.name, *sys.version_info[:2]); print(sys.executable)").Output()
		kind, exe, _ := strings.Cut(strings.TrimSpace(string(out)), "\n")
		if err == nil && kind == "cpython 3 13" && exe != "" {
			return exe
		}
	}
	return ""
}
