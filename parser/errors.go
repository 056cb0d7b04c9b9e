package parser

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/taipanpy/taipan/ast"

	"github.com/taipanpy/taipan/tokenizer"
)

// lineStart returns the byte offset where 1-based line n starts.
func (p *parser) lineStart(n int) int {
	if p.lineStarts == nil {
		p.lineStarts = append(p.lineStarts, 0, 0)
		for i, c := range p.src {
			if c == '\n' {
				p.lineStarts = append(p.lineStarts, i+1)
			}
		}
	}
	if n < 1 {
		return 0
	}
	if n >= len(p.lineStarts) {
		return len(p.src)
	}
	return p.lineStarts[n]
}

// lineText returns source line n without its line ending.
func (p *parser) lineText(n int) []byte {
	s := p.lineStart(n)
	line := p.src[s:]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	return bytes.TrimRight(line, "\r")
}

// errorText is a SyntaxError's text for line n: the line with a newline, as CPython's
// tokenizer has it, which ends the last line with one too except in eval mode.
func (p *parser) errorText(n int) string {
	text := string(p.lineText(n))
	if end := p.lineStart(n + 1); end > 0 && end <= len(p.src) && p.src[end-1] == '\n' || !p.evalMode {
		text += "\n"
	}
	return text
}

// charOffset converts a line and byte column to CPython's 1-based character offset.
func (p *parser) charOffset(line, col int) int {
	s := p.lineStart(line)
	e := s + col
	if e > len(p.src) || col < 0 {
		return col + 1
	}
	return utf8.RuneCount(p.src[s:e]) + 1
}

// errorAt records a definite error spanning start..end unless one is already recorded.
func (p *parser) errorAt(typ, msg string, start, end tokenizer.Pos) {
	p.errorLC(typ, msg, start.Line, start.Col, end.Line, end.Col)
}

// errorLC records a definite error from line and byte-column coordinates.
func (p *parser) errorLC(typ, msg string, line, col, endLine, endCol int) {
	if p.err != nil {
		return
	}
	p.err = &tokenizer.SyntaxError{
		Type:      typ,
		Msg:       msg,
		Filename:  p.filename,
		Text:      p.errorText(line),
		Lineno:    line,
		Offset:    p.charOffset(line, col),
		EndLineno: endLine,
		EndOffset: p.charOffset(endLine, endCol),
	}
}

// syntaxError records a SyntaxError spanning start..end.
func (p *parser) syntaxError(msg string, start, end tokenizer.Pos) {
	p.errorAt("SyntaxError", msg, start, end)
}

// errorOnToken records a SyntaxError covering one token.
func (p *parser) errorOnToken(msg string, t *tokenizer.Token) {
	p.syntaxError(msg, t.Start, t.End)
}

// errorOnNode records a SyntaxError covering a node's range.
func (p *parser) errorOnNode(msg string, n ast.Positioned) {
	r := n.Span()
	p.errorLC("SyntaxError", msg, r.Lineno, r.ColOffset, r.EndLineno, r.EndColOffset)
}

// genericError reports "invalid syntax" at the furthest token read, as CPython does when no
// rule gave a more specific message, then lets a tokenizer error later in the source take
// precedence (CPython tokenizes the rest of the file for the same reason).
func (p *parser) genericError() {
	if p.err != nil {
		return
	}
	if len(p.toks) == 0 {
		p.fill(0)
		if p.err != nil {
			return
		}
	}
	last := &p.toks[len(p.toks)-1]
	switch last.Kind {
	case tokenizer.INDENT:
		// CPython's INDENT token has no column, which leaves this error with the width of the
		// indentation as its offset and -1 as its end offset.
		p.errorAt("IndentationError", "unexpected indent", last.Start, last.End)
		p.err.Offset = p.charOffset(last.End.Line, last.End.Col) - 1
		p.err.EndOffset = -1
		p.skipSourceCheck = true
		return
	case tokenizer.DEDENT:
		p.errorAt("IndentationError", "unexpected unindent", last.Start, last.End)
		p.skipSourceCheck = true
		return
	}
	p.errorOnToken("invalid syntax", last)
}

// checkRestOfSource tokenizes the input after a parser error, as CPython does before it
// reports one, and lets a tokenizer error found there take the error's place.
func (p *parser) checkRestOfSource() {
	if p.err == nil || p.tokErr != nil || p.skipSourceCheck {
		return
	}
	reported := p.err
	furthest := p.toks[len(p.toks)-1].Start.Line
	for {
		t, err := p.tz.Next()
		if err != nil {
			p.tokErr = err
			if se, ok := err.(*tokenizer.SyntaxError); ok && overridesGeneric(se, furthest) {
				p.err = se
			}
			break
		}
		if t.Kind == tokenizer.ENDMARKER {
			break
		}
	}
	if p.err != reported && strings.HasPrefix(p.err.Msg, "f-string") {
		// An error inside an f-string leaves the parser's error standing.
		p.err = reported
	}
}

// overridesGeneric reports whether a tokenizer error found after a parser error replaces it.
// CPython's tokenizer raises most errors at once, and those win; the ones it only signals
// with an error token (a bad line continuation, inconsistent dedent or tabs, too deep
// indentation, end of input) stay unreported, except that a bracket left open on a line
// before the furthest token the parser read is reported instead.
func overridesGeneric(se *tokenizer.SyntaxError, furthestLine int) bool {
	switch se.Msg {
	case "unexpected character after line continuation character",
		"unindent does not match any outer indentation level",
		"inconsistent use of tabs and spaces in indentation",
		"too many levels of indentation",
		"unexpected EOF while parsing":
		return false
	}
	if strings.HasSuffix(se.Msg, "' was never closed") && len(se.Msg) == len("'(' was never closed") {
		return se.Lineno < furthestLine
	}
	return true
}
