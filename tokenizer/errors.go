package tokenizer

import (
	"fmt"
	"unicode/utf8"
)

// lineAt returns the text of the line starting at lineStart, without its
// line ending.
func (t *Tokenizer) lineAt(lineStart int) []byte {
	end := lineStart
	for end < t.srcLen && !isNewlineByte(t.src[end]) {
		end++
	}
	return t.src[lineStart:end]
}

// charsBetween counts the characters between two offsets of the source.
func (t *Tokenizer) charsBetween(from, to int) int {
	if to > len(t.src) {
		to = len(t.src)
	}
	if to <= from {
		return 0
	}
	return utf8.RuneCount(t.src[from:to])
}

// newError builds an error located on the line that starts at lineStart.
// offset and endOffset are CPython's 1-based character columns.
func (t *Tokenizer) newError(typ, msg string, line, lineStart, offset, endOffset int) *SyntaxError {
	return &SyntaxError{
		Type:      typ,
		Msg:       msg,
		Filename:  t.filename,
		Text:      string(t.lineAt(lineStart)),
		Lineno:    line,
		Offset:    offset,
		EndLineno: line,
		EndOffset: endOffset,
	}
}

// errorAtCursor is CPython's _PyTokenizer_syntaxerror: a SyntaxError whose
// start and end are both the cursor, counted as the number of characters
// before it on its line.
func (t *Tokenizer) errorAtCursor(format string, args ...any) *SyntaxError {
	col := t.charsBetween(t.lineStart, t.pos)
	return t.newError(syntaxErrorType, fmt.Sprintf(format, args...), t.line, t.lineStart, col, col)
}

// errorAt is errorAtCursor with the cursor placed at off, on the current line.
func (t *Tokenizer) errorAt(off int, format string, args ...any) *SyntaxError {
	t.pos = off
	return t.errorAtCursor(format, args...)
}

// lineError reports an error about the current line as a whole, the way
// CPython's parser reports E_DEDENT, E_TABSPACE, E_TOODEEP and E_EOF from
// its tokenizer: the offset is given explicitly and the end offset is
// CPython's.
func (t *Tokenizer) lineError(typ, msg string, offset, endOffset int) *SyntaxError {
	return t.newError(typ, msg, t.line, t.lineStart, offset, endOffset)
}

// lineEndOffset is the column CPython reports for errors raised after its
// tokenizer moved to the end of the line: the number of characters in the
// line including its newline.
func (t *Tokenizer) lineEndOffset() int {
	return utf8.RuneCount(t.lineAt(t.lineStart)) + 1
}

// itoaLine formats a line number.
func itoaLine(n int) string { return fmt.Sprint(n) }

// Warning is a SyntaxWarning the tokenizer found: its message and the line it is on.
type Warning struct {
	Msg    string
	Lineno int
	// Offset is the byte offset in the source it is about, which tells warnings apart.
	Offset int
}

// warnAt records a SyntaxWarning about the source at byte offset off, once.
func (t *Tokenizer) warnAt(off int, msg string) {
	for _, w := range t.warnings {
		if w.Offset == off && w.Msg == msg {
			return
		}
	}
	t.warnings = append(t.warnings, Warning{Msg: msg, Lineno: t.line, Offset: off})
}

// Warnings returns the SyntaxWarnings found so far, in source order.
func (t *Tokenizer) Warnings() []Warning { return t.warnings }
