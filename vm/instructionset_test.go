package vm

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// TestInstructionSetMatchesCPython checks defs/bytecodes.def against CPython 3.13: every
// instruction that is neither specialized nor instrumented has CPython's opcode, inline-cache
// size and net stack effect, so that code objects, dis listings and the compiler's stack depths
// agree with CPython's. testdata/cpython_opcodes.txt comes from CPython
// (testdata/cpython_opcodes.py).
func TestInstructionSetMatchesCPython(t *testing.T) {
	f, err := os.Open("testdata/cpython_opcodes.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	byName := map[string]int{}
	for op, name := range opcode.OpName {
		if name != "" {
			byName[name] = op
		}
	}
	sc := bufio.NewScanner(f)
	var opargs []int
	checked := 0
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if fields[0] == "#" {
			for _, s := range fields[len(fields)-17:] {
				n, _ := strconv.Atoi(s)
				opargs = append(opargs, n)
			}
			continue
		}
		name := fields[0]
		wantOp, _ := strconv.Atoi(fields[1])
		if wantOp >= 256 {
			// CPython 3.13 gives pseudo-instructions their stack effects in the compiler, not
			// in its metadata; Taipan's will come from their definitions.
			continue
		}
		wantCaches, _ := strconv.Atoi(fields[2])
		op, ok := byName[name]
		if !ok {
			t.Errorf("%s: not defined", name)
			continue
		}
		if op != wantOp {
			t.Errorf("%s: opcode %d, CPython has %d", name, op, wantOp)
		}
		if op < 256 && int(opcode.Caches[op]) != wantCaches {
			t.Errorf("%s: %d cache units, CPython has %d", name, opcode.Caches[op], wantCaches)
		}
		for i, s := range fields[3:] {
			if s == "-" {
				continue
			}
			want, _ := strconv.Atoi(s)
			got := opcode.NumPushed(op, opargs[i]) - opcode.NumPopped(op, opargs[i])
			if got != want {
				t.Errorf("%s(oparg %d): stack effect %d, CPython has %d", name, opargs[i], got, want)
				break
			}
		}
		checked++
	}
	if checked < 118 {
		t.Errorf("checked only %d instructions", checked)
	}
}
