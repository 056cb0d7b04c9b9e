package codegen

import (
	"fmt"
	"slices"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// patternContext is the state of compiling one case's pattern (CPython's
// pattern_context). While a pattern is matched, the stack holds, from the
// bottom: the values captured so far (one per name in stores), then onTop
// working items (copies of the subject, unpacked elements) above them.
type patternContext struct {
	// stores are the names captured so far, in the order their values sit
	// on the stack.
	stores []string
	// allowIrrefutable is false while compiling a pattern that must be
	// able to fail: a case that is neither last nor guarded, or an
	// alternative of an or-pattern that is not the last.
	allowIrrefutable bool
	// failPop[n] is where a failing check jumps when n items are on the
	// stack above the subject: it pops them all, then falls into failPop[0].
	failPop []instrseq.Label
	// onTop counts the working items above the captures.
	onTop int
}

// isWildcard reports whether p is `_`.
func isWildcard(p ast.Pattern) bool {
	as, ok := p.(*ast.MatchAs)
	return ok && as.Pattern == nil && as.Name == ""
}

// isStarWildcard reports whether p is `*_`.
func isStarWildcard(p ast.Pattern) bool {
	s, ok := p.(*ast.MatchStar)
	return ok && s.Name == ""
}

// matchStmt compiles a match statement (CPython's compiler_match): the
// subject stays on the stack while the cases are tried in order, each on a
// copy of it except the last; a trailing `case _:` needs no copy at all.
func (c *compiler) matchStmt(s *ast.Match) {
	c.expr(s.Subject)
	end := c.newLabel()
	n := len(s.Cases)
	last := s.Cases[n-1]
	hasDefault := 0
	if isWildcard(last.Pattern) && n > 1 {
		hasDefault = 1
	}
	pc := &patternContext{}
	for i, m := range s.Cases[:n-hasDefault] {
		if c.err != nil {
			return
		}
		ploc := locOf(m.Pattern)
		lastTried := i == n-hasDefault-1
		if !lastTried {
			c.addop(opcode.COPY, 1, ploc)
		}
		*pc = patternContext{allowIrrefutable: m.Guard != nil || i == n-1}
		c.pattern(m.Pattern, pc)
		if c.err != nil {
			return
		}
		// It matched: bind the captured values, which are on the stack.
		for _, name := range pc.stores {
			c.nameop(name, store, ploc)
		}
		if m.Guard != nil {
			c.ensureFailPop(pc, 0)
			c.jumpIf(m.Guard, pc.failPop[0], false)
		}
		if !lastTried {
			c.addop(opcode.POP_TOP, 0, ploc)
		}
		c.stmts(m.Body)
		c.addjump(opcode.JUMP, end, instrseq.NoLocation)
		// A failed match's clean-up belongs to the pattern's line, not to
		// the end of the body.
		c.emitFailPop(pc, ploc)
	}
	if hasDefault == 1 {
		ploc := locOf(last.Pattern)
		if n == 1 {
			c.addop(opcode.POP_TOP, 0, ploc)
		} else {
			// The default case makes no code of its own; the NOP keeps its
			// line traced.
			c.addop(opcode.NOP, 0, ploc)
		}
		if last.Guard != nil {
			c.jumpIf(last.Guard, end, false)
		}
		c.stmts(last.Body)
	}
	c.useLabel(end)
}

// ensureFailPop makes sure failPop has labels for up to n items to pop.
func (c *compiler) ensureFailPop(pc *patternContext, n int) {
	for len(pc.failPop) < n+1 {
		pc.failPop = append(pc.failPop, c.newLabel())
	}
}

// jumpToFailPop emits the jump op to the fail_pop block that pops the
// working items and the captured values.
func (c *compiler) jumpToFailPop(pc *patternContext, op int, loc instrseq.Location) {
	pops := pc.onTop + len(pc.stores)
	c.ensureFailPop(pc, pops)
	c.addjump(op, pc.failPop[pops], loc)
}

// emitFailPop lays out the fail_pop blocks, each popping one item and
// falling into the next, and resets them.
func (c *compiler) emitFailPop(pc *patternContext, loc instrseq.Location) {
	if len(pc.failPop) == 0 {
		return
	}
	for i := len(pc.failPop) - 1; i > 0; i-- {
		c.useLabel(pc.failPop[i])
		c.addop(opcode.POP_TOP, 0, loc)
	}
	c.useLabel(pc.failPop[0])
	pc.failPop = nil
}

// rotate moves the top of the stack count-1 places down, as 3.10's ROT_N did.
func (c *compiler) rotate(count int, loc instrseq.Location) {
	for ; count > 1; count-- {
		c.addop(opcode.SWAP, count, loc)
	}
}

// storeName captures the value on top of the stack as name, moving it under
// the working items; a wildcard (empty name) pops it.
func (c *compiler) storeName(name string, pc *patternContext, loc instrseq.Location) {
	if name == "" {
		c.addop(opcode.POP_TOP, 0, loc)
		return
	}
	if c.forbiddenName(name, store, loc) {
		return
	}
	if slices.Contains(pc.stores, name) {
		c.errorAt(loc, fmt.Sprintf("multiple assignments to name %s in pattern", pyStrRepr(name)))
		return
	}
	c.rotate(pc.onTop+len(pc.stores)+1, loc)
	pc.stores = append(pc.stores, name)
}

// pyStrRepr is repr() of an identifier, as %R shows it in error messages.
func pyStrRepr(s string) string { return ast.Repr(ast.Str(s)) }

// pattern compiles a pattern that consumes the subject on top of the stack
// and jumps to a fail_pop block when it does not match.
func (c *compiler) pattern(p ast.Pattern, pc *patternContext) {
	if c.err != nil {
		return
	}
	loc := locOf(p)
	switch p := p.(type) {
	case *ast.MatchValue:
		c.patternValue(p, pc)
	case *ast.MatchSingleton:
		c.loadConst(ast.Value(p.Value), loc)
		c.addop(opcode.IS_OP, 0, loc)
		c.jumpToFailPop(pc, opcode.POP_JUMP_IF_FALSE, loc)
	case *ast.MatchSequence:
		c.patternSequence(p, pc)
	case *ast.MatchMapping:
		c.patternMapping(p, pc)
	case *ast.MatchClass:
		c.patternClass(p, pc)
	case *ast.MatchStar:
		c.storeName(p.Name, pc, loc)
	case *ast.MatchAs:
		c.patternAs(p, pc)
	case *ast.MatchOr:
		c.patternOr(p, pc)
	default:
		c.unsupported(p, ast.PythonName(p)+" patterns")
	}
}

// subpattern compiles a pattern nested in another: it may be irrefutable.
func (c *compiler) subpattern(p ast.Pattern, pc *patternContext) {
	allow := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = allow
}

// compareEq is the COMPARE_OP oparg of ==, and compareGtE that of >=.
const (
	compareEq  = 2<<5 | 8
	compareGtE = 5<<5 | 4 | 8
)

func (c *compiler) patternValue(p *ast.MatchValue, pc *patternContext) {
	loc := locOf(p)
	switch p.Value.(type) {
	case *ast.Constant, *folded, *ast.Attribute:
	default:
		c.errorAt(loc, "patterns may only match literals and attribute lookups")
		return
	}
	c.expr(p.Value)
	c.addop(opcode.COMPARE_OP, compareEq, loc)
	c.addop(opcode.TO_BOOL, 0, loc)
	c.jumpToFailPop(pc, opcode.POP_JUMP_IF_FALSE, loc)
}

func (c *compiler) patternAs(p *ast.MatchAs, pc *patternContext) {
	loc := locOf(p)
	if p.Pattern == nil {
		if !pc.allowIrrefutable {
			if p.Name != "" {
				c.errorAt(loc, fmt.Sprintf("name capture %s makes remaining patterns unreachable", pyStrRepr(p.Name)))
			} else {
				c.errorAt(loc, "wildcard makes remaining patterns unreachable")
			}
			return
		}
		c.storeName(p.Name, pc, loc)
		return
	}
	// Keep a copy of the subject to capture once the inner pattern matched.
	pc.onTop++
	c.addop(opcode.COPY, 1, loc)
	c.pattern(p.Pattern, pc)
	pc.onTop--
	c.storeName(p.Name, pc, loc)
}
