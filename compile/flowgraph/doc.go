// Package flowgraph is the compiler's control-flow-graph pass, after CPython
// 3.13's Python/flowgraph.c. It splits an instruction sequence from the code
// generator into basic blocks, works out which exception handler covers each
// instruction, optimises the graph (constant folding, jump threading, dead
// code and NOP removal, superinstructions, swap elimination), marks loads of
// possibly unbound locals, gives every instruction a line number, and turns
// the graph back into a flat list of real instructions with its maximum stack
// depth, ready for the assembler.
//
// The entry point is Optimize. Stack effects come from the generated opcode
// metadata (opcode.NumPopped and opcode.NumPushed), the same the interpreter
// is generated from, so the compiler and the VM cannot disagree.
package flowgraph
