// Package assemble turns the compiler's output into code objects, as CPython
// 3.13's Python/assemble.c does: it runs the flow-graph pass, lays the
// instructions out with their EXTENDED_ARG prefixes and inline-cache units,
// resolves jump offsets, writes the exception table and the location table
// in CPython's encodings, and fills in an objects.Code.
//
// MakeCode is the entry point; its input, Unit, is what the code generator
// produces for one code object.
package assemble
