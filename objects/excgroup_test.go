package objects

import "testing"

// The expected texts were printed by CPython 3.13.
func TestExceptionGroupConstruction(t *testing.T) {
	v1 := NewException(ValueErrorType, NewInt(1))
	ki := NewException(KeyboardInterruptType)
	for _, tt := range []struct {
		t    *Type
		args []any
		want string
	}{
		{BaseExceptionGroupType, []any{"m", []Object{v1}}, "ExceptionGroup('m', [ValueError(1)]) | m (1 sub-exception) | ('m', [ValueError(1)]) | ExceptionGroup"},
		{BaseExceptionGroupType, []any{"m", []Object{ki}}, "BaseExceptionGroup('m', [KeyboardInterrupt()]) | m (1 sub-exception) | ('m', [KeyboardInterrupt()]) | BaseExceptionGroup"},
		{ExceptionGroupType, []any{"m", []Object{ki}}, "ERR TypeError Cannot nest BaseExceptions in an ExceptionGroup"},
		{ExceptionGroupType, []any{"m", []Object{}}, "ERR ValueError second argument (exceptions) must be a non-empty sequence"},
		{ExceptionGroupType, []any{"m", 3}, "ERR TypeError second argument (exceptions) must be a sequence"},
		{ExceptionGroupType, []any{3, []Object{v1}}, "ERR TypeError BaseExceptionGroup.__new__() argument 1 must be str, not int"},
		{ExceptionGroupType, []any{"m", []Object{NewInt(1)}}, "ERR ValueError Item 0 of second argument (exceptions) is not an exception"},
		{ExceptionGroupType, []any{"m"}, "ERR TypeError BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)"},
	} {
		e, err := callExc(tt.t, tt.args)
		if got := describe(t, e, err); got != tt.want {
			t.Errorf("%s%v:\n got %s\nwant %s", tt.t.Name, tt.args, got, tt.want)
		}
	}
}

func TestExceptionGroupSplitAndMatch(t *testing.T) {
	ReadyBuiltinTypes()
	v, k := NewException(ValueErrorType, NewStr("v")), NewException(KeyErrorType, NewStr("k"))
	inner, _ := NewExceptionGroup(nil, "inner", []*BaseException{k})
	eg, err := NewExceptionGroup(nil, "outer", []*BaseException{v, inner})
	if err != nil {
		t.Fatal(err)
	}
	eg.AddNote(nil, NewStr("note"))
	match, rest, err := eg.Split(nil, LookupErrorType)
	if err != nil {
		t.Fatal(err)
	}
	if got := result(t, match, nil); got != "ExceptionGroup('outer', [ExceptionGroup('inner', [KeyError('k')])])" {
		t.Errorf("match = %s", got)
	}
	if got := result(t, rest, nil); got != "ExceptionGroup('outer', [ValueError('v')])" {
		t.Errorf("rest = %s", got)
	}
	if match.Notes() == nil || match.Notes() == eg.Notes() {
		t.Error("split parts should get a copy of the group's notes")
	}
	if _, _, err := eg.Split(nil, NewInt(3)); err == nil {
		t.Error("split(3) should fail")
	}
	// except* ValueError on a bare ValueError wraps it; on the group it splits.
	m, r, wrapped, err := ExceptionGroupMatch(nil, v, ValueErrorType)
	if err != nil || !wrapped || r != None || result(t, m, nil) != "ExceptionGroup('', [ValueError('v')])" {
		t.Errorf("bare match = %v %v %v %v", m, r, wrapped, err)
	}
	m, r, _, err = ExceptionGroupMatch(nil, eg, ValueErrorType)
	if err != nil || result(t, m, nil) != "ExceptionGroup('outer', [ValueError('v')])" ||
		result(t, r, nil) != "ExceptionGroup('outer', [ExceptionGroup('inner', [KeyError('k')])])" {
		t.Errorf("group match = %v %v %v", m, r, err)
	}
	if err := CheckExceptStarClasses(ExceptionGroupType); err == nil ||
		err.Error() != "TypeError: catching ExceptionGroup with except* is not allowed. Use except instead." {
		t.Errorf("except* ExceptionGroup: %v", err)
	}
	// Re-raising the unhandled rest keeps it; a new exception joins it in a new group.
	res, err := PrepReraiseStar(nil, eg, []Object{r, None})
	if err != nil || res != r {
		t.Errorf("reraise rest = %v, %v", res, err)
	}
	res, err = PrepReraiseStar(nil, eg, []Object{NewException(TypeErrorType, NewStr("new")), r})
	if err != nil || result(t, res, nil) != "ExceptionGroup('', [TypeError('new'), ExceptionGroup('outer', [ExceptionGroup('inner', [KeyError('k')])])])" {
		t.Errorf("raise new = %v, %v", res, err)
	}
}

func TestRaiseContextCutsLoops(t *testing.T) {
	ts := &Thread{}
	a, b := NewException(ValueErrorType), NewException(TypeErrorType)
	b.SetContext(a)
	ts.PushExcInfo(b)
	SetRaiseContext(ts, a) // raising a while handling b, whose context is a
	if a.Context() != b || b.Context() != nil {
		t.Errorf("contexts: a.__context__=%v b.__context__=%v", a.Context(), b.Context())
	}
}
