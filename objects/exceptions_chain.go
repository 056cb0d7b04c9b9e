package objects

// SetRaiseContext records the exception being handled as exc's __context__ when exc is
// raised, as CPython's _PyErr_SetObject does: raising inside an except block chains the new
// exception to the one handled. A chain that already leads back to exc is cut there, so
// that __context__ never forms a loop.
func SetRaiseContext(ts *Thread, exc *BaseException) {
	if ts == nil {
		return
	}
	handled, _ := ts.HandledException().(*BaseException)
	if handled == nil || handled == exc {
		return
	}
	// Walk handled's contexts looking for exc; the slow pointer (Floyd's cycle finding)
	// stops the walk on a loop made earlier through __context__ assignments.
	o, slow, advance := handled, handled, false
	for {
		c := o.context
		if c == nil {
			break
		}
		if c == exc {
			o.context = nil
			break
		}
		o = c
		if o == slow {
			break
		}
		if advance {
			slow = slow.context
		}
		advance = !advance
	}
	exc.context = handled
}
