package sre

// The engine's single-character work: counting the repeats of a one-character item, the
// AT assertions, set membership and back reference comparison.

// sameChar compares two characters for a back reference of kind op.
func sameChar[C text](op uint32, a, b C) bool {
	switch op {
	case opGrouprefIgnore:
		return lowerASCII(rune(a)) == lowerASCII(rune(b))
	case opGrouprefUniIgnore:
		return lowerUnicode(rune(a)) == lowerUnicode(rune(b))
	case opGrouprefLocIgnore:
		return lowerASCII(rune(a)) == lowerASCII(rune(b))
	}
	return a == b
}

// count returns how many times (up to maxcount) the single-character item at pc matches from
// s.ptr (SRE(count)).
func (s *sreState[C]) count(pc, maxcount int) (int, error) {
	code, text := s.code, s.text
	ptr, end := s.ptr, s.end
	if maxcount < end-ptr && maxcount != maxRepeat {
		end = ptr + maxcount
	}
	switch code[pc] {
	case opIn:
		for ptr < end && inSet(code, pc+2, uint32(text[ptr])) {
			ptr++
		}
	case opAny:
		for ptr < end && text[ptr] != '\n' {
			ptr++
		}
	case opAnyAll:
		if end > ptr {
			ptr = end
		}
	case opLiteral:
		for c := code[pc+1]; ptr < end && uint32(text[ptr]) == c; {
			ptr++
		}
	case opLiteralIgnore:
		for c := code[pc+1]; ptr < end && uint32(lowerASCII(rune(text[ptr]))) == c; {
			ptr++
		}
	case opLiteralUniIgnore:
		for c := code[pc+1]; ptr < end && uint32(lowerUnicode(rune(text[ptr]))) == c; {
			ptr++
		}
	case opLiteralLocIgnore:
		for c := code[pc+1]; ptr < end && charLocIgnore(c, rune(text[ptr])); {
			ptr++
		}
	case opNotLiteral:
		for c := code[pc+1]; ptr < end && uint32(text[ptr]) != c; {
			ptr++
		}
	case opNotLiteralIgnore:
		for c := code[pc+1]; ptr < end && uint32(lowerASCII(rune(text[ptr]))) != c; {
			ptr++
		}
	case opNotLiteralUniIgnore:
		for c := code[pc+1]; ptr < end && uint32(lowerUnicode(rune(text[ptr]))) != c; {
			ptr++
		}
	case opNotLiteralLocIgnore:
		for c := code[pc+1]; ptr < end && !charLocIgnore(c, rune(text[ptr])); {
			ptr++
		}
	default:
		// Any other single-character item: match it once at a time.
		for s.ptr < end {
			ok, err := s.run(pc, false)
			if err != nil {
				return 0, err
			}
			if !ok {
				break
			}
		}
		return s.ptr - ptr, nil
	}
	return ptr - s.ptr, nil
}

// at tests the AT code at the position ptr.
func (s *sreState[C]) at(ptr int, at uint32) bool {
	text, end := s.text, s.end
	switch at {
	case atBeginning, atBeginningString:
		return ptr == 0
	case atBeginningLine:
		return ptr == 0 || ptr <= len(text) && text[ptr-1] == '\n'
	case atEnd:
		return end-ptr == 1 && text[ptr] == '\n' || ptr == end
	case atEndLine:
		return ptr == end || ptr < len(text) && text[ptr] == '\n'
	case atEndString:
		return ptr == end
	case atBoundary, atNonBoundary, atLocBoundary, atLocNonBoundary, atUniBoundary, atUniNonBoundary:
		if end == 0 {
			return false
		}
		isWord := asciiIsWord
		switch at {
		case atLocBoundary, atLocNonBoundary:
			isWord = locIsWord
		case atUniBoundary, atUniNonBoundary:
			isWord = uniIsWord
		}
		before := ptr > 0 && ptr <= len(text) && isWord(rune(text[ptr-1]))
		here := ptr < end && isWord(rune(text[ptr]))
		if at == atBoundary || at == atLocBoundary || at == atUniBoundary {
			return before != here
		}
		return before == here
	}
	return false
}

// inSet reports whether c is in the set whose items start at code[pc] (SRE(charset)).
func inSet(code []uint32, pc int, c uint32) bool {
	ok := true
	for {
		op := code[pc]
		pc++
		switch op {
		case opFailure:
			return !ok
		case opLiteral:
			if c == code[pc] {
				return ok
			}
			pc++
		case opCategory:
			if inCategory(code[pc], rune(c)) {
				return ok
			}
			pc++
		case opCharset:
			// A 256-bit bitmap.
			if c < 256 && code[pc+int(c>>5)]&(1<<(c&31)) != 0 {
				return ok
			}
			pc += 8
		case opRange:
			if code[pc] <= c && c <= code[pc+1] {
				return ok
			}
			pc += 2
		case opRangeUniIgnore:
			// c is already lowercased; its uppercase may be in the range too.
			if code[pc] <= c && c <= code[pc+1] {
				return ok
			}
			if u := uint32(upperUnicode(rune(c))); code[pc] <= u && u <= code[pc+1] {
				return ok
			}
			pc += 2
		case opNegate:
			ok = !ok
		case opBigCharset:
			// <count> <256 block numbers, a byte each, packed four to a word> <count 256-bit
			// blocks>. The packing is the machine's byte order, little-endian.
			count := int(code[pc])
			pc++
			if c < 0x10000 {
				hi := c >> 8
				block := (code[pc+int(hi>>2)] >> (8 * (hi & 3))) & 0xff
				bit := block*256 + c&255
				if code[pc+64+int(bit>>5)]&(1<<(bit&31)) != 0 {
					return ok
				}
			}
			pc += 64 + count*8
		default:
			return false
		}
	}
}

// inSetLocIgnore is SRE(charset_loc_ignore).
func inSetLocIgnore(code []uint32, pc int, c rune) bool {
	lo := lowerASCII(c)
	if inSet(code, pc, uint32(lo)) {
		return true
	}
	up := upperASCII(c)
	return up != lo && inSet(code, pc, uint32(up))
}
