// Package dis prints code objects as CPython 3.13's dis.dis does: line
// numbers, jump-target labels, opcode names, opargs and what they mean, the
// exception table, and the code objects nested in the constants.
package dis

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/taipanpy/taipan/internal/generated/opcode"
	"github.com/taipanpy/taipan/objects"
)

// Options adjusts the listing.
type Options struct {
	// ShowOffsets adds each instruction's offset in bytes (dis's
	// show_offsets).
	ShowOffsets bool
	// CodeRepr, when set, replaces the default repr of code objects in
	// constants and headers, whose address changes from run to run.
	CodeRepr func(*objects.Code) string
}

// Disassemble returns dis.dis(code) with default options.
func Disassemble(code *objects.Code) string {
	return DisassembleWith(code, Options{})
}

// DisassembleWith returns dis.dis(code) with the given options.
func DisassembleWith(code *objects.Code, opts Options) string {
	var b strings.Builder
	disRecursive(&b, code, &opts)
	return b.String()
}

func disRecursive(b *strings.Builder, code *objects.Code, opts *Options) {
	disassemble(b, code, opts)
	for _, c := range code.Consts {
		if nested, ok := c.(*objects.Code); ok {
			fmt.Fprintf(b, "\nDisassembly of %s:\n", codeRepr(nested, opts))
			disRecursive(b, nested, opts)
		}
	}
}

func codeRepr(c *objects.Code, opts *Options) string {
	if opts.CodeRepr != nil {
		return opts.CodeRepr(c)
	}
	return fmt.Sprintf("<code object %s at %p, file %q, line %d>", c.Name, c, c.Filename, c.FirstLineno)
}

// instruction is one decoded instruction; offsets are in bytes as dis shows
// them.
type instruction struct {
	offset, op, arg int
	hasArg          bool
}

// decode walks the code units, skipping caches and folding EXTENDED_ARG
// prefixes into the following oparg (the prefixes are listed too).
func decode(units []uint16) []instruction {
	var out []instruction
	ext := 0
	for i := 0; i < len(units); {
		op := int(units[i] & 0xff)
		deop := int(opcode.Deopt[op])
		in := instruction{offset: 2 * i, op: op}
		if opcode.HasArg(deop) {
			in.hasArg = true
			in.arg = int(units[i]>>8) | ext
			ext = 0
			if deop == opcode.EXTENDED_ARG {
				ext = in.arg << 8
			}
		} else {
			ext = 0
		}
		out = append(out, in)
		i += 1 + int(opcode.Caches[deop])
	}
	return out
}

func jumpTarget(in instruction) (int, bool) {
	deop := int(opcode.Deopt[in.op])
	if !in.hasArg || !opcode.HasJump(deop) {
		return 0, false
	}
	arg := in.arg
	if deop == opcode.JUMP_BACKWARD || deop == opcode.JUMP_BACKWARD_NO_INTERRUPT {
		arg = -arg
	}
	return in.offset + 2 + 2*arg + 2*int(opcode.Caches[deop]), true
}

func disassemble(b *strings.Builder, code *objects.Code, opts *Options) {
	instrs := decode(code.Instrs)
	// Line starts: the first offset of each run of a new line (co_lines).
	starts := map[int]int{}
	last := -2
	for _, r := range code.Lines() {
		if r.Line != last {
			starts[2*r.Start] = r.Line
			last = r.Line
		}
	}
	entries := objects.ExceptionTableEntries(code.ExceptionTable)
	labelSet := map[int]bool{}
	for _, in := range instrs {
		if t, ok := jumpTarget(in); ok {
			labelSet[t] = true
		}
	}
	for _, e := range entries {
		labelSet[2*e.Start], labelSet[2*e.End], labelSet[2*e.Target] = true, true, true
	}
	offsets := make([]int, 0, len(labelSet))
	for o := range labelSet {
		offsets = append(offsets, o)
	}
	sort.Ints(offsets)
	labels := make(map[int]int, len(offsets))
	for i, o := range offsets {
		labels[o] = i + 1
	}

	linenoWidth := 0
	maxLine, hasNone := -1, false
	for _, l := range starts {
		if l < 0 {
			hasNone = true
		} else if l > maxLine && l != 0 {
			maxLine = l
		}
	}
	if maxLine >= 0 {
		linenoWidth = max(3, len(strconv.Itoa(maxLine)))
		if linenoWidth < 4 && hasNone {
			linenoWidth = 4
		}
	}
	labelWidth := 4 + len(strconv.Itoa(len(labels)))
	offsetWidth := 0
	if opts.ShowOffsets {
		offsetWidth = len(strconv.Itoa(max(2*len(code.Instrs)-2, 9999)))
	}

	for _, in := range instrs {
		line, startsLine := starts[in.offset]
		if linenoWidth > 0 && startsLine && in.offset > 0 {
			b.WriteByte('\n')
		}
		var fields []string
		if linenoWidth > 0 {
			switch {
			case !startsLine:
				fields = append(fields, strings.Repeat(" ", linenoWidth))
			case line < 0:
				fields = append(fields, fmt.Sprintf("%*s", linenoWidth, "  --"))
			default:
				fields = append(fields, fmt.Sprintf("%*d", linenoWidth, line))
			}
		}
		if l, ok := labels[in.offset]; ok {
			fields = append(fields, fmt.Sprintf("%*s", labelWidth, "L"+strconv.Itoa(l)+":"))
		} else {
			fields = append(fields, strings.Repeat(" ", labelWidth))
		}
		if offsetWidth > 0 {
			fields = append(fields, fmt.Sprintf("%*d  ", offsetWidth, in.offset))
		}
		fields = append(fields, "   ")
		name := opName(in.op)
		fields = append(fields, fmt.Sprintf("%-20s", name))
		if in.hasArg {
			excess := max(0, len(name)-20)
			fields = append(fields, fmt.Sprintf("%*d", 5-excess, in.arg))
			if r := argRepr(code, in, labels); r != "" {
				fields = append(fields, "("+r+")")
			}
		}
		b.WriteString(strings.TrimRight(strings.Join(fields, " "), " "))
		b.WriteByte('\n')
	}
	if len(entries) > 0 {
		b.WriteString("ExceptionTable:\n")
		for _, e := range entries {
			lasti := ""
			if e.Lasti {
				lasti = " lasti"
			}
			fmt.Fprintf(b, "  L%d to L%d -> L%d [%d]%s\n", labels[2*e.Start], labels[2*e.End], labels[2*e.Target], e.Depth, lasti)
		}
	}
}

func opName(op int) string {
	if n := opcode.OpName[op]; n != "" {
		return n
	}
	return "<" + strconv.Itoa(op) + ">"
}
