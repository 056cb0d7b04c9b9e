package objects

// A generator has its own "exception being handled" state: an except block it is suspended in
// must not show through sys.exc_info() in its caller. The interpreter moves that part of the
// thread's stack into the generator when it suspends, and back when it resumes.

// ExcInfoDepth returns the depth of the thread's stack of exceptions being handled.
func (t *Thread) ExcInfoDepth() int { return len(t.excInfo) }

// TakeExcInfo removes and returns the entries above depth.
func (t *Thread) TakeExcInfo(depth int) []Object {
	if depth >= len(t.excInfo) {
		return nil
	}
	taken := append([]Object(nil), t.excInfo[depth:]...)
	clear(t.excInfo[depth:])
	t.excInfo = t.excInfo[:depth]
	return taken
}

// RestoreExcInfo pushes entries back, as TakeExcInfo returned them.
func (t *Thread) RestoreExcInfo(entries []Object) { t.excInfo = append(t.excInfo, entries...) }
