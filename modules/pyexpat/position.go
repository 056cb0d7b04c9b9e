package pyexpat

import "fmt"

// position is a place in the document as expat reports it: a 1-based line, a 0-based column
// counted in characters, and an offset in bytes of the input's encoding.
type position struct {
	line, col, byteIdx int64
	// cr records that the last character passed was a carriage return, so that the line
	// feed of a CR LF pair does not count as a second line end.
	cr bool
}

// advance moves pos over r, which takes width bytes of input.
func (pos *position) advance(r rune, width int) {
	pos.byteIdx += int64(width)
	switch r {
	case '\n':
		if !pos.cr {
			pos.line++
			pos.col = 0
		}
		pos.cr = false
	case '\r':
		pos.line++
		pos.col = 0
		pos.cr = true
	default:
		pos.col++
		pos.cr = false
	}
}

// xmlError is a well-formedness error (or another of expat's errors) at a place.
type xmlError struct {
	code int
	pos  position
}

func (e *xmlError) Error() string {
	return fmt.Sprintf("%s: line %d, column %d", errorString(e.code), e.pos.line, e.pos.col)
}

// errorString is expat's message for code, or "" for codes it does not know.
func errorString(code int) string {
	if code <= 0 || code >= len(errorMessages) {
		return ""
	}
	return errorMessages[code]
}
