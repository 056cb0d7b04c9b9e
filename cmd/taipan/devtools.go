package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile"
	"github.com/taipanpy/taipan/compile/dis"
	"github.com/taipanpy/taipan/internal/generated/opcode"
	"github.com/taipanpy/taipan/parser"
	"github.com/taipanpy/taipan/tokenizer"
)

// toolFunc is a developer tool selected by an -X option.
type toolFunc func(opts *Options, stdout, stderr io.Writer) int

// developerTool returns the tool an -X option selects: tools that show what the front end and
// the generator produce, for development and tests.
func developerTool(opts *Options) (toolFunc, bool) {
	for _, t := range []struct {
		name string
		fn   toolFunc
	}{
		{"dump-ast", dumpAST},
		{"dump-dis", dumpDis},
		{"dump-opcodes", dumpOpcodes},
	} {
		if _, ok := opts.XOption(t.name); ok {
			return t.fn, true
		}
	}
	return nil, false
}

// readSource returns the program text and its file name as CPython reports it.
func readSource(opts *Options) ([]byte, string, error) {
	switch {
	case opts.HasCommand:
		return []byte(opts.Command), "<string>", nil
	case opts.Script == "" || opts.Script == "-":
		src, err := io.ReadAll(os.Stdin)
		return src, "<stdin>", err
	}
	src, err := os.ReadFile(opts.Script)
	// CPython reports a script by its absolute path.
	name, absErr := filepath.Abs(opts.Script)
	if absErr != nil {
		name = opts.Script
	}
	return src, name, err
}

// dumpAST prints the program's AST as CPython's ast.dump() does; -X dump-ast=attrs adds the
// positions (include_attributes=True).
func dumpAST(opts *Options, stdout, stderr io.Writer) int {
	src, name, err := readSource(opts)
	if err != nil {
		fmt.Fprintf(stderr, "taipan: can't open file '%s': %v\n", opts.Script, err)
		return 2
	}
	mod, err := parser.Parse(src, name, parser.Exec)
	if err != nil {
		var se *tokenizer.SyntaxError
		if errors.As(err, &se) {
			writeSyntaxError(stderr, se)
			return 1
		}
		fmt.Fprintf(stderr, "SystemError: %v\n", err)
		return 1
	}
	v, _ := opts.XOption("dump-ast")
	fmt.Fprintln(stdout, ast.Dump(mod, v == "attrs"))
	return 0
}

// dumpDis compiles the program and prints its disassembly in the layout of CPython's dis.dis,
// nested code objects included.
func dumpDis(opts *Options, stdout, stderr io.Writer) int {
	src, name, err := readSource(opts)
	if err != nil {
		fmt.Fprintf(stderr, "taipan: can't open file '%s': %v\n", opts.Script, err)
		return 2
	}
	code, err := compile.Source(src, name, parser.Exec, compile.Options{Optimize: opts.Optimize})
	if err != nil {
		var se *tokenizer.SyntaxError
		if errors.As(err, &se) {
			writeSyntaxError(stderr, se)
			return 1
		}
		fmt.Fprintf(stderr, "SystemError: %v\n", err)
		return 1
	}
	fmt.Fprint(stdout, dis.Disassemble(code))
	return 0
}

// dumpOpcodes prints the generated opcode table: number, name, inline-cache units, stack
// effect and flags of every instruction and pseudo-instruction.
func dumpOpcodes(opts *Options, stdout, stderr io.Writer) int {
	fmt.Fprintf(stdout, "%-4s %-40s %-6s %-8s %s\n", "op", "name", "caches", "pop/push", "flags")
	for op, name := range opcode.OpName {
		if name == "" {
			continue
		}
		caches := 0
		if op < 256 {
			caches = int(opcode.Caches[opcode.Deopt[op]])
		}
		fmt.Fprintf(stdout, "%-4d %-40s %-6d %-8s %s\n", op, name, caches,
			fmt.Sprintf("%d/%d", opcode.NumPopped(op, 1), opcode.NumPushed(op, 1)), opcode.OpcodeMetadata[op].Flags)
	}
	return 0
}
