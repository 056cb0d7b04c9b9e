package tokenizer

// fstringToken scans inside an f-string outside its replacement fields:
// literal text (FSTRING_MIDDLE), the closing quotes (FSTRING_END), or the
// '{' that opens a replacement field. CPython's tok_get_fstring_mode.
func (t *Tokenizer) fstringToken(mode *fstringMode) (Token, error) {
	start := t.pos
	startPos := t.here()

	// A replacement field right here: nothing literal to return first.
	if t.src[t.pos] == '{' && t.src[t.pos+1] != '{' {
		if err := t.enterReplacementField(mode); err != nil {
			return Token{}, err
		}
		return t.normalToken()
	}

	if t.hasQuotes(t.pos, mode.quote, mode.quoteSize) {
		t.pos += mode.quoteSize
		t.modes = t.modes[:len(t.modes)-1]
		return t.token(FSTRING_END, start), nil
	}

	middle := func(end int) Token {
		return Token{Kind: FSTRING_MIDDLE, Text: t.text(start, end), Start: startPos, End: t.posAt(end)}
	}
	split := t.extra
	unicodeEscape := false
	for {
		c := t.src[t.pos]
		inFormatSpec := mode.inFormatSpec && mode.exprStartDepth >= 0
		if c == eof || mode.quoteSize == 1 && isNewlineByte(c) {
			if inFormatSpec && c != eof {
				// A newline ends a single-quoted format spec; the parser
				// then reports the missing '}'.
				mode.inExpr = true
				mode.inFormatSpec = false
				return middle(t.pos), nil
			}
			return Token{}, t.unterminatedFString(mode)
		}
		if c == mode.quote && t.hasQuotes(t.pos, mode.quote, mode.quoteSize) {
			// The closing quotes: FSTRING_END comes next time.
			return middle(t.pos), nil
		}
		switch c {
		case '{':
			if t.src[t.pos+1] != '{' || inFormatSpec {
				tok := middle(t.pos)
				if err := t.enterReplacementField(mode); err != nil {
					return Token{}, err
				}
				mode.inFormatSpec = false
				return tok, nil
			}
			// A doubled brace is a literal brace.
			t.pos += 2
			if split {
				return middle(t.pos - 1), nil
			}
		case '}':
			if unicodeEscape {
				t.pos++
				unicodeEscape = false
				if split {
					return middle(t.pos), nil
				}
				continue
			}
			if t.src[t.pos+1] == '}' && !inFormatSpec && mode.curlyDepth == 0 {
				t.pos += 2
				if split {
					return middle(t.pos - 1), nil
				}
				continue
			}
			// The '}' closing a replacement field, or a stray one that the
			// regular scanner rejects.
			mode.inExpr = true
			mode.inFormatSpec = false
			return middle(t.pos), nil
		case '\\':
			t.pos++
			e := t.src[t.pos]
			switch {
			case e == '{' || e == '}':
				// The brace keeps its meaning; the escape sequence is
				// invalid and only draws a warning.
			case isNewlineByte(e):
				t.skipNewline()
			case e == 'N' && !mode.raw:
				t.pos++
				if t.src[t.pos] == '{' {
					t.pos++
					unicodeEscape = true
				}
			case e != eof:
				t.pos++
			}
		case '\n', '\r':
			t.skipNewline()
		default:
			t.pos++
		}
	}
}

// enterReplacementField switches from literal text to the expression of a
// replacement field whose '{' is at the cursor.
func (t *Tokenizer) enterReplacementField(mode *fstringMode) error {
	mode.exprStartDepth++
	if mode.exprStartDepth >= maxExprNesting {
		return t.errorAtCursor("f-string: expressions nested too deeply")
	}
	mode.inExpr = true
	return nil
}

// hasQuotes reports whether size copies of quote start at off.
func (t *Tokenizer) hasQuotes(off int, quote byte, size int) bool {
	for i := 0; i < size; i++ {
		if t.src[off+i] != quote {
			return false
		}
	}
	return true
}

// unterminatedFString reports an f-string that reached the end of its line
// or of the input, at the f-string's first character.
func (t *Tokenizer) unterminatedFString(mode *fstringMode) *SyntaxError {
	detected := t.detectedLine()
	col := t.charsBetween(mode.startLineStart, mode.start) + 1
	msg := "unterminated f-string literal (detected at line " + itoaLine(detected) + ")"
	if mode.quoteSize == 3 {
		msg = "unterminated triple-quoted f-string literal (detected at line " + itoaLine(detected) + ")"
	}
	return t.newError(syntaxErrorType, msg, mode.startLine, mode.startLineStart, col, col)
}
