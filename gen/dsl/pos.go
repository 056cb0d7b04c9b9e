package dsl

import "fmt"

// Pos is a position in a definition file. Line and Col count from 1; Col counts bytes.
// Offset is the byte offset from the start of the file.
type Pos struct {
	File   string
	Line   int
	Col    int
	Offset int
}

// String renders the position as file:line:col, the prefix of every diagnostic.
func (p Pos) String() string {
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Error is a diagnostic in a definition file: a position and a message in plain English.
type Error struct {
	Pos Pos
	Msg string
}

// Error renders the diagnostic as file:line:col: message.
func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Errorf builds an *Error at pos.
func Errorf(pos Pos, format string, args ...any) *Error {
	return &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)}
}
