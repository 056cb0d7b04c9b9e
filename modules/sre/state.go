package sre

import (
	"errors"
	"sync"

	"github.com/taipanpy/taipan/objects"
)

// core is the part of a matching state that does not depend on the width of the text's
// characters: the positions and the group marks, which the Python layer reads.
type core struct {
	code []uint32
	// start is where the current match attempt began (after a success, where the match
	// begins); end is the end of the searched part (endpos, clamped); ptr is the engine's
	// position, after a success where the match ends. pos and endpos are the clamped
	// arguments, kept for the match objects.
	start, end, ptr int
	pos, endpos     int
	// marks holds the group boundaries seen so far, -1 for none; entries above lastmark are
	// stale. lastindex is the last group closed.
	marks               []int
	lastmark, lastindex int
	// matchAll makes only a match reaching end succeed (fullmatch); mustAdvance forbids an
	// empty match at start (the next match after an empty one).
	matchAll, mustAdvance bool

	rep *repeat
	// stack holds the engine's frames, data the saved marks and repeat positions.
	stack []frame
	data  []int
	// spare holds repeat records for reuse.
	spare []*repeat
	// scratch is where stack, data, spare and marks came from, nil once handed back.
	scratch *scratch

	ts    *objects.Thread
	steps uint
}

// repeat is the record of a REPEAT being matched (SRE_REPEAT): the count of items matched so
// far, where its REPEAT instruction is, the enclosing repeat, and the position of the last
// item's start, which stops an item that matches the empty string from looping.
type repeat struct {
	count   int
	pc      int
	prev    *repeat
	lastPtr int
}

// frame is one activation of the engine (SRE(match_context)): what an instruction that
// tries a sub-match keeps while the sub-match runs, and where to resume when it returns.
type frame struct {
	pc, ptr             int
	count               int
	rep                 *repeat
	lastmark, lastindex int
	toplevel            bool
	jump                uint8
}

// scratch is the engine's working memory, kept between calls so that a match on a short
// string does not grow its stacks from nothing each time.
type scratch struct {
	stack []frame
	data  []int
	spare []*repeat
	marks []int
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{stack: make([]frame, 0, 16), data: make([]int, 0, 16)}
}}

// takeScratch gives the state pooled working memory, with room for nmarks marks.
func (c *core) takeScratch(nmarks int) {
	sc := scratchPool.Get().(*scratch)
	c.scratch = sc
	c.stack, c.data, c.spare = sc.stack[:0], sc.data[:0], sc.spare
	if cap(sc.marks) < nmarks {
		sc.marks = make([]int, nmarks)
	}
	c.marks = sc.marks[:nmarks]
}

// release hands the state's working memory back once the state is done with; states a
// Scanner keeps are never released. Unusually large stacks are left to the collector.
func (c *core) release() {
	sc := c.scratch
	if sc == nil || cap(c.stack) > 1<<12 || cap(c.data) > 1<<14 {
		return
	}
	clear(c.stack[:cap(c.stack)])
	sc.stack, sc.data, sc.spare = c.stack[:0], c.data[:0], c.spare
	scratchPool.Put(sc)
	c.scratch, c.rep, c.stack, c.data, c.spare, c.marks = nil, nil, nil, nil, nil, nil
}

// errEngine reports code the engine cannot run; CPython says "internal error" for it.
var errEngine = errors.New("internal error in regular expression engine")

// reset forgets the marks and the engine's stacks before a new search (state_reset).
func (c *core) reset() {
	c.lastmark, c.lastindex = -1, -1
	c.rep = nil
	c.stack = c.stack[:0]
	c.data = c.data[:0]
}

func (c *core) top() *frame { return &c.stack[len(c.stack)-1] }

// call saves the current instruction's position and pushes a frame for a sub-match that
// returns to jump; the sub-match is at the top level only when inherit is set and the
// current frame is.
func (c *core) call(pc, ptr int, jump uint8, inherit bool) {
	f := &c.stack[len(c.stack)-1]
	f.pc, f.ptr = pc, ptr
	c.push(jump, inherit && f.toplevel)
}

// push adds a frame. It fills the new slot in place: building the frame on the Go stack and
// copying it in costs a store-forwarding stall on every call.
func (c *core) push(jump uint8, toplevel bool) {
	n := len(c.stack)
	if n == cap(c.stack) {
		c.stack = append(c.stack, frame{})
	} else {
		c.stack = c.stack[:n+1]
	}
	f := &c.stack[n]
	*f = frame{}
	f.jump, f.toplevel = jump, toplevel
}

func (c *core) newRepeat(pc int) *repeat {
	var r *repeat
	if n := len(c.spare); n > 0 {
		r = c.spare[n-1]
		c.spare = c.spare[:n-1]
	} else {
		r = new(repeat)
	}
	*r = repeat{count: -1, pc: pc, prev: c.rep, lastPtr: -1}
	return r
}

// markPush saves marks 0..lastmark on the data stack; the pops below take them back.
func (c *core) markPush(lastmark int) {
	if lastmark >= 0 {
		c.data = append(c.data, c.marks[:lastmark+1]...)
	}
}

func (c *core) markPop(lastmark int) {
	if lastmark >= 0 {
		n := len(c.data) - (lastmark + 1)
		copy(c.marks, c.data[n:])
		c.data = c.data[:n]
	}
}

func (c *core) markPopKeep(lastmark int) {
	if lastmark >= 0 {
		copy(c.marks, c.data[len(c.data)-(lastmark+1):])
	}
}

func (c *core) markDiscard(lastmark int) {
	if lastmark >= 0 {
		c.data = c.data[:len(c.data)-(lastmark+1)]
	}
}

func (c *core) popData() int {
	v := c.data[len(c.data)-1]
	c.data = c.data[:len(c.data)-1]
	return v
}

// checkSignals lets a long match be interrupted (KeyboardInterrupt), as CPython checks for
// signals every 4096 instructions.
func (c *core) checkSignals() error {
	c.steps++
	if c.steps&0xfff == 0 && c.ts != nil && c.ts.EvalBreakerPending() {
		return c.ts.CheckEvalBreaker()
	}
	return nil
}

// groupSpan returns the span of group g (1-based) as the marks hold it, ok false when the
// group did not take part.
func (c *core) groupSpan(g int) (i, j int, ok bool) {
	k := 2 * (g - 1)
	if k+1 > c.lastmark || c.marks[k] < 0 || c.marks[k+1] < 0 {
		return 0, 0, false
	}
	return c.marks[k], c.marks[k+1], true
}

// checkSpans fails with CPython's SystemError when a group ended before it started, which
// the engine's mark handling can produce in rare patterns.
func (c *core) checkSpans(groups int) error {
	for g := 1; g <= groups; g++ {
		if i, j, ok := c.groupSpan(g); ok && i > j {
			return objects.Errorf(objects.SystemErrorType, "The span of capturing group is wrong, please report a bug for the re module.")
		}
	}
	return nil
}

// matcher is a state whatever its character width.
type matcher interface {
	state() *core
	// match matches at start; search finds the first match at or after it.
	match() (bool, error)
	search() (bool, error)
}

// text is what the engine reads: bytes or code points.
type text interface{ ~byte | ~rune }

// sreState is the engine state for a text of characters C.
type sreState[C text] struct {
	core
	text []C
}

func (s *sreState[C]) state() *core { return &s.core }

// guard turns a Go run-time error in the engine (which only malformed code could cause,
// and which compile's validation rejects) into CPython's RuntimeError.
func guard(err *error) {
	if r := recover(); r != nil {
		if _, ok := r.(error); !ok {
			panic(r)
		}
		*err = errEngine
	}
}

func (s *sreState[C]) match() (ok bool, err error) {
	defer guard(&err)
	s.ptr = s.start
	s.stack = s.stack[:0]
	return s.run(0, true)
}

// engineError converts an engine failure into the exception CPython raises.
func engineError(err error) error {
	if err == errEngine {
		return objects.Errorf(objects.RuntimeErrorType, "%s", err.Error())
	}
	return err
}
