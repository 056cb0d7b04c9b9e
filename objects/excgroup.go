package objects

// BaseExceptionGroup and ExceptionGroup (PEP 654): construction with its checks and the
// choice of ExceptionGroup when every member is an Exception, .message and .exceptions,
// derive(), split() and subgroup().

// The group members, in layout order.
const (
	groupMessage = iota
	groupExceptions
)

var _ = defineSpec(BaseExceptionGroupType, &excSpec{
	members: []excMember{{name: "message", readonly: true}, {name: "exceptions", readonly: true}},
	new:     newExceptionGroup,
	init: func(ts *Thread, e *BaseException, args []Object, kw []kwArg) error {
		if len(kw) > 0 {
			return Errorf(TypeErrorType, "%s() takes no keyword arguments", e.Type().Name)
		}
		e.args = append([]Object(nil), args...)
		return nil
	},
	str: func(ts *Thread, e *BaseException) (*Str, error) {
		msg, err := StrOf(ts, e.field(groupMessage))
		if err != nil {
			return nil, err
		}
		n := len(e.GroupExceptions())
		plural := "s"
		if n == 1 {
			plural = ""
		}
		return NewStr(msg.value + " (" + NewInt(int64(n)).String() + " sub-exception" + plural + ")"), nil
	},
})

// newExceptionGroup is BaseExceptionGroup.__new__(cls, message, exceptions).
func newExceptionGroup(ts *Thread, cls *Type, args []Object, kw []kwArg) (*BaseException, error) {
	if len(kw) > 0 {
		return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", cls.Name)
	}
	if len(args) != 2 {
		return nil, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	msg, seq := args[0], args[1]
	if _, ok := msg.(*Str); !ok {
		return nil, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", msg.Type().Name)
	}
	if !isSequence(seq) {
		return nil, Errorf(TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	items, err := IterableItems(ts, seq)
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, Errorf(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	nestedBase := false
	for i, it := range items {
		x, ok := it.(*BaseException)
		if !ok {
			return nil, Errorf(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !x.Type().IsSubtype(ExceptionType) {
			nestedBase = true
		}
	}
	switch {
	case cls == BaseExceptionGroupType:
		if !nestedBase {
			cls = ExceptionGroupType
		}
	case cls == ExceptionGroupType:
		if nestedBase {
			return nil, Errorf(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	default:
		if nestedBase && cls.IsSubtype(ExceptionType) {
			return nil, Errorf(TypeErrorType, "Cannot nest BaseExceptions in '%s'", cls.Name)
		}
	}
	e := newBareException(cls, []Object{msg, seq})
	e.fields = []Object{msg, NewTuple(items)}
	return e, nil
}

// isSequence reports whether o is a sequence as PySequence_Check sees one: it supports
// indexing and is not a mapping.
func isSequence(o Object) bool {
	switch o.(type) {
	case *Tuple, *List, *Str:
		return true
	case *Dict, *Set:
		return false
	}
	return o.Type().Slots.GetItem != nil && o.Type().Slots.Len != nil && !o.Type().IsSubtype(DictType)
}

// NewExceptionGroup returns BaseExceptionGroup(msg, excs): an ExceptionGroup when every
// exception is an Exception.
func NewExceptionGroup(ts *Thread, msg string, excs []*BaseException) (*BaseException, error) {
	items := make([]Object, len(excs))
	for i, x := range excs {
		items[i] = x
	}
	return newException(ts, BaseExceptionGroupType, []Object{NewStr(msg), NewList(items)}, nil)
}

// IsGroup reports whether e is an exception group.
func (e *BaseException) IsGroup() bool { return e.Type().IsSubtype(BaseExceptionGroupType) }

// GroupExceptions returns the exceptions of a group (nil for other exceptions).
func (e *BaseException) GroupExceptions() []*BaseException {
	if !e.IsGroup() {
		return nil
	}
	t, ok := e.field(groupExceptions).(*Tuple)
	if !ok {
		return nil
	}
	out := make([]*BaseException, 0, len(t.items))
	for _, it := range t.items {
		if x, ok := it.(*BaseException); ok {
			out = append(out, x)
		}
	}
	return out
}

// GroupMessage returns a group's message.
func (e *BaseException) GroupMessage() Object { return e.field(groupMessage) }

// Derive makes a group like e holding excs instead of its exceptions, as derive() does:
// a plain BaseExceptionGroup (or ExceptionGroup) with e's message.
func (e *BaseException) Derive(ts *Thread, excs Object) (*BaseException, error) {
	return newException(ts, BaseExceptionGroupType, []Object{e.field(groupMessage), excs}, nil)
}

// matcher is what split() and subgroup() match leaf exceptions with: classes or a
// predicate.
type matcher struct {
	classes   []*Type
	predicate Object
	// leaf, when set, decides instead (the interpreter's own matching by identity).
	leaf func(*BaseException) bool
}

// newMatcher checks split()'s argument: an exception class, a tuple of them, or a callable
// that is not a class.
func newMatcher(v Object) (*matcher, error) {
	if t, ok := v.(*Type); ok {
		if t.IsSubtype(BaseExceptionType) {
			return &matcher{classes: []*Type{t}}, nil
		}
	} else if tup, ok := v.(*Tuple); ok {
		m := &matcher{}
		for _, it := range tup.items {
			c, ok := it.(*Type)
			if !ok || !c.IsSubtype(BaseExceptionType) {
				m = nil
				break
			}
			m.classes = append(m.classes, c)
		}
		if m != nil {
			return m, nil
		}
	} else if v.Type().Slots.Call != nil {
		return &matcher{predicate: v}, nil
	}
	return nil, Errorf(TypeErrorType, "expected an exception type, a tuple of exception types, or a callable (other than a class)")
}

func (m *matcher) match(ts *Thread, e *BaseException) (bool, error) {
	if m.leaf != nil {
		return m.leaf(e), nil
	}
	if m.predicate != nil {
		r, err := Call(ts, m.predicate, []Object{e}, nil)
		if err != nil {
			return false, err
		}
		return IsTrue(ts, r)
	}
	for _, c := range m.classes {
		if e.Type().IsSubtype(c) {
			return true, nil
		}
	}
	return false, nil
}

// Split divides e into the part that matches m and the rest, as BaseExceptionGroup.split
// does; either is nil when empty. Without withRest only the match is computed (subgroup).
func (e *BaseException) split(ts *Thread, m *matcher, withRest bool) (match, rest *BaseException, err error) {
	ok, err := m.match(ts, e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if !e.IsGroup() {
		if withRest {
			return nil, e, nil
		}
		return nil, nil, nil
	}
	var matches, rests []*BaseException
	for _, x := range e.GroupExceptions() {
		mx, rx, err := x.split(ts, m, withRest)
		if err != nil {
			return nil, nil, err
		}
		if mx != nil {
			matches = append(matches, mx)
		}
		if rx != nil {
			rests = append(rests, rx)
		}
	}
	if len(matches) > 0 {
		if match, err = e.subset(ts, matches); err != nil {
			return nil, nil, err
		}
	}
	if withRest && len(rests) > 0 {
		if rest, err = e.subset(ts, rests); err != nil {
			return nil, nil, err
		}
	}
	return match, rest, nil
}

// subset makes the group of excs derived from e, carrying e's traceback, cause, context and
// notes, as exceptiongroup_subset does; derive() may be overridden in Python.
func (e *BaseException) subset(ts *Thread, excs []*BaseException) (*BaseException, error) {
	items := make([]Object, len(excs))
	for i, x := range excs {
		items[i] = x
	}
	var derived Object
	var err error
	if e.ext != nil {
		derived, err = callMethod(ts, e, "derive", []Object{NewList(items)})
	} else {
		derived, err = e.Derive(ts, NewList(items))
	}
	if err != nil {
		return nil, err
	}
	eg, ok := derived.(*BaseException)
	if !ok || !eg.IsGroup() {
		return nil, Errorf(TypeErrorType, "derive must return an instance of BaseExceptionGroup")
	}
	eg.traceback, eg.context = e.traceback, e.context
	eg.cause = e.cause
	if notes := e.Notes(); notes != nil && isSequence(notes) {
		items, err := IterableItems(ts, notes)
		if err != nil {
			return nil, err
		}
		eg.Dict().SetStr(NewStr("__notes__"), NewList(items))
	}
	return eg, nil
}

// callMethod calls o.name(*args).
func callMethod(ts *Thread, o Object, name string, args []Object) (Object, error) {
	f, err := GetAttr(ts, o, NewStr(name))
	if err != nil {
		return nil, err
	}
	return Call(ts, f, args, nil)
}

// Split is BaseExceptionGroup.split(condition): the groups of the matching and the other
// leaves, nil for an empty part.
func (e *BaseException) Split(ts *Thread, condition Object) (match, rest *BaseException, err error) {
	m, err := newMatcher(condition)
	if err != nil {
		return nil, nil, err
	}
	return e.split(ts, m, true)
}

// Subgroup is BaseExceptionGroup.subgroup(condition): the group of the matching leaves, or
// nil.
func (e *BaseException) Subgroup(ts *Thread, condition Object) (*BaseException, error) {
	m, err := newMatcher(condition)
	if err != nil {
		return nil, err
	}
	match, _, err := e.split(ts, m, false)
	return match, err
}

var exceptionGroupMethods = []MethodDef{
	{Name: "derive", Flags: MethO, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
		return asExc(self).Derive(ts, args[0])
	}},
	{Name: "split", Flags: MethO, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
		match, rest, err := asExc(self).Split(ts, args[0])
		if err != nil {
			return nil, err
		}
		return NewTuple([]Object{excOrNone(match), excOrNone(rest)}), nil
	}},
	{Name: "subgroup", Flags: MethO, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
		match, err := asExc(self).Subgroup(ts, args[0])
		return excOrNone(match), err
	}},
}

func init() {
	BaseExceptionGroupType.Methods = append(BaseExceptionGroupType.Methods, exceptionGroupMethods...)
	BaseExceptionGroupType.Methods = append(BaseExceptionGroupType.Methods, ClassGetItem)
}
