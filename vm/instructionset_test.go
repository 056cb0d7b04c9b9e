package vm

import (
	"bufio"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// cpythonOpcodes is testdata/cpython_opcodes.txt, written by CPython 3.13
// (testdata/cpython_opcodes.py).
type cpythonOpcodes struct {
	opargs []int
	// rows are the instructions that are neither specialized nor instrumented, pseudos
	// included: name, opcode, cache units, then the stack effect for each oparg ("-" when
	// CPython rejects the oparg).
	rows [][]string
	// vars are the "@" lines: _opcode_metadata's variables.
	haveArgument, minInstrumented int
	opmap                         map[string]int
	families                      map[string][]string
}

func readCPythonOpcodes(t *testing.T) *cpythonOpcodes {
	t.Helper()
	f, err := os.Open("testdata/cpython_opcodes.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := &cpythonOpcodes{opmap: map[string]int{}, families: map[string][]string{}}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch fields[0] {
		case "#":
			for _, s := range fields[len(fields)-17:] {
				n, _ := strconv.Atoi(s)
				c.opargs = append(c.opargs, n)
			}
		case "@HAVE_ARGUMENT":
			c.haveArgument, _ = strconv.Atoi(fields[1])
		case "@MIN_INSTRUMENTED_OPCODE":
			c.minInstrumented, _ = strconv.Atoi(fields[1])
		case "@opmap":
			c.opmap[fields[1]], _ = strconv.Atoi(fields[2])
		case "@family":
			c.families[fields[1]] = fields[2:]
		default:
			c.rows = append(c.rows, fields)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return c
}

func opcodesByName() map[string]int {
	byName := map[string]int{}
	for op, name := range opcode.OpName {
		if name != "" {
			byName[name] = op
		}
	}
	return byName
}

// TestInstructionSetMatchesCPython checks defs/bytecodes.def against CPython 3.13: every
// instruction that is neither specialized nor instrumented, and every pseudo-instruction, has
// CPython's opcode, inline-cache size and net stack effect (for a pseudo, the larger of its
// jumping and non-jumping effects, as dis.stack_effect reports), so that code objects, dis
// listings and the compiler's stack depths agree with CPython's.
func TestInstructionSetMatchesCPython(t *testing.T) {
	c := readCPythonOpcodes(t)
	byName := opcodesByName()
	checked, pseudos := 0, 0
	for _, fields := range c.rows {
		name := fields[0]
		wantOp, _ := strconv.Atoi(fields[1])
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
			popped, pushed := opcode.NumPopped(op, c.opargs[i]), opcode.NumPushed(op, c.opargs[i])
			if popped < 0 || pushed < 0 || pushed-popped != want {
				t.Errorf("%s(oparg %d): pops %d and pushes %d, CPython's stack effect is %d", name, c.opargs[i], popped, pushed, want)
				break
			}
		}
		checked++
		if opcode.IsPseudo(op) {
			pseudos++
		}
	}
	if checked < 130 || pseudos != 12 {
		t.Errorf("checked only %d instructions, %d of them pseudo-instructions", checked, pseudos)
	}
}

// TestHaveArgumentMatchesCPython checks HAVE_ARGUMENT, which CPython computes as the number of
// no-argument instructions outside families (44 in 3.13, the opcode of WITH_EXCEPT_START, an
// instruction without argument), and that every opcode below it ignores its oparg.
func TestHaveArgumentMatchesCPython(t *testing.T) {
	c := readCPythonOpcodes(t)
	if opcode.HaveArgument != c.haveArgument {
		t.Errorf("HaveArgument = %d, CPython's HAVE_ARGUMENT is %d", opcode.HaveArgument, c.haveArgument)
	}
	for op := 0; op < opcode.HaveArgument; op++ {
		if opcode.HasArg(op) {
			t.Errorf("%s (%d) is below HaveArgument but uses its oparg", opcode.OpName[op], op)
		}
	}
}

// TestMetadataPyMatchesCPython compares the generated _opcode_metadata.py with CPython 3.13's
// on everything both define: HAVE_ARGUMENT, the numbers of the instructions that are not
// specialized, and the members of each family (Taipan's may be fewer, in CPython's order).
// MIN_INSTRUMENTED_OPCODE is compared once Taipan has instrumented instructions.
func TestMetadataPyMatchesCPython(t *testing.T) {
	c := readCPythonOpcodes(t)
	py := parseMetadataPy(t, opcode.MetadataPy)
	if py.haveArgument != c.haveArgument {
		t.Errorf("HAVE_ARGUMENT = %d, CPython has %d", py.haveArgument, c.haveArgument)
	}
	instrumented := false
	for name, op := range py.opmap {
		if strings.HasPrefix(name, "INSTRUMENTED_") {
			instrumented = true
		}
		if want, ok := c.opmap[name]; ok && op != want {
			t.Errorf("opmap[%q] = %d, CPython has %d", name, op, want)
		}
	}
	if instrumented && py.minInstrumented != c.minInstrumented {
		t.Errorf("MIN_INSTRUMENTED_OPCODE = %d, CPython has %d", py.minInstrumented, c.minInstrumented)
	}
	if len(py.opmap) < 130 || len(py.families) == 0 {
		t.Fatalf("parsed only %d opmap entries and %d families", len(py.opmap), len(py.families))
	}
	for head, members := range py.families {
		want, ok := c.families[head]
		if !ok {
			t.Errorf("family %s: CPython has no such family", head)
			continue
		}
		last := -1
		for _, m := range members {
			i := slices.Index(want, m)
			if i < 0 {
				t.Errorf("family %s: CPython has no member %s", head, m)
			} else if i < last {
				t.Errorf("family %s: %s is out of CPython's order %v", head, m, want)
			}
			last = max(last, i)
		}
	}
}

// parseMetadataPy reads the variables of a generated _opcode_metadata.py, which writes one
// dictionary entry or list element per line.
func parseMetadataPy(t *testing.T, src string) *cpythonOpcodes {
	t.Helper()
	py := &cpythonOpcodes{opmap: map[string]int{}, families: map[string][]string{}}
	section, head := "", ""
	for _, line := range strings.Split(src, "\n") {
		s := strings.TrimSpace(line)
		switch {
		case s == "" || strings.HasPrefix(s, "#") || s == "}" || s == "],":
		case strings.HasSuffix(s, "= {"):
			section = strings.TrimSuffix(s, " = {")
		case strings.HasPrefix(s, "HAVE_ARGUMENT = "):
			py.haveArgument, _ = strconv.Atoi(strings.TrimPrefix(s, "HAVE_ARGUMENT = "))
		case strings.HasPrefix(s, "MIN_INSTRUMENTED_OPCODE = "):
			py.minInstrumented, _ = strconv.Atoi(strings.TrimPrefix(s, "MIN_INSTRUMENTED_OPCODE = "))
		case section == "_specializations" && strings.HasSuffix(s, ": ["):
			head = strings.Trim(strings.TrimSuffix(s, ": ["), `"'`)
			py.families[head] = nil
		case section == "_specializations":
			py.families[head] = append(py.families[head], strings.Trim(s, `"',`))
		case section == "opmap":
			k, v, ok := strings.Cut(strings.TrimSuffix(s, ","), ": ")
			n, err := strconv.Atoi(v)
			if !ok || err != nil {
				t.Fatalf("opmap line %q", line)
			}
			py.opmap[strings.Trim(k, `'"`)] = n
		case section == "_specialized_opmap":
		default:
			t.Fatalf("unexpected line %q", line)
		}
	}
	return py
}

// TestFlagNames checks the generated flag names against the flags' bits, which are CPython
// 3.13's.
func TestFlagNames(t *testing.T) {
	cases := map[opcode.Flag]string{
		0: "",
		opcode.OpcodeMetadata[opcode.LOAD_CONST].Flags: "ARG,CONST,PURE",
		opcode.FlagJump | opcode.FlagErrorNoPop:        "JUMP,ERROR_NO_POP",
		opcode.FlagEvalBreak | 1<<20:                   "EVAL_BREAK",
		opcode.OpcodeMetadata[opcode.SETUP_WITH].Flags: "ARG,PURE",
	}
	for f, want := range cases {
		if got := f.String(); got != want {
			t.Errorf("Flag(%#x).String() = %q, want %q", uint32(f), got, want)
		}
	}
	if got := opcode.OpcodeMetadata[opcode.LOAD_CONST].Format.String(); got != "IB" {
		t.Errorf("LOAD_CONST format %q", got)
	}
	if got := opcode.OpcodeMetadata[opcode.JUMP].Format.String(); got != "PSEUDO" {
		t.Errorf("JUMP format %q", got)
	}
}
