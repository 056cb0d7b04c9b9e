package tokenizer

import (
	"fmt"
	"unicode/utf8"
)

// SyntaxError is a SyntaxError, IndentationError or TabError in CPython's
// terms. Type is the Python exception class name, Msg its message;
// Lineno/Offset/EndLineno/EndOffset are 1-based as in CPython's SyntaxError
// attributes (Offset counts characters, as CPython reports it) and Text is
// the offending source line without its line ending. The parser and compiler
// report their errors with this type too.
type SyntaxError struct {
	Type, Msg, Filename, Text            string
	Lineno, Offset, EndLineno, EndOffset int
	// TextFromFile marks an error found after parsing (by the symbol table or the code
	// generator), which has no source text at hand: as in CPython, the exception's text is
	// line Lineno of the file Filename when that can be read, else None.
	TextFromFile bool
}

// Error formats the error the way CPython's str() of the exception does,
// prefixed with the class name: "SyntaxError: msg (file, line N)".
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s: %s (%s, line %d)", e.Type, e.Msg, e.Filename, e.Lineno)
}

// Exception class names used in SyntaxError.Type.
const (
	syntaxErrorType      = "SyntaxError"
	indentationErrorType = "IndentationError"
	tabErrorType         = "TabError"
)

// charColumn converts a 0-based byte offset within line to the 1-based
// character column CPython reports: the number of characters in line[:col]
// plus one. Invalid UTF-8 counts one character per byte, as CPython's
// "replace" decoding does.
func charColumn(line []byte, col int) int {
	if col > len(line) {
		col = len(line)
	}
	if col < 0 {
		col = 0
	}
	return utf8.RuneCount(line[:col]) + 1
}
