package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/taipanpy/taipan/tokenizer"
)

// writeSyntaxError prints a SyntaxError as CPython 3.13's traceback module does: the file and
// line, the source line without its indentation, carets under the offending range, and the
// message.
func writeSyntaxError(w io.Writer, e *tokenizer.SyntaxError) {
	fmt.Fprintf(w, "  File \"%s\", line %d\n", e.Filename, e.Lineno)
	if e.Text != "" {
		rtext := strings.TrimRight(e.Text, "\n")
		ltext := strings.TrimLeft(rtext, " \n\f")
		spaces := utf8.RuneCountInString(rtext) - utf8.RuneCountInString(ltext)
		fmt.Fprintf(w, "    %s\n", ltext)
		if e.Offset > 0 {
			offset, end := caretRange(e, utf8.RuneCountInString(rtext))
			col, endCol := offset-1-spaces, end-1-spaces
			if col >= 0 {
				var b strings.Builder
				i := 0
				// Whitespace other than spaces (tabs) is kept so that the carets line up.
				for _, c := range ltext {
					if i >= col {
						break
					}
					if unicode.IsSpace(c) {
						b.WriteRune(c)
					} else {
						b.WriteByte(' ')
					}
					i++
				}
				fmt.Fprintf(w, "    %s%s\n", b.String(), strings.Repeat("^", max(endCol-col, 1)))
			}
		}
	}
	typ := e.Type
	if typ == "" {
		typ = "SyntaxError"
	}
	fmt.Fprintf(w, "%s: %s\n", typ, e.Msg)
}

// caretRange returns the 1-based first and past-the-end character columns to underline.
func caretRange(e *tokenizer.SyntaxError, lineLen int) (offset, end int) {
	offset = e.Offset
	switch {
	case e.Lineno == e.EndLineno && e.EndOffset > 0:
		end = e.EndOffset
	case e.Lineno == e.EndLineno:
		end = offset
	default:
		end = lineLen + 1
	}
	if offset > lineLen {
		offset = lineLen + 1
	}
	if end <= offset {
		end = offset + 1
	}
	return offset, end
}
