// Package codegen turns an AST into pseudo-instructions, one instruction
// sequence per code object, as the code-generation half of CPython 3.13's
// Python/compile.c does. Jumps name labels; exception handling is expressed
// with the SETUP_*/POP_BLOCK pseudo-instructions; the flow-graph pass and the
// assembler turn the result into code objects.
//
// Code generation follows the symbol tables (package symtable): a name's
// scope decides whether it is loaded with LOAD_FAST, LOAD_DEREF, LOAD_GLOBAL
// or LOAD_NAME. Errors are *tokenizer.SyntaxError values with CPython's
// messages and positions.
package codegen
