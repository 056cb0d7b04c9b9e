package codegen

import (
	"fmt"
	"slices"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// The patterns that contain other patterns: sequences, mappings, classes
// and alternatives (CPython's compiler_pattern_sequence, _mapping, _class
// and _or).

// patternSequence checks MATCH_SEQUENCE and the length, then matches the
// elements: by index when a `*_` makes unpacking wasteful, else unpacked.
func (c *compiler) patternSequence(p *ast.MatchSequence, pc *patternContext) {
	loc := locOf(p)
	star := -1
	onlyWildcard, starWildcard := true, false
	for i, sub := range p.Patterns {
		if _, ok := sub.(*ast.MatchStar); ok {
			if star >= 0 {
				c.errorAt(loc, "multiple starred names in sequence pattern")
				return
			}
			starWildcard = isStarWildcard(sub)
			onlyWildcard = onlyWildcard && starWildcard
			star = i
			continue
		}
		onlyWildcard = onlyWildcard && isWildcard(sub)
	}
	size := len(p.Patterns)
	// The subject stays on top for the type and length checks.
	pc.onTop++
	c.addop(opcode.MATCH_SEQUENCE, 0, loc)
	c.jumpToFailPop(pc, opcode.POP_JUMP_IF_FALSE, loc)
	if star < 0 {
		c.addop(opcode.GET_LEN, 0, loc)
		c.loadConst(ast.Value(ast.Int(size)), loc)
		c.addop(opcode.COMPARE_OP, compareEq, loc)
		c.jumpToFailPop(pc, opcode.POP_JUMP_IF_FALSE, loc)
	} else if size > 1 {
		c.addop(opcode.GET_LEN, 0, loc)
		c.loadConst(ast.Value(ast.Int(size-1)), loc)
		c.addop(opcode.COMPARE_OP, compareGtE, loc)
		c.jumpToFailPop(pc, opcode.POP_JUMP_IF_FALSE, loc)
	}
	pc.onTop--
	switch {
	case onlyWildcard:
		c.addop(opcode.POP_TOP, 0, loc)
	case starWildcard:
		c.sequenceSubscr(p.Patterns, star, pc, loc)
	default:
		c.sequenceUnpack(p.Patterns, pc, loc)
	}
}

// sequenceUnpack unpacks the subject and matches each element in turn.
func (c *compiler) sequenceUnpack(patterns []ast.Pattern, pc *patternContext, loc instrseq.Location) {
	n := len(patterns)
	seenStar := false
	for i, elt := range patterns {
		if _, ok := elt.(*ast.MatchStar); !ok {
			continue
		}
		if seenStar {
			c.errorAt(loc, "multiple starred expressions in sequence pattern")
			return
		}
		if i >= 1<<8 || n-i-1 >= (1<<31-1)>>8 {
			c.errorAt(loc, "too many expressions in star-unpacking sequence pattern")
			return
		}
		c.addop(opcode.UNPACK_EX, i+(n-i-1)<<8, loc)
		seenStar = true
	}
	if !seenStar {
		c.addop(opcode.UNPACK_SEQUENCE, n, loc)
	}
	// The elements stay on the stack until each one's turn comes.
	pc.onTop += n
	for _, sub := range patterns {
		pc.onTop--
		c.subpattern(sub, pc)
	}
}

// sequenceSubscr matches the elements around a `*_` by subscripting the
// subject; those after the star are indexed from len(subject), since the
// subject may not support negative indices.
func (c *compiler) sequenceSubscr(patterns []ast.Pattern, star int, pc *patternContext, loc instrseq.Location) {
	pc.onTop++
	size := len(patterns)
	for i, sub := range patterns {
		if isWildcard(sub) || i == star {
			continue
		}
		c.addop(opcode.COPY, 1, loc)
		if i < star {
			c.loadConst(ast.Value(ast.Int(i)), loc)
		} else {
			c.addop(opcode.GET_LEN, 0, loc)
			c.loadConst(ast.Value(ast.Int(size-i)), loc)
			c.addop(opcode.BINARY_OP, nbSubtract, loc)
		}
		c.addop(opcode.BINARY_SUBSCR, 0, loc)
		c.subpattern(sub, pc)
	}
	pc.onTop--
	c.addop(opcode.POP_TOP, 0, loc)
}

// patternMapping checks MATCH_MAPPING and the length, fetches the values of
// the keys with MATCH_KEYS and matches them; **rest gets a copy of the
// subject without those keys.
func (c *compiler) patternMapping(p *ast.MatchMapping, pc *patternContext) {
	loc := locOf(p)
	size := len(p.Keys)
	if size != len(p.Patterns) {
		c.errorAt(loc, fmt.Sprintf("keys (%d) / patterns (%d) length mismatch in mapping pattern", size, len(p.Patterns)))
		return
	}
	pc.onTop++
	c.addop(opcode.MATCH_MAPPING, 0, loc)
	c.jumpToFailPop(pc, opcode.POP_JUMP_IF_FALSE, loc)
	if size == 0 && p.Rest == "" {
		pc.onTop--
		c.addop(opcode.POP_TOP, 0, loc)
		return
	}
	if size > 0 {
		c.addop(opcode.GET_LEN, 0, loc)
		c.loadConst(ast.Value(ast.Int(size)), loc)
		c.addop(opcode.COMPARE_OP, compareGtE, loc)
		c.jumpToFailPop(pc, opcode.POP_JUMP_IF_FALSE, loc)
	}
	var seen []Const
	for i, key := range p.Keys {
		if key == nil {
			c.errorAt(locOf(p.Patterns[i]), "can't use NULL keys in MatchMapping (set 'rest' parameter instead)")
			return
		}
		if v, ok := foldedValue(key); ok {
			if slices.ContainsFunc(seen, func(s Const) bool { return sameKey(s, v) }) {
				c.errorAt(loc, fmt.Sprintf("mapping pattern checks duplicate key (%s)", ConstRepr(v)))
				return
			}
			seen = append(seen, v)
		} else if _, ok := key.(*ast.Attribute); !ok {
			c.errorAt(loc, "mapping pattern keys may only match literals and attribute lookups")
			return
		}
		c.expr(key)
	}
	c.addop(opcode.BUILD_TUPLE, size, loc)
	c.addop(opcode.MATCH_KEYS, 0, loc)
	// The keys and the tuple of values (or None) are above the subject.
	pc.onTop += 2
	c.addop(opcode.COPY, 1, loc)
	c.loadConst(noneConst, loc)
	c.addop(opcode.IS_OP, 1, loc)
	c.jumpToFailPop(pc, opcode.POP_JUMP_IF_FALSE, loc)
	c.addop(opcode.UNPACK_SEQUENCE, size, loc)
	pc.onTop += size - 1
	for _, sub := range p.Patterns {
		pc.onTop--
		c.subpattern(sub, pc)
	}
	// Matched: what follows consumes the keys and the subject.
	pc.onTop -= 2
	if p.Rest == "" {
		c.addop(opcode.POP_TOP, 0, loc)
		c.addop(opcode.POP_TOP, 0, loc)
		return
	}
	// rest = dict(subject); del rest[key] for each key.
	c.addop(opcode.BUILD_MAP, 0, loc)
	c.addop(opcode.SWAP, 3, loc)
	c.addop(opcode.DICT_UPDATE, 2, loc)
	c.addop(opcode.UNPACK_SEQUENCE, size, loc)
	for ; size > 0; size-- {
		c.addop(opcode.COPY, 1+size, loc)
		c.addop(opcode.SWAP, 2, loc)
		c.addop(opcode.DELETE_SUBSCR, 0, loc)
	}
	c.storeName(p.Rest, pc, loc)
}

// sameKey reports whether two constant keys are equal as dict keys are:
// numbers compare by value across int, bool and float.
func sameKey(a, b Const) bool {
	if x, ok := numericValue(a); ok {
		y, ok := numericValue(b)
		return ok && x == y
	}
	return constKey(a) == constKey(b)
}

// numericValue returns a real number constant's value as a float64, with
// its exact text for big integers, so that 1, 1.0 and True compare equal.
func numericValue(c Const) (string, bool) {
	v, ok := c.(ast.Value)
	if !ok {
		return "", false
	}
	switch n := v.(type) {
	case ast.Bool:
		if n {
			return "1", true
		}
		return "0", true
	case ast.Int:
		return fmt.Sprint(int64(n)), true
	case ast.Float:
		f := float64(n)
		if f == float64(int64(f)) {
			return fmt.Sprint(int64(f)), true
		}
		return fmt.Sprint(f), true
	}
	return "", false
}

// patternClass calls MATCH_CLASS with the number of positional
// subpatterns and the keyword names, then matches the extracted attributes.
func (c *compiler) patternClass(p *ast.MatchClass, pc *patternContext) {
	loc := locOf(p)
	nargs, nattrs := len(p.Patterns), len(p.KwdAttrs)
	if nattrs != len(p.KwdPatterns) {
		c.errorAt(loc, fmt.Sprintf("kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern", nattrs, len(p.KwdPatterns)))
		return
	}
	for i, attr := range p.KwdAttrs {
		aloc := locOf(p.KwdPatterns[i])
		if c.forbiddenName(attr, store, aloc) {
			return
		}
		for j := i + 1; j < nattrs; j++ {
			if p.KwdAttrs[j] == attr {
				c.errorAt(locOf(p.KwdPatterns[j]), "attribute name repeated in class pattern: "+attr)
				return
			}
		}
	}
	c.expr(p.Cls)
	names := make(Tuple, nattrs)
	for i, attr := range p.KwdAttrs {
		names[i] = strConst(attr)
	}
	c.loadConst(names, loc)
	c.addop(opcode.MATCH_CLASS, nargs, loc)
	c.addop(opcode.COPY, 1, loc)
	c.loadConst(noneConst, loc)
	c.addop(opcode.IS_OP, 1, loc)
	// The tuple of attributes (or None) is on top.
	pc.onTop++
	c.jumpToFailPop(pc, opcode.POP_JUMP_IF_FALSE, loc)
	c.addop(opcode.UNPACK_SEQUENCE, nargs+nattrs, loc)
	pc.onTop += nargs + nattrs - 1
	for i := 0; i < nargs+nattrs; i++ {
		pc.onTop--
		var sub ast.Pattern
		if i < nargs {
			sub = p.Patterns[i]
		} else {
			sub = p.KwdPatterns[i-nargs]
		}
		if isWildcard(sub) {
			c.addop(opcode.POP_TOP, 0, loc)
			continue
		}
		c.subpattern(sub, pc)
	}
}

// patternOr tries each alternative on a copy of the subject. Every
// alternative must capture the same names; the captures of later ones are
// rotated into the order of the first's, so the code after the pattern
// finds them in one place.
func (c *compiler) patternOr(p *ast.MatchOr, pc *patternContext) {
	loc := locOf(p)
	end := c.newLabel()
	old := *pc
	var control []string
	for i, alt := range p.Patterns {
		aloc := locOf(alt)
		*pc = patternContext{allowIrrefutable: i == len(p.Patterns)-1 && old.allowIrrefutable}
		c.addop(opcode.COPY, 1, aloc)
		c.pattern(alt, pc)
		if c.err != nil {
			return
		}
		switch {
		case i == 0:
			control = pc.stores
		case len(pc.stores) != len(control):
			c.errorAt(loc, "alternative patterns bind different names")
			return
		default:
			for icontrol := len(control) - 1; icontrol >= 0; icontrol-- {
				istores := slices.Index(pc.stores, control[icontrol])
				if istores < 0 {
					c.errorAt(loc, "alternative patterns bind different names")
					return
				}
				if icontrol == istores {
					continue
				}
				// Move the first istores+1 captures up to just below
				// position icontrol, on the stack and in stores alike.
				rotations := istores + 1
				rotated := slices.Clone(pc.stores[:rotations])
				rest := slices.Clone(pc.stores[rotations:])
				at := icontrol - istores
				pc.stores = slices.Concat(rest[:at], rotated, rest[at:])
				for ; rotations > 0; rotations-- {
					c.rotate(icontrol+1, aloc)
				}
			}
		}
		c.addjump(opcode.JUMP, end, aloc)
		c.emitFailPop(pc, aloc)
	}
	*pc = old
	// No alternative matched: pop the subject's copy and fail.
	c.addop(opcode.POP_TOP, 0, loc)
	c.jumpToFailPop(pc, opcode.JUMP, loc)
	c.useLabel(end)
	// Rotate each capture past the other new captures, the subject's copy,
	// the working items and the earlier captures to its place.
	nrots := len(control) + 1 + pc.onTop + len(pc.stores)
	for _, name := range control {
		c.rotate(nrots, loc)
		if slices.Contains(pc.stores, name) {
			c.errorAt(loc, fmt.Sprintf("multiple assignments to name %s in pattern", pyStrRepr(name)))
			return
		}
		pc.stores = append(pc.stores, name)
	}
	c.addop(opcode.POP_TOP, 0, loc)
}
