package tests

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/taipanpy/taipan"
)

// taipanBin is the taipan command TestMain builds for the corpus.
var taipanBin string

// programTimeout bounds one program's run: each takes well under a second on CPython.
const programTimeout = 10 * time.Second

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "taipan-corpus")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	taipanBin = filepath.Join(dir, "taipan")
	build := exec.Command("go", "build", "-o", taipanBin, "./cmd/taipan")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building taipan: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// outcome is what running a program gave.
type outcome struct {
	stdout, stderr string
	status         int
	timedOut       bool
}

// runTaipan runs the corpus program path (relative to tests/) with the taipan command; lib is
// the standard library it may import ("" for none).
func runTaipan(path, lib string) outcome {
	ctx, cancel := context.WithTimeout(context.Background(), programTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, taipanBin, filepath.FromSlash(path))
	// Only the programs that say they need it get CPython's standard library: the rest of the
	// corpus must not depend on what the machine has.
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8", "TAIPAN_STDLIB="+lib)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	o := outcome{stdout: stdout.String(), stderr: stderr.String()}
	if ctx.Err() != nil {
		o.timedOut = true
		return o
	}
	if ee, ok := err.(*exec.ExitError); ok {
		o.status = ee.ExitCode()
	} else if err != nil {
		o.status = -1
		o.stderr += err.Error()
	}
	return o
}

// mismatch describes how o differs from what CPython gives p, "" when it does not.
func mismatch(p Program, o outcome) string {
	switch {
	case o.timedOut:
		return fmt.Sprintf("timed out after %v", programTimeout)
	case o.stdout != p.Stdout:
		return "stdout differs:\n" + firstDifference(p.Stdout, o.stdout) + "\nstderr: " + LastLine(o.stderr)
	case o.status != p.Status:
		return fmt.Sprintf("exit status %d, want %d; stderr: %s", o.status, p.Status, LastLine(o.stderr))
	case LastLine(o.stderr) != p.StderrLast:
		return fmt.Sprintf("last line of stderr:\n got: %s\nwant: %s", LastLine(o.stderr), p.StderrLast)
	}
	return ""
}

// firstDifference shows the first line where got differs from want.
func firstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl || i >= len(w) || i >= len(g) {
			return fmt.Sprintf("line %d:\n got: %q\nwant: %q", i+1, gl, wl)
		}
	}
	return "(same lines)"
}

// TestCorpus runs every program of the corpus and compares stdout, the exit status and the
// last line of stderr with CPython 3.13's. A program listed in known_failures.txt must fail
// (and is reported when it starts to pass, to be removed from the list); any other must pass.
func TestCorpus(t *testing.T) {
	progs, err := LoadCorpus(".")
	if err != nil {
		t.Fatal(err)
	}
	known, err := KnownFailures("known_failures.txt")
	if err != nil {
		t.Fatal(err)
	}
	exists := map[string]bool{}
	for _, p := range progs {
		exists[p.Path] = true
	}
	for path := range known {
		if !exists[path] {
			t.Errorf("known_failures.txt lists %s, which is not in the corpus", path)
		}
	}
	var mu sync.Mutex
	passed, failedAsKnown := 0, 0
	lib := taipan.FindStdlib()
	t.Run("programs", func(t *testing.T) {
		for _, p := range progs {
			t.Run(p.Path, func(t *testing.T) {
				t.Parallel()
				progLib := ""
				if NeedsStdlib(p.Path) {
					if lib == "" {
						t.Skip("needs CPython 3.13's standard library, and none was found")
					}
					progLib = lib
				}
				diff := mismatch(p, runTaipan(p.Path, progLib))
				reason, isKnown := known[p.Path]
				mu.Lock()
				defer mu.Unlock()
				switch {
				case diff == "" && isKnown:
					t.Errorf("%s passes now: remove it from tests/known_failures.txt (listed as: %s)", p.Path, reason)
				case diff == "":
					passed++
				case isKnown:
					failedAsKnown++
				default:
					t.Errorf("%s: %s", p.Path, diff)
				}
			})
		}
	})
	t.Logf("%d passed, %d known failures (%d programs)", passed, failedAsKnown, len(progs))
}
