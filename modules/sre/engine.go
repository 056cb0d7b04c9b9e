package sre

// The matching engine: a backtracking interpreter of the code re._compiler produces, with
// CPython's semantics (Modules/_sre/sre_lib.h). Instructions that try a sub-match (a branch's
// alternative, a repeat's item, a lookaround) push a frame on an explicit stack instead of
// recursing in Go, so a long subject or a deeply repeated pattern cannot exhaust the Go
// stack; when the sub-match returns, the engine resumes the instruction at the point its
// frame's jump names.

// The resume points of a frame.
const (
	jumpNone uint8 = iota
	jumpMaxUntil1
	jumpMaxUntil2
	jumpMaxUntil3
	jumpMinUntil1
	jumpMinUntil2
	jumpMinUntil3
	jumpRepeat
	jumpRepeatOne
	jumpMinRepeatOne
	jumpBranch
	jumpAssert
	jumpAssertNot
	jumpPossRepeat1
	jumpPossRepeat2
	jumpAtomicGroup
)

// run matches the code at pc against the text at s.ptr and reports whether it matched; on
// success s.ptr is where the match ends. Frames below the one it pushes belong to its
// caller (count runs single-character items through it).
func (s *sreState[C]) run(pc int, toplevel bool) (bool, error) {
	code, text, end := s.code, s.text, s.end
	base := len(s.stack)
	s.push(jumpNone, toplevel)
	var (
		ptr, n int
		ret    bool
		f      *frame
		r      *repeat
		jump   uint8
		err    error
	)

entrance:
	// Every sub-match passes here, so a runaway match still looks at signals often.
	if err = s.checkSignals(); err != nil {
		return false, err
	}
	ptr = s.ptr
	if code[pc] == opInfo {
		// <INFO> <skip> <flags> <min> ...: too little text left cannot match.
		if min := code[pc+3]; min != 0 && uint(end-ptr) < uint(min) {
			goto fail
		}
		pc += int(code[pc+1]) + 1
	}

dispatch:
	for {
		op := code[pc]
		pc++
		switch op {
		case opMark:
			i := int(code[pc])
			if i&1 != 0 {
				s.lastindex = i/2 + 1
			}
			if i > s.lastmark {
				// Marks skipped over have not been seen.
				for j := s.lastmark + 1; j < i; j++ {
					s.marks[j] = -1
				}
				s.lastmark = i
			}
			s.marks[i] = ptr
			pc++

		case opLiteral:
			if ptr >= end || uint32(text[ptr]) != code[pc] {
				goto fail
			}
			pc++
			ptr++

		case opNotLiteral:
			if ptr >= end || uint32(text[ptr]) == code[pc] {
				goto fail
			}
			pc++
			ptr++

		case opSuccess:
			f = s.top()
			if f.toplevel && (s.matchAll && ptr != end || s.mustAdvance && ptr == s.start) {
				goto fail
			}
			s.ptr = ptr
			goto succeed

		case opAt:
			if !s.at(ptr, code[pc]) {
				goto fail
			}
			pc++

		case opCategory:
			if ptr >= end || !inCategory(code[pc], rune(text[ptr])) {
				goto fail
			}
			pc++
			ptr++

		case opAny:
			if ptr >= end || text[ptr] == '\n' {
				goto fail
			}
			ptr++

		case opAnyAll:
			if ptr >= end {
				goto fail
			}
			ptr++

		case opIn:
			if ptr >= end || !inSet(code, pc+1, uint32(text[ptr])) {
				goto fail
			}
			pc += int(code[pc])
			ptr++

		case opLiteralIgnore:
			if ptr >= end || uint32(lowerASCII(rune(text[ptr]))) != code[pc] {
				goto fail
			}
			pc++
			ptr++

		case opLiteralUniIgnore:
			if ptr >= end || uint32(lowerUnicode(rune(text[ptr]))) != code[pc] {
				goto fail
			}
			pc++
			ptr++

		case opLiteralLocIgnore:
			if ptr >= end || !charLocIgnore(code[pc], rune(text[ptr])) {
				goto fail
			}
			pc++
			ptr++

		case opNotLiteralIgnore:
			if ptr >= end || uint32(lowerASCII(rune(text[ptr]))) == code[pc] {
				goto fail
			}
			pc++
			ptr++

		case opNotLiteralUniIgnore:
			if ptr >= end || uint32(lowerUnicode(rune(text[ptr]))) == code[pc] {
				goto fail
			}
			pc++
			ptr++

		case opNotLiteralLocIgnore:
			if ptr >= end || charLocIgnore(code[pc], rune(text[ptr])) {
				goto fail
			}
			pc++
			ptr++

		case opInIgnore:
			if ptr >= end || !inSet(code, pc+1, uint32(lowerASCII(rune(text[ptr])))) {
				goto fail
			}
			pc += int(code[pc])
			ptr++

		case opInUniIgnore:
			if ptr >= end || !inSet(code, pc+1, uint32(lowerUnicode(rune(text[ptr])))) {
				goto fail
			}
			pc += int(code[pc])
			ptr++

		case opInLocIgnore:
			if ptr >= end || !inSetLocIgnore(code, pc+1, rune(text[ptr])) {
				goto fail
			}
			pc += int(code[pc])
			ptr++

		case opJump, opInfo:
			pc += int(code[pc])

		case opBranch:
			// <BRANCH> <skip> alternative <JUMP> ... <0>
			f = s.top()
			f.lastmark, f.lastindex = s.lastmark, s.lastindex
			if s.rep != nil {
				s.markPush(f.lastmark)
			}
			goto branchTry

		case opRepeatOne:
			// <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: a greedy repeat of a
			// single-character item. Take as many as possible, then give them back one by
			// one until the tail matches.
			if int(code[pc+1]) > end-ptr {
				goto fail
			}
			s.ptr = ptr
			if n, err = s.count(pc+3, int(code[pc+2])); err != nil {
				return false, err
			}
			f = s.top()
			f.count = n
			ptr += n
			if n < int(code[pc+1]) {
				goto fail
			}
			if code[pc+int(code[pc])] == opSuccess && ptr == end && !(f.toplevel && s.mustAdvance && ptr == s.start) {
				// Nothing follows: done.
				s.ptr = ptr
				goto succeed
			}
			f.lastmark, f.lastindex = s.lastmark, s.lastindex
			if s.rep != nil {
				s.markPush(f.lastmark)
			}
			goto repeatOneTry

		case opMinRepeatOne:
			// <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: the lazy form.
			if int(code[pc+1]) > end-ptr {
				goto fail
			}
			s.ptr = ptr
			f = s.top()
			f.count = 0
			if code[pc+1] != 0 {
				if n, err = s.count(pc+3, int(code[pc+1])); err != nil {
					return false, err
				}
				f = s.top()
				if n < int(code[pc+1]) {
					goto fail
				}
				f.count = n
				ptr += n
			}
			if code[pc+int(code[pc])] == opSuccess &&
				!(f.toplevel && (s.matchAll && ptr != end || s.mustAdvance && ptr == s.start)) {
				s.ptr = ptr
				goto succeed
			}
			f.lastmark, f.lastindex = s.lastmark, s.lastindex
			if s.rep != nil {
				s.markPush(f.lastmark)
			}
			goto minRepeatOneTry

		case opPossessiveRepeatOne:
			// <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: take as many as
			// possible and never give any back.
			if ptr+int(code[pc+1]) > end {
				goto fail
			}
			s.ptr = ptr
			if n, err = s.count(pc+3, int(code[pc+2])); err != nil {
				return false, err
			}
			f = s.top()
			ptr += n
			if n < int(code[pc+1]) {
				goto fail
			}
			pc += int(code[pc])
			if code[pc] == opSuccess && ptr == end && !(f.toplevel && s.mustAdvance && ptr == s.start) {
				s.ptr = ptr
				goto succeed
			}

		case opRepeat:
			// <REPEAT> <skip> <min> <max> item <MAX_UNTIL or MIN_UNTIL> tail: install a
			// repeat record; the UNTIL instruction does the work.
			r = s.newRepeat(pc)
			f = s.top()
			f.rep = r
			s.rep = r
			s.ptr = ptr
			s.call(pc, ptr, jumpRepeat, true)
			pc += int(code[pc])
			goto entrance

		case opMaxUntil:
			r = s.rep
			if r == nil {
				return false, errEngine
			}
			f = s.top()
			f.rep = r
			s.ptr = ptr
			f.count = r.count + 1
			if f.count < int(code[r.pc+1]) {
				// Not enough items yet.
				r.count = f.count
				s.call(pc, ptr, jumpMaxUntil1, true)
				pc = r.pc + 3
				goto entrance
			}
			if (f.count < int(code[r.pc+2]) || code[r.pc+2] == maxRepeat) && s.ptr != r.lastPtr {
				// Enough items, but try one more first.
				r.count = f.count
				f.lastmark, f.lastindex = s.lastmark, s.lastindex
				s.markPush(f.lastmark)
				s.data = append(s.data, r.lastPtr)
				r.lastPtr = s.ptr
				s.call(pc, ptr, jumpMaxUntil2, true)
				pc = r.pc + 3
				goto entrance
			}
			goto maxUntilTail

		case opMinUntil:
			r = s.rep
			if r == nil {
				return false, errEngine
			}
			f = s.top()
			f.rep = r
			s.ptr = ptr
			f.count = r.count + 1
			if f.count < int(code[r.pc+1]) {
				r.count = f.count
				s.call(pc, ptr, jumpMinUntil1, true)
				pc = r.pc + 3
				goto entrance
			}
			// Enough items: try the tail first.
			s.rep = r.prev
			f.lastmark, f.lastindex = s.lastmark, s.lastindex
			if s.rep != nil {
				s.markPush(f.lastmark)
			}
			s.call(pc, ptr, jumpMinUntil2, true)
			goto entrance

		case opPossessiveRepeat:
			// <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail
			s.ptr = ptr
			s.top().count = 0
			goto possRepeatMin

		case opAtomicGroup:
			// <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
			s.ptr = ptr
			s.call(pc, ptr, jumpAtomicGroup, false)
			pc++
			goto entrance

		case opGroupref, opGrouprefIgnore, opGrouprefUniIgnore, opGrouprefLocIgnore:
			g := 2 * int(code[pc])
			if g >= s.lastmark {
				goto fail
			}
			p, e := s.marks[g], s.marks[g+1]
			if p < 0 || e < 0 || e < p {
				goto fail
			}
			for ; p < e; p++ {
				if ptr >= end || !sameChar(op, text[ptr], text[p]) {
					goto fail
				}
				ptr++
			}
			pc++

		case opGrouprefExists:
			// <GROUPREF_EXISTS> <group> <skip> yes <JUMP> no
			g := 2 * int(code[pc])
			if g >= s.lastmark || s.marks[g] < 0 || s.marks[g+1] < 0 || s.marks[g+1] < s.marks[g] {
				pc += int(code[pc+1])
			} else {
				pc += 2
			}

		case opAssert:
			// <ASSERT> <skip> <back> pattern
			if ptr < int(code[pc+1]) {
				goto fail
			}
			s.ptr = ptr - int(code[pc+1])
			s.call(pc, ptr, jumpAssert, false)
			pc += 2
			goto entrance

		case opAssertNot:
			if ptr >= int(code[pc+1]) {
				s.ptr = ptr - int(code[pc+1])
				f = s.top()
				f.lastmark, f.lastindex = s.lastmark, s.lastindex
				if s.rep != nil {
					s.markPush(f.lastmark)
				}
				s.call(pc, ptr, jumpAssertNot, false)
				pc += 2
				goto entrance
			}
			pc += int(code[pc])

		case opFailure:
			goto fail

		default:
			return false, errEngine
		}
	}

branchTry:
	for ; code[pc] != 0; pc += int(code[pc]) {
		// Skip alternatives whose first character cannot match.
		if code[pc+1] == opLiteral && (ptr >= end || uint32(text[ptr]) != code[pc+2]) {
			continue
		}
		if code[pc+1] == opIn && (ptr >= end || !inSet(code, pc+3, uint32(text[ptr]))) {
			continue
		}
		s.ptr = ptr
		s.call(pc, ptr, jumpBranch, true)
		pc++
		goto entrance
	}
	if s.rep != nil {
		s.markDiscard(s.top().lastmark)
	}
	goto fail

repeatOneTry:
	f = s.top()
	if next := pc + int(code[pc]); code[next] == opLiteral {
		// The tail starts with a literal: skip the positions where it cannot match.
		c := code[next+1]
		for f.count >= int(code[pc+1]) && (ptr >= end || uint32(text[ptr]) != c) {
			ptr--
			f.count--
		}
	}
	if f.count < int(code[pc+1]) {
		if s.rep != nil {
			s.markDiscard(f.lastmark)
		}
		goto fail
	}
	s.ptr = ptr
	s.call(pc, ptr, jumpRepeatOne, true)
	pc += int(code[pc])
	goto entrance

minRepeatOneTry:
	f = s.top()
	if code[pc+2] == maxRepeat || f.count <= int(code[pc+2]) {
		s.ptr = ptr
		s.call(pc, ptr, jumpMinRepeatOne, true)
		pc += int(code[pc])
		goto entrance
	}
	if s.rep != nil {
		s.markDiscard(f.lastmark)
	}
	goto fail

maxUntilTail:
	// No more items here: the tail must match.
	f = s.top()
	s.rep = f.rep.prev
	s.call(pc, ptr, jumpMaxUntil3, true)
	goto entrance

possRepeatMin:
	f = s.top()
	if f.count < int(code[pc+1]) {
		s.call(pc, ptr, jumpPossRepeat1, false)
		pc += 3
		goto entrance
	}
	// ptr now holds where the last item began (-1: none yet), to stop at an empty item.
	ptr = -1

possRepeatMore:
	f = s.top()
	if (f.count < int(code[pc+2]) || code[pc+2] == maxRepeat) && s.ptr != ptr {
		f.lastmark, f.lastindex = s.lastmark, s.lastindex
		s.markPush(f.lastmark)
		ptr = s.ptr
		s.call(pc, ptr, jumpPossRepeat2, false)
		pc += 3
		goto entrance
	}

possRepeatDone:
	pc += int(code[pc]) + 1
	ptr = s.ptr
	goto dispatch

succeed:
	ret = true
	goto exit

fail:
	ret = false

exit:
	jump = s.top().jump
	s.stack = s.stack[:len(s.stack)-1]
	if len(s.stack) == base {
		return ret, nil
	}
	f = s.top()
	pc, ptr = f.pc, f.ptr
	switch jump {
	case jumpBranch:
		if ret {
			if s.rep != nil {
				s.markDiscard(f.lastmark)
			}
			goto succeed
		}
		if s.rep != nil {
			s.markPopKeep(f.lastmark)
		}
		s.lastmark, s.lastindex = f.lastmark, f.lastindex
		pc += int(code[pc])
		goto branchTry

	case jumpRepeatOne:
		if ret {
			if s.rep != nil {
				s.markDiscard(f.lastmark)
			}
			goto succeed
		}
		if s.rep != nil {
			s.markPopKeep(f.lastmark)
		}
		s.lastmark, s.lastindex = f.lastmark, f.lastindex
		ptr--
		f.count--
		goto repeatOneTry

	case jumpMinRepeatOne:
		if ret {
			if s.rep != nil {
				s.markDiscard(f.lastmark)
			}
			goto succeed
		}
		if s.rep != nil {
			s.markPopKeep(f.lastmark)
		}
		s.lastmark, s.lastindex = f.lastmark, f.lastindex
		s.ptr = ptr
		if n, err = s.count(pc+3, 1); err != nil {
			return false, err
		}
		f = s.top()
		if n == 0 {
			if s.rep != nil {
				s.markDiscard(f.lastmark)
			}
			goto fail
		}
		ptr++
		f.count++
		goto minRepeatOneTry

	case jumpRepeat:
		s.rep = f.rep.prev
		s.spare = append(s.spare, f.rep)
		f.rep = nil
		if ret {
			goto succeed
		}
		goto fail

	case jumpMaxUntil1, jumpMinUntil1:
		if ret {
			goto succeed
		}
		f.rep.count = f.count - 1
		s.ptr = ptr
		goto fail

	case jumpMaxUntil2:
		f.rep.lastPtr = s.popData()
		if ret {
			s.markDiscard(f.lastmark)
			goto succeed
		}
		s.markPop(f.lastmark)
		s.lastmark, s.lastindex = f.lastmark, f.lastindex
		f.rep.count = f.count - 1
		s.ptr = ptr
		goto maxUntilTail

	case jumpMaxUntil3:
		s.rep = f.rep
		if ret {
			goto succeed
		}
		s.ptr = ptr
		goto fail

	case jumpMinUntil2:
		r = s.rep // the repeat the tail left installed
		s.rep = f.rep
		if ret {
			if r != nil {
				s.markDiscard(f.lastmark)
			}
			goto succeed
		}
		if r != nil {
			s.markPop(f.lastmark)
		}
		s.lastmark, s.lastindex = f.lastmark, f.lastindex
		s.ptr = ptr
		r = f.rep
		if f.count >= int(code[r.pc+2]) && code[r.pc+2] != maxRepeat || s.ptr == r.lastPtr {
			goto fail
		}
		// The tail failed: match one more item.
		r.count = f.count
		s.data = append(s.data, r.lastPtr)
		r.lastPtr = s.ptr
		s.call(pc, ptr, jumpMinUntil3, true)
		pc = r.pc + 3
		goto entrance

	case jumpMinUntil3:
		f.rep.lastPtr = s.popData()
		if ret {
			goto succeed
		}
		f.rep.count = f.count - 1
		s.ptr = ptr
		goto fail

	case jumpPossRepeat1:
		if ret {
			f.count++
			goto possRepeatMin
		}
		s.ptr = ptr
		goto fail

	case jumpPossRepeat2:
		if ret {
			s.markDiscard(f.lastmark)
			f.count++
			goto possRepeatMore
		}
		s.markPop(f.lastmark)
		s.lastmark, s.lastindex = f.lastmark, f.lastindex
		s.ptr = ptr
		goto possRepeatDone

	case jumpAtomicGroup:
		if !ret {
			s.ptr = ptr
			goto fail
		}
		pc += int(code[pc])
		ptr = s.ptr
		goto dispatch

	case jumpAssert:
		if !ret {
			goto fail
		}
		pc += int(code[pc])
		goto dispatch

	case jumpAssertNot:
		if ret {
			if s.rep != nil {
				s.markDiscard(f.lastmark)
			}
			goto fail
		}
		if s.rep != nil {
			s.markPop(f.lastmark)
		}
		s.lastmark, s.lastindex = f.lastmark, f.lastindex
		pc += int(code[pc])
		goto dispatch
	}
	return false, errEngine
}
