package objects

import (
	"strings"
	"unicode"
)

// syntaxErrorLines renders a SyntaxError as the traceback module does: no traceback header
// but the file and line, the offending text with carets under the reported range, and the
// message (TracebackException._format_syntax_error).
func (f *TracebackFormatter) syntaxErrorLines(te *tbException) []string {
	s := te.syntax
	var lines []string
	suffix := ""
	filename := "<string>"
	if fn := s.filename; fn != None {
		filename = safeStr(nil, fn, "filename", false)
		if str, ok := fn.(*Str); ok && str.value == "" {
			filename = "<string>"
		}
	}
	linenoStr := ""
	if s.lineno != None {
		linenoStr = safeStr(nil, s.lineno, "lineno", false)
		if f.Colorize {
			lines = append(lines, "  File "+ansiMagenta+"\""+filename+"\""+ansiReset+", line "+ansiMagenta+linenoStr+ansiReset+"\n")
		} else {
			lines = append(lines, "  File \""+filename+"\", line "+linenoStr+"\n")
		}
	} else if s.filename != None {
		suffix = " (" + safeStr(nil, s.filename, "filename", false) + ")"
	}
	if text, ok := s.text.(*Str); ok {
		lines = append(lines, f.syntaxTextLines(s, text.value, linenoStr)...)
	}
	msg := ""
	if s.msg != None {
		msg = safeStr(nil, s.msg, "msg", false)
	}
	if b, ok := s.msg.(*Bool); ok && !b.value {
		msg = ""
	}
	if msg == "" {
		msg = "<no detail available>"
	}
	if f.Colorize {
		lines = append(lines, ansiBoldMagenta+te.typeName+ansiReset+": "+ansiMagenta+msg+ansiReset+suffix+"\n")
	} else {
		lines = append(lines, te.typeName+": "+msg+suffix+"\n")
	}
	return lines
}

// syntaxTextLines renders the source line of a SyntaxError and its carets. Offsets are
// 1-based character columns.
func (f *TracebackFormatter) syntaxTextLines(s *syntaxLocation, text, linenoStr string) []string {
	rtext := []rune(strings.TrimRight(text, "\n"))
	ltext := []rune(strings.TrimLeft(string(rtext), " \n\f"))
	spaces := len(rtext) - len(ltext)
	offsetObj, ok := s.offset.(*Int)
	if !ok {
		return []string{"    " + string(ltext) + "\n"}
	}
	textLen := len([]rune(text))
	offset, _ := offsetObj.Int64()
	var endOffset int64
	endLinenoStr := ""
	if s.endLineno != None {
		endLinenoStr = safeStr(nil, s.endLineno, "end_lineno", false)
	}
	if linenoStr == endLinenoStr && s.lineno != None || (s.lineno == None && s.endLineno == None) {
		endOffset = offset
		if e, ok := s.endOffset.(*Int); ok {
			if v, _ := e.Int64(); v != 0 {
				endOffset = v
			}
		}
	} else {
		endOffset = int64(len(rtext)) + 1
	}
	if textLen > 0 && offset > int64(textLen) {
		offset = int64(len(rtext)) + 1
	}
	if textLen > 0 && endOffset > int64(textLen) {
		endOffset = int64(len(rtext)) + 1
	}
	if offset >= endOffset || endOffset < 0 {
		endOffset = offset + 1
	}
	colno := int(offset) - 1 - spaces
	endColno := int(endOffset) - 1 - spaces
	if colno < 0 {
		return []string{"    " + string(ltext) + "\n"}
	}
	var caretSpace strings.Builder
	for i := 0; i < colno && i < len(ltext); i++ {
		if unicode.IsSpace(ltext[i]) {
			caretSpace.WriteRune(ltext[i])
		} else {
			caretSpace.WriteByte(' ')
		}
	}
	carets := strings.Repeat("^", max(0, endColno-colno))
	line := string(ltext)
	if f.Colorize {
		a, b := min(colno, len(ltext)), min(max(endColno, colno), len(ltext))
		line = string(ltext[:a]) + ansiBoldRed + string(ltext[a:b]) + ansiReset + string(ltext[b:])
		carets = ansiBoldRed + carets + ansiReset
	}
	return []string{"    " + line + "\n", "    " + caretSpace.String() + carets + "\n"}
}
