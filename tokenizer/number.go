package tokenizer

func isHexDigit(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// number scans a numeric literal starting at start. afterDot is set when
// the literal began with '.' and the cursor is on the first fraction digit.
func (t *Tokenizer) number(start int, afterDot bool) (Token, error) {
	if afterDot {
		return t.fraction(start)
	}
	if t.src[t.pos] == '0' {
		t.pos++
		switch t.src[t.pos] {
		case 'x', 'X':
			t.pos++
			return t.radixInteger(start, isHexDigit, "hexadecimal", false)
		case 'o', 'O':
			t.pos++
			return t.radixInteger(start, func(c byte) bool { return c >= '0' && c <= '7' }, "octal", true)
		case 'b', 'B':
			t.pos++
			return t.radixInteger(start, func(c byte) bool { return c == '0' || c == '1' }, "binary", true)
		}
		return t.zeroPrefixed(start)
	}
	if err := t.decimalTail(); err != nil {
		return Token{}, err
	}
	return t.afterInteger(start)
}

// radixInteger scans the digits of a 0x, 0o or 0b literal. digitNames says
// whether a stray decimal digit is named in the error, as CPython does for
// octal and binary.
func (t *Tokenizer) radixInteger(start int, isRadixDigit func(byte) bool, kind string, digitNames bool) (Token, error) {
	for {
		if t.src[t.pos] == '_' {
			t.pos++
		}
		c := t.src[t.pos]
		if !isRadixDigit(c) {
			if digitNames && isDigit(c) {
				t.pos++
				return Token{}, t.errorAtCursor("invalid digit '%c' in %s literal", c, kind)
			}
			return Token{}, t.errorAtCursor("invalid %s literal", kind)
		}
		for isRadixDigit(t.src[t.pos]) {
			t.pos++
		}
		if t.src[t.pos] != '_' {
			break
		}
	}
	if c := t.src[t.pos]; digitNames && isDigit(c) {
		t.pos++
		return Token{}, t.errorAtCursor("invalid digit '%c' in %s literal", c, kind)
	}
	if err := t.verifyEndOfNumber(kind); err != nil {
		return Token{}, err
	}
	return t.token(NUMBER, start), nil
}

// zeroPrefixed scans a decimal literal that starts with '0' (consumed):
// zero itself, a float or imaginary number, or a forbidden old-style
// octal such as 017.
func (t *Tokenizer) zeroPrefixed(start int) (Token, error) {
	for {
		if t.src[t.pos] == '_' {
			t.pos++
			if !isDigit(t.src[t.pos]) {
				return Token{}, t.errorAtCursor("invalid decimal literal")
			}
		}
		if t.src[t.pos] != '0' {
			break
		}
		t.pos++
	}
	zerosEnd := t.pos
	nonzero := false
	if isDigit(t.src[t.pos]) {
		nonzero = true
		if err := t.decimalTail(); err != nil {
			return Token{}, err
		}
	}
	switch t.src[t.pos] {
	case '.', 'e', 'E', 'j', 'J':
		return t.afterInteger(start)
	}
	if nonzero && !t.extra {
		from := t.charsBetween(t.lineStart, start) + 1
		// CPython's range ends one past the first non-zero digit.
		to := t.charsBetween(t.lineStart, zerosEnd) + 1
		err := t.newError(syntaxErrorType, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", t.line, t.lineStart, from, to)
		return Token{}, err
	}
	if err := t.verifyEndOfNumber("decimal"); err != nil {
		return Token{}, err
	}
	return t.token(NUMBER, start), nil
}

// afterInteger continues a decimal literal after its integer digits: a
// fraction, an exponent, an imaginary suffix.
func (t *Tokenizer) afterInteger(start int) (Token, error) {
	if t.src[t.pos] == '.' {
		t.pos++
		return t.fraction(start)
	}
	return t.exponent(start)
}

// fraction scans the digits after a decimal point (consumed), then the rest.
func (t *Tokenizer) fraction(start int) (Token, error) {
	if isDigit(t.src[t.pos]) {
		if err := t.decimalTail(); err != nil {
			return Token{}, err
		}
	}
	return t.exponent(start)
}

// exponent scans an optional exponent and imaginary suffix.
func (t *Tokenizer) exponent(start int) (Token, error) {
	if c := t.src[t.pos]; c == 'e' || c == 'E' {
		ePos := t.pos
		t.pos++
		switch s := t.src[t.pos]; {
		case s == '+' || s == '-':
			t.pos++
			if !isDigit(t.src[t.pos]) {
				return Token{}, t.errorAtCursor("invalid decimal literal")
			}
		case !isDigit(s):
			// "1e" followed by no digits: the number ends before the 'e',
			// unless the 'e' glues on to a name.
			t.pos = ePos
			if err := t.verifyEndOfNumber("decimal"); err != nil {
				return Token{}, err
			}
			t.pos = ePos
			return t.token(NUMBER, start), nil
		}
		if err := t.decimalTail(); err != nil {
			return Token{}, err
		}
	}
	if c := t.src[t.pos]; c == 'j' || c == 'J' {
		t.pos++
		if err := t.verifyEndOfNumber("imaginary"); err != nil {
			return Token{}, err
		}
		return t.token(NUMBER, start), nil
	}
	if err := t.verifyEndOfNumber("decimal"); err != nil {
		return Token{}, err
	}
	return t.token(NUMBER, start), nil
}

// decimalTail scans decimal digits with single underscores between them.
func (t *Tokenizer) decimalTail() error {
	for {
		for isDigit(t.src[t.pos]) {
			t.pos++
		}
		if t.src[t.pos] != '_' {
			return nil
		}
		t.pos++
		if !isDigit(t.src[t.pos]) {
			return t.errorAtCursor("invalid decimal literal")
		}
	}
}

// verifyEndOfNumber rejects a number glued to a name ("1abc"). A keyword
// that may follow a number in valid code ("1if x else y") only draws a
// SyntaxWarning, as in CPython.
func (t *Tokenizer) verifyEndOfNumber(kind string) error {
	if t.extra {
		return nil
	}
	c := t.src[t.pos]
	keyword := false
	switch c {
	case 'a':
		keyword = t.followedBy("nd")
	case 'e':
		keyword = t.followedBy("lse")
	case 'f':
		keyword = t.followedBy("or")
	case 'i':
		c2 := t.src[t.pos+1]
		keyword = c2 == 'f' || c2 == 'n' || c2 == 's'
	case 'o':
		keyword = t.followedBy("r")
	case 'n':
		keyword = t.followedBy("ot")
	}
	if keyword {
		t.warnAt(t.pos, "invalid "+kind+" literal")
		return nil
	}
	if c < 128 && isIdentChar(c) {
		return t.errorAtCursor("invalid %s literal", kind)
	}
	return nil
}

// followedBy reports whether rest follows the byte at the cursor and ends a
// name there.
func (t *Tokenizer) followedBy(rest string) bool {
	off := t.pos + 1
	for i := 0; i < len(rest); i++ {
		if t.src[off+i] != rest[i] {
			return false
		}
	}
	return !isIdentChar(t.src[off+len(rest)])
}
