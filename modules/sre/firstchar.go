package sre

// A match of many patterns must start with one character of a known kind: `\w+` with a
// word character, `(\d+)-` with a digit. search skips the positions where no match can
// start without running the engine there; the INFO block only describes literal prefixes
// and leading sets.

// firstCharOp returns the position in code of the single-character instruction every match
// of the code at pc must start with, or -1 when there is none.
func firstCharOp(code []uint32, pc int) int {
	for depth := 0; depth < 16; depth++ {
		switch code[pc] {
		case opMark:
			pc += 2
		case opLiteral, opNotLiteral, opAny, opAnyAll, opIn, opCategory,
			opLiteralIgnore, opNotLiteralIgnore, opInIgnore,
			opLiteralUniIgnore, opNotLiteralUniIgnore, opInUniIgnore:
			return pc
		case opRepeatOne, opMinRepeatOne, opPossessiveRepeatOne, opRepeat, opPossessiveRepeat:
			// <op> <skip> <min> <max> item: the item comes first when it must occur.
			if code[pc+2] == 0 {
				return -1
			}
			pc += 4
		default:
			return -1
		}
	}
	return -1
}

// matchesOne reports whether c matches the single-character instruction at pc.
func matchesOne(code []uint32, pc int, c rune) bool {
	switch code[pc] {
	case opLiteral:
		return uint32(c) == code[pc+1]
	case opNotLiteral:
		return uint32(c) != code[pc+1]
	case opAny:
		return c != '\n'
	case opAnyAll:
		return true
	case opIn:
		return inSet(code, pc+2, uint32(c))
	case opCategory:
		return inCategory(code[pc+1], c)
	case opLiteralIgnore:
		return uint32(lowerASCII(c)) == code[pc+1]
	case opNotLiteralIgnore:
		return uint32(lowerASCII(c)) != code[pc+1]
	case opInIgnore:
		return inSet(code, pc+2, uint32(lowerASCII(c)))
	case opLiteralUniIgnore:
		return uint32(lowerUnicode(c)) == code[pc+1]
	case opNotLiteralUniIgnore:
		return uint32(lowerUnicode(c)) != code[pc+1]
	case opInUniIgnore:
		return inSet(code, pc+2, uint32(lowerUnicode(c)))
	}
	return true
}
