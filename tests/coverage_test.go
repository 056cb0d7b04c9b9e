package tests

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// TestInstructionCoverage compiles every corpus program and reports which instructions of
// defs/bytecodes.def the compiled code contains: `go test ./tests -run Coverage -v` prints
// the count and the instructions no program contains yet. Programs that do not compile
// yet are reported, not failed: known_failures.txt accounts for them.
func TestInstructionCoverage(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("*", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	c := NewCoverage()
	for _, f := range files {
		if err := c.AddFile(f); err != nil {
			t.Fatal(err)
		}
	}
	if c.Programs < 300 {
		t.Errorf("the corpus has %d programs, want at least 300", c.Programs)
	}
	emittable, missing := Emittable(), c.Missing()
	t.Logf("instruction coverage: %d of %d instructions of defs/bytecodes.def occur in the compiled corpus (%d of %d programs compile)",
		len(emittable)-len(missing), len(emittable), c.Programs-len(c.CompileErrors), c.Programs)
	t.Logf("not in any program: %s", names(missing))
	var reached []int
	for _, op := range Specialized() {
		if c.Counts[int(opcode.Deopt[op])] > 0 {
			reached = append(reached, op)
		}
	}
	t.Logf("specialised instructions whose family head occurs: %d of %d", len(reached), len(Specialized()))
	var failing []string
	for f, err := range c.CompileErrors {
		failing = append(failing, filepath.ToSlash(f)+": "+firstLine(err.Error()))
	}
	sort.Strings(failing)
	for _, f := range failing {
		t.Logf("does not compile: %s", f)
	}
}

// names lists opcodes by name.
func names(ops []int) string {
	if len(ops) == 0 {
		return "(none)"
	}
	s := make([]string, len(ops))
	for i, op := range ops {
		s[i] = opcode.OpName[op]
	}
	return strings.Join(s, " ")
}

// firstLine returns the first line of s.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
