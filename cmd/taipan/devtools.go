package main

import (
	"fmt"
	"io"
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
		{"dump-opcodes", dumpOpcodes},
	} {
		if _, ok := opts.XOption(t.name); ok {
			return t.fn, true
		}
	}
	return nil, false
}

// dumpOpcodes prints the generated opcode table.
func dumpOpcodes(opts *Options, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "taipan: the opcode table is not generated yet")
	return 1
}
