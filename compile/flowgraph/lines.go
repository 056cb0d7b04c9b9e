package flowgraph

// resolveLineNumbers gives instructions without a location one (PEP 626):
// exit blocks reached from several places are copied so each copy can take
// its predecessor's line, then locations flow forward.
func (g *graph) resolveLineNumbers(firstLineno int) {
	g.duplicateExitsWithoutLineno()
	g.propagateLineNumbers()
}

func (b *block) isExitOrEvalCheckWithoutLineno() bool {
	if b.exitsScope() || b.hasEvalBreak() {
		return b.hasNoLineno()
	}
	return false
}

func (g *graph) duplicateExitsWithoutLineno() {
	for b := g.entry; b != nil; b = b.next {
		last := b.last()
		if last == nil || !isJump(last.op) {
			continue
		}
		target := nextNonEmpty(last.target)
		if target == nil || !target.isExitOrEvalCheckWithoutLineno() || target.predecessors <= 1 {
			continue
		}
		// Only blocks without fall-through can be copied.
		if target.hasFallthrough() {
			continue
		}
		nb := &block{instrs: append([]instr(nil), target.instrs...), labelled: true}
		nb.instrs[0].loc = last.loc
		last.target = nb
		target.predecessors--
		nb.predecessors = 1
		nb.next = target.next
		target.next = nb
	}
	// The remaining exits without a line are reached by falling through only.
	for b := g.entry; b != nil; b = b.next {
		if b.hasFallthrough() && b.next != nil && len(b.instrs) > 0 && b.next.isExitOrEvalCheckWithoutLineno() {
			if len(b.next.instrs) > 0 {
				b.next.instrs[0].loc = b.last().loc
			}
		}
	}
}

func (g *graph) propagateLineNumbers() {
	for b := g.entry; b != nil; b = b.next {
		last := b.last()
		if last == nil {
			continue
		}
		prev := noLocation
		for i := range b.instrs {
			if b.instrs[i].loc.Lineno == noLocation.Lineno {
				b.instrs[i].loc = prev
			} else {
				prev = b.instrs[i].loc
			}
		}
		if b.hasFallthrough() && b.next != nil && b.next.predecessors == 1 &&
			len(b.next.instrs) > 0 && b.next.instrs[0].loc.Lineno == noLocation.Lineno {
			b.next.instrs[0].loc = prev
		}
		if isJump(last.op) {
			if t := last.target; t.predecessors == 1 && len(t.instrs) > 0 && t.instrs[0].loc.Lineno == noLocation.Lineno {
				t.instrs[0].loc = prev
			}
		}
	}
}
