package sre

// search finds the first match starting at or after s.start (SRE(search)). The INFO block
// at the head of the code says how long a match is at least, and may give a literal prefix
// or a set every match starts with; positions that cannot start a match are skipped without
// running the engine.
func (s *sreState[C]) search() (ok bool, err error) {
	defer guard(&err)
	code, text := s.code, s.text
	ptr, end := s.start, s.end
	if ptr > end {
		return false, nil
	}
	pc := 0
	last := end
	var first uint32
	hasFirst, charset := false, -1
	if code[0] == opInfo {
		// <INFO> <skip> <flags> <min> <max> [<prefix length> <prefix skip> prefix overlap |
		// charset]
		flags, min := code[2], int(code[3])
		if min > 0 && end-ptr < min {
			return false, nil
		}
		if min > 1 {
			last = end - (min - 1)
			if last < ptr {
				last = ptr
			}
		}
		if flags&infoPrefix != 0 && code[5] > 0 {
			first, hasFirst = code[7], true
		} else if flags&infoCharset != 0 {
			charset = 5
		}
		pc = int(code[1]) + 1
	}
	anchored := code[pc] == opAt && (code[pc+1] == atBeginning || code[pc+1] == atBeginningString)
	one := -1
	if !hasFirst && charset < 0 {
		one = firstCharOp(code, pc)
	}
	for {
		if ptr >= end && (hasFirst || charset >= 0 || one >= 0) {
			return false, nil
		}
		if hasFirst && uint32(text[ptr]) != first ||
			charset >= 0 && !inSet(code, charset, uint32(text[ptr])) ||
			one >= 0 && !matchesOne(code, one, rune(text[ptr])) {
			// This position cannot start a match.
		} else {
			s.start, s.ptr = ptr, ptr
			s.stack = s.stack[:0]
			if ok, err = s.run(pc, true); ok || err != nil {
				return ok, err
			}
			if anchored {
				return false, nil
			}
		}
		// Only the first position may have to advance past an empty match.
		s.mustAdvance = false
		if ptr >= last {
			return false, nil
		}
		ptr++
		s.lastmark, s.lastindex = -1, -1
	}
}
