package tokenizer

// nameOrString scans a name, or a string whose prefix letters were taken
// for the start of a name: b"", r"", u"", f"" and their legal combinations.
func (t *Tokenizer) nameOrString(start int, mode *fstringMode, inFString bool) (Token, error) {
	sawB, sawR, sawU, sawF := false, false, false, false
	for {
		c := t.src[t.pos]
		switch {
		case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
			sawB = true
		case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
			// u"" exists for backwards compatibility only, so it combines
			// with nothing.
			sawU = true
		case !(sawR || sawU) && (c == 'r' || c == 'R'):
			sawR = true
		case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
			sawF = true
		default:
			goto name
		}
		t.pos++
		if q := t.src[t.pos]; q == '"' || q == '\'' {
			if sawF {
				return t.fstringStart(start, sawR)
			}
			return t.stringLiteral(start, mode, inFString)
		}
	}
name:
	nonASCII := false
	for c := t.src[t.pos]; isIdentChar(c); c = t.src[t.pos] {
		if c >= 128 {
			nonASCII = true
		}
		t.pos++
	}
	if nonASCII && !t.extra {
		if err := t.verifyIdentifier(start); err != nil {
			return Token{}, err
		}
	}
	return t.token(NAME, start), nil
}

// stringLiteral scans a string or bytes literal whose opening quote is at
// the cursor; start is where its prefix begins.
func (t *Tokenizer) stringLiteral(start int, mode *fstringMode, inFString bool) (Token, error) {
	startPos := t.posAt(start)
	startLineStart := t.lineStart
	quote := t.src[t.pos]
	t.pos++
	quoteSize := 1
	endQuoteSize := 0
	if t.src[t.pos] == quote {
		if t.src[t.pos+1] == quote {
			quoteSize = 3
			t.pos += 2
		} else {
			t.pos++
			endQuoteSize = 1 // the empty string
		}
	}
	escapedQuote := false
	for endQuoteSize != quoteSize {
		c := t.src[t.pos]
		if c == eof || quoteSize == 1 && isNewlineByte(c) {
			return Token{}, t.unterminatedString(startPos, startLineStart, quote, quoteSize, escapedQuote, mode, inFString)
		}
		if c == quote {
			endQuoteSize++
			t.pos++
			continue
		}
		endQuoteSize = 0
		switch c {
		case '\\':
			t.pos++
			switch e := t.src[t.pos]; {
			case e == quote:
				escapedQuote = true
				t.pos++
			case isNewlineByte(e):
				t.skipNewline()
			case e != eof:
				t.pos++
			}
		case '\n', '\r':
			t.skipNewline()
		default:
			t.pos++
		}
	}
	return Token{Kind: STRING, Text: t.text(start, t.pos), Start: startPos, End: t.here()}, nil
}

// unterminatedString reports a string that reached the end of its line or
// of the input, at the string's first character.
func (t *Tokenizer) unterminatedString(startPos Pos, startLineStart int, quote byte, quoteSize int, escapedQuote bool, mode *fstringMode, inFString bool) *SyntaxError {
	detected := t.detectedLine()
	col := t.charsBetween(startLineStart, startPos.Offset) + 1
	errAt := func(msg string) *SyntaxError {
		return t.newError(syntaxErrorType, msg, startPos.Line, startLineStart, col, col)
	}
	// Inside an f-string, a quote like the f-string's own means the
	// replacement field was never closed.
	if inFString && mode.quote == quote && mode.quoteSize == quoteSize {
		return errAt("f-string: expecting '}'")
	}
	if quoteSize == 3 {
		return errAt("unterminated triple-quoted string literal (detected at line " + itoaLine(detected) + ")")
	}
	if escapedQuote {
		return errAt("unterminated string literal (detected at line " + itoaLine(detected) + "); perhaps you escaped the end quote?")
	}
	return errAt("unterminated string literal (detected at line " + itoaLine(detected) + ")")
}

// detectedLine is the line CPython names in "(detected at line N)": the
// line of the cursor, or at end of input the last line of the text.
func (t *Tokenizer) detectedLine() int {
	if t.src[t.pos] == eof && t.pos == t.lineStart && t.line > 1 {
		return t.line - 1
	}
	return t.line
}

// fstringStart scans the opening of an f-string (prefix already consumed,
// quote at the cursor) and enters f-string mode.
func (t *Tokenizer) fstringStart(start int, raw bool) (Token, error) {
	quote := t.src[t.pos]
	t.pos++
	quoteSize := 1
	if t.src[t.pos] == quote && t.src[t.pos+1] == quote {
		quoteSize = 3
		t.pos += 2
	}
	if len(t.modes)+1 >= maxFStringLevel {
		return Token{}, t.errorAtCursor("too many nested f-strings")
	}
	t.modes = append(t.modes, fstringMode{
		quote:          quote,
		quoteSize:      quoteSize,
		raw:            raw,
		start:          start,
		startLine:      t.line,
		startLineStart: t.lineStart,
		exprStartDepth: -1,
	})
	return t.token(FSTRING_START, start), nil
}
