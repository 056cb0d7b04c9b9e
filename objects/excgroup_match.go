package objects

// What the interpreter needs for except*: checking the clause's classes, matching the
// exception being handled against them (CHECK_EG_MATCH), and combining what the clauses
// raised into the exception to re-raise (CALL_INTRINSIC_2 INTRINSIC_PREP_RERAISE_STAR).

// CheckExceptStarClasses checks the classes of an except* clause: exception classes, none
// of them an exception group class.
func CheckExceptStarClasses(matchType Object) error {
	items := []Object{matchType}
	if t, ok := matchType.(*Tuple); ok {
		items = t.items
	}
	for _, it := range items {
		c, ok := it.(*Type)
		if !ok || !c.IsSubtype(BaseExceptionType) {
			return Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		}
	}
	for _, it := range items {
		if it.(*Type).IsSubtype(BaseExceptionGroupType) {
			return Errorf(TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
	}
	return nil
}

// ExceptionGroupMatch matches the exception being handled against an except* clause's
// classes, as CHECK_EG_MATCH does, after CheckExceptStarClasses: match is the part the
// clause handles (None when nothing matches) and rest what is left to propagate (None
// when nothing is). A matching exception that is not a group is wrapped in
// ExceptionGroup("", [exc]); wrapped reports this, and the interpreter then gives the new
// group a traceback entry for the current frame, as CPython does.
func ExceptionGroupMatch(ts *Thread, excValue, matchType Object) (match, rest Object, wrapped bool, err error) {
	exc, ok := excValue.(*BaseException)
	if !ok {
		return None, None, false, nil
	}
	m, err := newMatcher(matchType)
	if err != nil {
		return nil, nil, false, err
	}
	if m.predicate != nil {
		return nil, nil, false, Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
	}
	if whole, _ := m.match(ts, exc); whole {
		if exc.IsGroup() {
			return exc, None, false, nil
		}
		g, err := NewExceptionGroup(ts, "", []*BaseException{exc})
		if err != nil {
			return nil, nil, false, err
		}
		return g, None, true, nil
	}
	if !exc.IsGroup() {
		return None, exc, false, nil
	}
	var mx, rx *BaseException
	if exc.ext != nil {
		pair, err := callMethod(ts, exc, "split", []Object{matchType})
		if err != nil {
			return nil, nil, false, err
		}
		t, ok := pair.(*Tuple)
		if !ok || len(t.items) != 2 {
			return nil, nil, false, Errorf(TypeErrorType, "%s.split must return a 2-tuple, got %s", exc.Type().Name, pair.Type().Name)
		}
		return t.items[0], t.items[1], false, nil
	}
	mx, rx, err = exc.split(ts, m, true)
	if err != nil {
		return nil, nil, false, err
	}
	return excOrNone(mx), excOrNone(rx), false, nil
}

// PrepReraiseStar computes the exception to re-raise after the except* clauses of a try
// statement ran: orig is the exception caught and excs, one per clause, what each raised or
// re-raised (None for a clause that raised nothing). Re-raised parts keep their place in
// orig's tree; newly raised exceptions join them in a new ExceptionGroup(""). The result is
// None when nothing is to be raised.
func PrepReraiseStar(ts *Thread, orig Object, excs []Object) (Object, error) {
	if len(excs) == 0 {
		return None, nil
	}
	og, ok := orig.(*BaseException)
	if !ok || !og.IsGroup() {
		// A naked exception was caught and wrapped: only one clause ran.
		return excs[0], nil
	}
	var raised, reraised []*BaseException
	for _, o := range excs {
		e, ok := o.(*BaseException)
		if !ok {
			continue
		}
		if sameExceptionMetadata(e, og) {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, e)
		}
	}
	reraisedGroup, err := groupProjection(ts, og, reraised)
	if err != nil {
		return nil, err
	}
	if len(raised) == 0 {
		return excOrNone(reraisedGroup), nil
	}
	if reraisedGroup != nil {
		raised = append(raised, reraisedGroup)
	}
	if len(raised) == 1 {
		return raised[0], nil
	}
	return NewExceptionGroup(ts, "", raised)
}

// sameExceptionMetadata reports whether a clause's exception is a part of the original
// group re-raised: split() gives parts the group's notes, traceback, cause and context.
func sameExceptionMetadata(a, b *BaseException) bool {
	return a.Notes() == b.Notes() && a.traceback == b.traceback && a.cause == b.cause && a.context == b.context
}

// groupProjection returns the part of group eg made of the leaves of keep, or nil.
func groupProjection(ts *Thread, eg *BaseException, keep []*BaseException) (*BaseException, error) {
	if len(keep) == 0 {
		return nil, nil
	}
	leaves := map[*BaseException]bool{}
	for _, k := range keep {
		collectLeaves(k, leaves)
	}
	m := &matcher{leaf: func(e *BaseException) bool { return leaves[e] }}
	match, _, err := eg.split(ts, m, false)
	return match, err
}

// collectLeaves adds the exceptions at the leaves of e's tree to leaves.
func collectLeaves(e *BaseException, leaves map[*BaseException]bool) {
	if !e.IsGroup() {
		leaves[e] = true
		return
	}
	for _, x := range e.GroupExceptions() {
		collectLeaves(x, leaves)
	}
}
