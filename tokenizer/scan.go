package tokenizer

// isIdentStart reports whether c may start a name. Every non-ASCII byte
// qualifies here; names with non-ASCII bytes are checked afterwards, as
// CPython does.
func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128
}

// isIdentChar reports whether c may continue a name.
func isIdentChar(c byte) bool {
	return isIdentStart(c) || c >= '0' && c <= '9'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// normalToken scans one token outside f-string literal text: CPython's
// tok_get_normal_mode.
func (t *Tokenizer) normalToken() (Token, error) {
	for {
		tok, again, err := t.normalTokenOnce()
		if err != nil || !again {
			return tok, err
		}
	}
}

// normalTokenOnce scans one token, or reports again when it consumed a
// line that produces no token (a blank line in the parser's mode).
func (t *Tokenizer) normalTokenOnce() (tok Token, again bool, err error) {
	blankline := false
	if t.atBOL {
		t.atBOL = false
		var err error
		if blankline, err = t.indentation(); err != nil {
			return Token{}, false, err
		}
	}

	if t.pendin != 0 {
		if t.pendin < 0 {
			t.pendin++
			p := t.here()
			return Token{Kind: DEDENT, Start: p, End: p}, false, nil
		}
		t.pendin--
		return Token{Kind: INDENT, Text: t.text(t.lineStart, t.pos), Start: t.posAt(t.lineStart), End: t.here()}, false, nil
	}

	mode, inFString := t.inFString()

	for {
		// Skip spaces.
		c := t.src[t.pos]
		for c == ' ' || c == '\t' || c == '\f' {
			t.pos++
			c = t.src[t.pos]
		}
		start := t.pos

		if c == '#' {
			for c != eof && !isNewlineByte(c) {
				t.pos++
				c = t.src[t.pos]
			}
			if t.extra {
				t.commentNewline = blankline
				return t.token(COMMENT, start), false, nil
			}
			start = t.pos
		}

		if c == eof {
			if t.pos < len(t.src)-1 {
				// A NUL inside the text; decodeSource rejects these, so this
				// is only reachable through a broken invariant.
				return Token{}, false, t.errorAtCursor("source code cannot contain null bytes")
			}
			if len(t.brackets) > 0 {
				return Token{}, false, t.unclosedBracket()
			}
			p := t.here()
			return Token{Kind: ENDMARKER, Start: p, End: p}, false, nil
		}

		if isIdentStart(c) {
			tok, err := t.nameOrString(start, mode, inFString)
			return tok, false, err
		}

		if isNewlineByte(c) {
			n := t.newlineLen(t.pos)
			t.atBOL = true
			if blankline || len(t.brackets) > 0 {
				if t.extra {
					t.commentNewline = false
					tok := Token{Kind: NL, Text: t.text(start, start+n), Start: t.posAt(start), End: t.posAt(start + n)}
					t.skipNewline()
					t.moveBuffer()
					return tok, false, nil
				}
				t.skipNewline()
				t.moveBuffer()
				return Token{}, true, nil
			}
			kind := NEWLINE
			if t.commentNewline && t.extra {
				t.commentNewline = false
				kind = NL
			}
			end := t.posAt(start + n)
			if start >= t.srcLen {
				// The implicit newline takes a column but no text, as in
				// the tokenize module.
				end.Offset = t.srcLen
			}
			tok := Token{Kind: kind, Text: t.text(start, start+n), Start: t.posAt(start), End: end}
			t.skipNewline()
			t.moveBuffer()
			return tok, false, nil
		}

		if c == '.' {
			if isDigit(t.src[t.pos+1]) {
				t.pos++
				tok, err := t.number(start, true)
				return tok, false, err
			}
			if t.src[t.pos+1] == '.' && t.src[t.pos+2] == '.' {
				t.pos += 3
				return t.token(ELLIPSIS, start), false, nil
			}
			t.pos++
			return t.token(DOT, start), false, nil
		}

		if isDigit(c) {
			tok, err := t.number(start, false)
			return tok, false, err
		}

		if c == '"' || c == '\'' {
			tok, err := t.stringLiteral(start, mode, inFString)
			return tok, false, err
		}

		if c == '\\' {
			t.pos++
			if err := t.continuationLine(); err != nil {
				return Token{}, false, err
			}
			continue
		}

		tok, err := t.operator(start, c, mode, inFString)
		return tok, false, err
	}
}

// indentation measures the indentation of a new line and queues INDENT or
// DEDENT tokens. It reports whether the line is blank (only whitespace
// and/or a comment), which makes it invisible to the parser.
func (t *Tokenizer) indentation() (blankline bool, err error) {
	col, altcol, contCol := 0, 0, 0
	for {
		c := t.src[t.pos]
		if c == ' ' {
			col++
			altcol++
		} else if c == '\t' {
			col = (col/tabSize + 1) * tabSize
			altcol++
		} else if c == '\f' {
			// Emacs users' page breaks reset the column.
			col, altcol = 0, 0
		} else if c == '\\' {
			// Indentation cannot be split over lines with backslashes: the
			// first backslash preceded by whitespace decides the level.
			if contCol == 0 {
				contCol = col
			}
			t.pos++
			if err := t.continuationLine(); err != nil {
				return false, err
			}
			// No token is under way, so CPython's buffer moves on.
			t.moveBuffer()
			continue
		} else {
			break
		}
		t.pos++
	}
	c := t.src[t.pos]
	if c == '#' || isNewlineByte(c) {
		return true, nil
	}
	if len(t.brackets) > 0 {
		return false, nil
	}
	if contCol != 0 {
		col, altcol = contCol, contCol
	}
	top := len(t.indents) - 1
	switch {
	case col == t.indents[top]:
		if altcol != t.altIndents[top] {
			return false, t.tabError()
		}
	case col > t.indents[top]:
		if len(t.indents) >= maxIndent {
			return false, t.lineError(indentationErrorType, "too many levels of indentation", 1, 0)
		}
		if altcol <= t.altIndents[top] {
			return false, t.tabError()
		}
		t.pendin++
		t.indents = append(t.indents, col)
		t.altIndents = append(t.altIndents, altcol)
	default:
		for len(t.indents) > 1 && col < t.indents[len(t.indents)-1] {
			t.pendin--
			t.indents = t.indents[:len(t.indents)-1]
			t.altIndents = t.altIndents[:len(t.altIndents)-1]
		}
		top = len(t.indents) - 1
		if col != t.indents[top] {
			return false, t.lineError(indentationErrorType,
				"unindent does not match any outer indentation level", t.lineEndOffset(), -1)
		}
		if altcol != t.altIndents[top] {
			return false, t.tabError()
		}
	}
	return false, nil
}

// tabError is E_TABSPACE as CPython's parser reports it.
func (t *Tokenizer) tabError() *SyntaxError {
	return t.lineError(tabErrorType, "inconsistent use of tabs and spaces in indentation", 1, 0)
}

// continuationLine handles the line after a backslash (already consumed):
// the backslash must end the line, and input must follow.
func (t *Tokenizer) continuationLine() error {
	if !isNewlineByte(t.src[t.pos]) {
		// CPython points at the character after the backslash, counted
		// from the start of its line buffer, in bytes when that buffer
		// began on an earlier line.
		col := t.charsBetween(t.lineStart, t.pos) + 1
		if t.bufStart != t.lineStart {
			col = t.pos - t.bufStart + 1
		}
		err := t.lineError(syntaxErrorType, "unexpected character after line continuation character", col, 0)
		err.Text = t.bufferText()
		return err
	}
	t.skipNewline()
	if t.src[t.pos] == eof {
		return t.unexpectedEOF()
	}
	return nil
}

// unexpectedEOF is E_EOF: the input ended where more was needed.
func (t *Tokenizer) unexpectedEOF() *SyntaxError {
	if len(t.brackets) > 0 {
		return t.unclosedBracket()
	}
	// CPython reports it on the last line, at its end.
	line, lineStart := t.line, t.lineStart
	if t.pos == lineStart && lineStart > 0 {
		line--
		lineStart = t.prevLineStart(lineStart)
	}
	n := t.charsBetween(lineStart, t.pos)
	return t.newError(syntaxErrorType, "unexpected EOF while parsing", line, lineStart, n, -1)
}

// prevLineStart returns the start of the line before the one starting at
// lineStart.
func (t *Tokenizer) prevLineStart(lineStart int) int {
	i := lineStart - 1
	if i > 0 && t.src[i] == '\n' && t.src[i-1] == '\r' {
		i--
	}
	for i > 0 && !isNewlineByte(t.src[i-1]) {
		i--
	}
	return i
}

// unclosedBracket reports the innermost open bracket at end of input.
func (t *Tokenizer) unclosedBracket() *SyntaxError {
	b := t.brackets[len(t.brackets)-1]
	col := t.charsBetween(b.lineStart, b.lineStart+b.col) + 1
	err := t.newError(syntaxErrorType, "'"+string(b.char)+"' was never closed", b.line, b.lineStart, col, 0)
	if b.line == t.detectedLine() {
		// CPython shows its whole line buffer when the error is on the
		// tokenizer's current line.
		err.Text = t.bufferText()
	}
	return err
}

// moveBuffer starts CPython's line buffer at the current line, as its
// tokenizer does when it reads a line with no token under way; at end of
// input there is no line to read and the buffer stays.
func (t *Tokenizer) moveBuffer() {
	if t.src[t.pos] != eof {
		t.bufStart = t.lineStart
	}
}

// bufferText is CPython's line buffer as error text: from bufStart to the
// end of the last line read, without the final line ending.
func (t *Tokenizer) bufferText() string {
	end := t.pos
	if end > t.srcLen {
		end = t.srcLen
	}
	for end < t.srcLen && !isNewlineByte(t.src[end]) {
		end++
	}
	for end > t.bufStart && isNewlineByte(t.src[end-1]) {
		end--
	}
	return t.text(t.bufStart, end)
}

// operator scans punctuation: operators, brackets, and the characters that
// steer f-string replacement fields.
func (t *Tokenizer) operator(start int, c byte, mode *fstringMode, inFString bool) (Token, error) {
	if inFString && mode.exprStartDepth >= 0 && (c == ':' || c == '}' || c == '!' || c == '{') {
		cursor := mode.curlyDepth
		if c != '{' {
			cursor--
		}
		if c == ':' && cursor == mode.exprStartDepth {
			// The format spec starts: back to literal text.
			mode.inExpr = false
			mode.inFormatSpec = true
			t.pos++
			return t.token(COLON, start), nil
		}
	}

	if k := twoChars(c, t.src[t.pos+1]); k != OP {
		if k3 := threeChars(c, t.src[t.pos+1], t.src[t.pos+2]); k3 != OP {
			t.pos += 3
			return t.token(k3, start), nil
		}
		t.pos += 2
		return t.token(k, start), nil
	}

	switch c {
	case '(', '[', '{':
		if len(t.brackets) >= maxLevel {
			t.pos++
			return Token{}, t.errorAtCursor("too many nested parentheses")
		}
		t.brackets = append(t.brackets, bracket{char: c, line: t.line, col: start - t.lineStart, lineStart: t.lineStart})
		if inFString {
			mode.curlyDepth++
		}
	case ')', ']', '}':
		t.pos++
		if inFString && mode.curlyDepth == 0 && c == '}' {
			return Token{}, t.errorAtCursor("f-string: single '}' is not allowed")
		}
		if !t.extra && len(t.brackets) == 0 {
			return Token{}, t.errorAtCursor("unmatched '%c'", c)
		}
		if n := len(t.brackets); n > 0 {
			open := t.brackets[n-1]
			t.brackets = t.brackets[:n-1]
			if !t.extra && !matches(open.char, c) {
				if inFString && open.char == '{' && mode.curlyDepth-1 == mode.exprStartDepth {
					return Token{}, t.errorAtCursor("f-string: unmatched '%c'", c)
				}
				if open.line != t.line {
					return Token{}, t.errorAtCursor("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.char, open.line)
				}
				return Token{}, t.errorAtCursor("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.char)
			}
		}
		if inFString {
			mode.curlyDepth--
			if mode.curlyDepth < 0 {
				return Token{}, t.errorAtCursor("f-string: unmatched '%c'", c)
			}
			if c == '}' && mode.curlyDepth == mode.exprStartDepth {
				mode.exprStartDepth--
				mode.inExpr = false
				mode.inFormatSpec = false
				mode.debug = false
			}
		}
		return t.token(oneChar(c), start), nil
	}

	t.pos++
	if c < ' ' || c == 0x7f {
		return Token{}, t.errorAtCursor("invalid non-printable character U+%04X", c)
	}
	if c == '=' && inFString && mode.exprStartDepth >= 0 {
		mode.debug = true
	}
	// Characters that are no operator ('$', '?', '`') come out as OP, as in
	// CPython; the parser rejects them.
	return t.token(oneChar(c), start), nil
}

// matches reports whether closing closes opening.
func matches(opening, closing byte) bool {
	return opening == '(' && closing == ')' || opening == '[' && closing == ']' || opening == '{' && closing == '}'
}
