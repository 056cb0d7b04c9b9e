package main

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Result is what timing one program gave.
type Result struct {
	// Name is the program's file name.
	Name string
	// Taipan and CPython are the best times of a successful run (0 when there was none, or
	// CPython was not run).
	Taipan, CPython time.Duration
	// Problem says why the program does not count towards the mean: taipan failed, or its
	// output differs from CPython's ("" when it counts).
	Problem string
}

// run is one run of a program.
type run struct {
	out     string
	errLast string
	ok      bool
	elapsed time.Duration
}

// runOnce runs prog with the interpreter bin from the program's directory.
func runOnce(bin, prog string) run {
	cmd := exec.Command(bin, filepath.Base(prog))
	cmd.Dir = filepath.Dir(prog)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	return run{out: stdout.String(), errLast: lastLine(stderr.String()), ok: err == nil, elapsed: elapsed}
}

// Measure runs prog runs times with taipan and, when python is not "", as many times with
// CPython, alternating the two, and keeps each one's best time.
func Measure(prog, taipan, python string, runs int) Result {
	r := Result{Name: filepath.Base(prog)}
	var want string
	for i := 0; i < runs; i++ {
		t := runOnce(taipan, prog)
		if !t.ok {
			r.Problem = "taipan fails: " + t.errLast
			r.Taipan = 0
			return r
		}
		if r.Taipan == 0 || t.elapsed < r.Taipan {
			r.Taipan = t.elapsed
		}
		if python == "" {
			continue
		}
		c := runOnce(python, prog)
		if !c.ok {
			r.Problem = "CPython fails: " + c.errLast
			return r
		}
		if r.CPython == 0 || c.elapsed < r.CPython {
			r.CPython = c.elapsed
		}
		want = c.out
		if t.out != want {
			r.Problem = "output differs from CPython's: " + firstDiff(want, t.out)
			return r
		}
	}
	return r
}

// lastLine returns the last line of text that is not blank.
func lastLine(text string) string {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			return strings.TrimSpace(lines[i])
		}
	}
	return ""
}

// firstDiff describes the first line where got differs from want.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range max(len(w), len(g)) {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return strings.TrimSpace(gl) + " (want " + strings.TrimSpace(wl) + ")"
		}
	}
	return "(same lines)"
}
