package sre

// validate checks that code is well formed before the engine runs it (CPython's _validate):
// every instruction complete, every skip inside its block, every group number in range.
// Python code can hand _sre.compile any list of integers, and the engine trusts what it
// reads, so this is what keeps it from reading outside the code or looping on a bad jump.
func validate(code []uint32, groups int) bool {
	if groups < 0 || groups > maxGroups || len(code) == 0 || code[len(code)-1] != opSuccess {
		return false
	}
	v := validator{code: code, groups: groups}
	return v.block(0, len(code)-1) == 0
}

type validator struct {
	code   []uint32
	groups int
}

// The results of block: well formed, malformed, or well formed and ending in a JUMP (the
// "then" part of a conditional group with an "else" part).
const (
	blockOK = iota
	blockBad
	blockJump
)

// skip reads the skip at code[i], which must stay within [i, end] once adj is taken off,
// and returns it.
func (v *validator) skip(i, end, adj int) (int, bool) {
	if i >= end {
		return 0, false
	}
	s := int(v.code[i])
	if s-adj > end-i {
		return 0, false
	}
	return s, true
}

// charset checks the set items in code[i:end].
func (v *validator) charset(i, end int) bool {
	code := v.code
	for i < end {
		op := code[i]
		i++
		switch op {
		case opNegate:
		case opLiteral:
			i++
		case opRange, opRangeUniIgnore:
			i += 2
		case opCharset:
			i += 8
		case opBigCharset:
			if i >= end {
				return false
			}
			count := int(code[i])
			i++
			if 64 > end-i {
				return false
			}
			for k := 0; k < 256; k++ {
				if int((code[i+k/4]>>(8*(k%4)))&0xff) >= count {
					return false
				}
			}
			i += 64
			if count*8 > end-i {
				return false
			}
			i += count * 8
		case opCategory:
			if i >= end || code[i] > catUniNotLinebreak {
				return false
			}
			i++
		default:
			return false
		}
		if i > end {
			return false
		}
	}
	return true
}

// block checks the instructions in code[i:end].
func (v *validator) block(i, end int) int {
	code := v.code
	if i > end {
		return blockBad
	}
	for i < end {
		op := code[i]
		i++
		switch op {
		case opMark:
			if i >= end || int(code[i]) > 2*v.groups+1 {
				return blockBad
			}
			i++

		case opLiteral, opNotLiteral, opLiteralIgnore, opNotLiteralIgnore, opLiteralUniIgnore,
			opNotLiteralUniIgnore, opLiteralLocIgnore, opNotLiteralLocIgnore:
			if i >= end {
				return blockBad
			}
			i++

		case opSuccess, opFailure, opAny, opAnyAll:

		case opAt:
			if i >= end || code[i] > atUniNonBoundary {
				return blockBad
			}
			i++

		case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
			s, ok := v.skip(i, end, 0)
			if !ok || s < 2 || !v.charset(i+1, i+s-1) || code[i+s-1] != opFailure {
				return blockBad
			}
			i += s

		case opInfo:
			// <INFO> <skip> <flags> <min> <max> [prefix | charset]
			s, ok := v.skip(i, end, 0)
			if !ok || s < 4 {
				return blockBad
			}
			next := i + s
			flags := code[i+1]
			j := i + 4
			if flags&^(infoPrefix|infoLiteral|infoCharset) != 0 ||
				flags&infoPrefix != 0 && flags&infoCharset != 0 ||
				flags&infoLiteral != 0 && flags&infoPrefix == 0 {
				return blockBad
			}
			if flags&infoPrefix != 0 {
				if j+2 > next {
					return blockBad
				}
				n := int(code[j])
				j += 2
				if n > next-j {
					return blockBad
				}
				j += n
				if n > next-j {
					return blockBad
				}
				for k := 0; k < n; k++ {
					if int(code[j+k]) >= n {
						return blockBad
					}
				}
				j += n
			}
			if flags&infoCharset != 0 {
				if next-1 < j || !v.charset(j, next-1) || code[next-1] != opFailure {
					return blockBad
				}
			} else if j != next {
				return blockBad
			}
			i = next

		case opBranch:
			target := -1
			for {
				s, ok := v.skip(i, end, 0)
				if !ok {
					return blockBad
				}
				if s == 0 {
					i++
					break
				}
				if s < 3 || v.block(i+1, i+s-2) != blockOK {
					return blockBad
				}
				i += s - 2
				if code[i] != opJump {
					return blockBad
				}
				i++
				js, ok := v.skip(i, end, 0)
				if !ok {
					return blockBad
				}
				if target < 0 {
					target = i + js
				} else if i+js != target {
					return blockBad
				}
				i++
			}
			if target < 0 || i != target {
				return blockBad
			}

		case opRepeatOne, opMinRepeatOne, opPossessiveRepeatOne:
			s, ok := v.skip(i, end, 0)
			if !ok || s < 4 {
				return blockBad
			}
			lo, hi := code[i+1], code[i+2]
			if lo > hi || hi > maxRepeat {
				return blockBad
			}
			if v.block(i+3, i+s-1) != blockOK || code[i+s-1] != opSuccess {
				return blockBad
			}
			i += s

		case opRepeat, opPossessiveRepeat:
			s, ok := v.skip(i, end, 0)
			if !ok || s < 4 {
				return blockBad
			}
			lo, hi := code[i+1], code[i+2]
			if lo > hi || hi > maxRepeat {
				return blockBad
			}
			if v.block(i+3, i+s) != blockOK {
				return blockBad
			}
			i += s
			if i >= end {
				return blockBad
			}
			last := code[i]
			if op == opPossessiveRepeat && last != opSuccess ||
				op == opRepeat && last != opMaxUntil && last != opMinUntil {
				return blockBad
			}
			i++

		case opAtomicGroup:
			s, ok := v.skip(i, end, 0)
			if !ok || s < 2 {
				return blockBad
			}
			if v.block(i+1, i+s-1) != blockOK || code[i+s-1] != opSuccess {
				return blockBad
			}
			i += s

		case opGroupref, opGrouprefIgnore, opGrouprefUniIgnore, opGrouprefLocIgnore:
			if i >= end || int(code[i]) >= v.groups {
				return blockBad
			}
			i++

		case opGrouprefExists:
			// <GROUPREF_EXISTS> <group> <skip> then [<JUMP> <skip> else]; the skip counts
			// from the group argument.
			if i >= end || int(code[i]) >= v.groups {
				return blockBad
			}
			s, ok := v.skip(i+1, end, 1)
			if !ok || s < 2 {
				return blockBad
			}
			rc := v.block(i+2, i+s)
			if rc == blockJump {
				// The then part ends in a JUMP over the else part.
				j := i + s - 1
				es, ok := v.skip(j, end, 0)
				if !ok || es < 1 {
					return blockBad
				}
				rc = v.block(j+1, j+es)
				i = j + es
			} else {
				i += s
			}
			if rc != blockOK {
				return blockBad
			}

		case opAssert, opAssertNot:
			// <ASSERT> <skip> <back> pattern <SUCCESS>
			s, ok := v.skip(i, end, 0)
			if !ok || s < 3 || i+1 >= end {
				return blockBad
			}
			if v.block(i+2, i+s-1) != blockOK || code[i+s-1] != opSuccess {
				return blockBad
			}
			i += s

		case opJump:
			if i+1 != end {
				return blockBad
			}
			return blockJump

		default:
			return blockBad
		}
	}
	if i != end {
		return blockBad
	}
	return blockOK
}
