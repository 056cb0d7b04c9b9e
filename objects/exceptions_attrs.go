package objects

import "strings"

// BaseException's slots, attributes and methods: args, __traceback__, __context__,
// __cause__, __suppress_context__, __dict__, the classes' members, with_traceback and
// add_note, and the str and repr rules.

// dictPtr makes every exception's __dict__ available, as BaseException's dict offset does.
func (e *BaseException) dictPtr() **Dict { return &e.dict }

// extension and setExtension let the class machinery give an exception a Python class.
func (e *BaseException) extension() *Extension { return e.ext }

func (e *BaseException) setExtension(x *Extension) { e.ext = x }

// baseStr is BaseException.__str__: "" without args, str(arg) with one, str(args) with more.
func baseStr(ts *Thread, e *BaseException) (*Str, error) {
	switch len(e.args) {
	case 0:
		return EmptyStr, nil
	case 1:
		return StrOf(ts, e.args[0])
	}
	return Repr(ts, NewTuple(e.args))
}

// exceptionStr is the Str slot of every exception class: the class's own rule.
func exceptionStr(ts *Thread, o Object) (*Str, error) {
	e := o.(*BaseException)
	if s := e.spec(); s.str != nil {
		return s.str(ts, e)
	}
	return baseStr(ts, e)
}

// exceptionRepr is BaseException.__repr__: the class name and the args, a single argument
// without the tuple's trailing comma.
func exceptionRepr(ts *Thread, o Object) (*Str, error) {
	e := o.(*BaseException)
	name := e.Type().Name
	// As _PyType_Name: a module's static class ("struct.error") shows without its module.
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	if len(e.args) == 1 {
		r, err := Repr(ts, e.args[0])
		if err != nil {
			return nil, err
		}
		return NewStr(name + "(" + r.value + ")"), nil
	}
	r, err := Repr(ts, NewTuple(e.args))
	if err != nil {
		return nil, err
	}
	return NewStr(name + r.value), nil
}

// asExc returns o as an exception for the attribute functions, which the descriptors only
// call with instances of their class.
func asExc(o Object) *BaseException {
	e, _ := o.(*BaseException)
	return e
}

func excOrNone(e *BaseException) Object {
	if e == nil {
		return None
	}
	return e
}

var baseExceptionGetSets = []GetSetDef{
	{Name: "args",
		Get: func(ts *Thread, o Object) (Object, error) { return NewTuple(asExc(o).args), nil },
		Set: func(ts *Thread, o, v Object) error {
			if v == nil {
				return Errorf(TypeErrorType, "args may not be deleted")
			}
			items, err := IterableItems(ts, v)
			if err != nil {
				return err
			}
			asExc(o).args = append([]Object(nil), items...)
			return nil
		}},
	{Name: "__traceback__",
		Get: func(ts *Thread, o Object) (Object, error) {
			if tb := asExc(o).traceback; tb != nil {
				return tb, nil
			}
			return None, nil
		},
		Set: func(ts *Thread, o, v Object) error {
			if v == nil {
				return Errorf(TypeErrorType, "__traceback__ may not be deleted")
			}
			return asExc(o).setTracebackObject(v)
		}},
	{Name: "__context__",
		Get: func(ts *Thread, o Object) (Object, error) { return excOrNone(asExc(o).context), nil },
		Set: func(ts *Thread, o, v Object) error {
			c, err := chainedException(v, "__context__", "exception context")
			if err == nil {
				asExc(o).context = c
			}
			return err
		},
		Doc: "exception context"},
	{Name: "__cause__",
		Get: func(ts *Thread, o Object) (Object, error) { return excOrNone(asExc(o).cause), nil },
		Set: func(ts *Thread, o, v Object) error {
			c, err := chainedException(v, "__cause__", "exception cause")
			if err == nil {
				asExc(o).SetCause(c)
			}
			return err
		},
		Doc: "exception cause"},
	{Name: "__suppress_context__",
		Get: func(ts *Thread, o Object) (Object, error) { return NewBool(asExc(o).suppressContext), nil },
		Set: func(ts *Thread, o, v Object) error {
			b, ok := v.(*Bool)
			if v == nil {
				return Errorf(TypeErrorType, "can't delete numeric/char attribute")
			}
			if !ok {
				return Errorf(TypeErrorType, "attribute value type must be bool")
			}
			asExc(o).suppressContext = b.value
			return nil
		}},
	{Name: "__dict__",
		Get: func(ts *Thread, o Object) (Object, error) { return asExc(o).Dict(), nil },
		Set: func(ts *Thread, o, v Object) error {
			d, ok := v.(*Dict)
			if !ok {
				if v == nil {
					return Errorf(TypeErrorType, "__dict__ may not be deleted")
				}
				return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", v.Type().Name)
			}
			asExc(o).dict = d
			return nil
		}},
}

// chainedException checks a value assigned to __context__ or __cause__.
func chainedException(v Object, attr, what string) (*BaseException, error) {
	switch c := v.(type) {
	case nil:
		return nil, Errorf(TypeErrorType, "%s may not be deleted", attr)
	case *BaseException:
		return c, nil
	}
	if v == None {
		return nil, nil
	}
	return nil, Errorf(TypeErrorType, "%s must be None or derive from BaseException", what)
}

// setTracebackObject sets __traceback__ from Python: a traceback or None.
func (e *BaseException) setTracebackObject(v Object) error {
	switch tb := v.(type) {
	case *Traceback:
		e.traceback = tb
		return nil
	}
	if v == None {
		e.traceback = nil
		return nil
	}
	return Errorf(TypeErrorType, "__traceback__ must be a traceback or None")
}

var baseExceptionMethods = []MethodDef{
	{Name: "with_traceback", Flags: MethO,
		Doc: "Set self.__traceback__ to tb and return self.",
		Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := asExc(self).setTracebackObject(args[0]); err != nil {
				return nil, err
			}
			return self, nil
		}},
	{Name: "add_note", Flags: MethO,
		Doc: "Add a note to the exception",
		Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			return None, asExc(self).AddNote(ts, args[0])
		}},
}

// AddNote appends note, a str, to the exception's __notes__, creating the list, as
// add_note does.
func (e *BaseException) AddNote(ts *Thread, note Object) error {
	if _, ok := note.(*Str); !ok {
		return Errorf(TypeErrorType, "note must be a str, not '%s'", note.Type().Name)
	}
	key := NewStr("__notes__")
	d := e.Dict()
	notes := d.GetStr(key)
	if notes == nil {
		l := NewList(nil)
		d.SetStr(key, l)
		notes = l
	}
	l, ok := notes.(*List)
	if !ok {
		return Errorf(TypeErrorType, "Cannot add note: __notes__ is not a list")
	}
	l.Append(note)
	return nil
}

// Notes returns the exception's __notes__ as stored in its __dict__, or nil.
func (e *BaseException) Notes() Object {
	if e.dict == nil {
		return nil
	}
	return e.dict.GetStr(NewStr("__notes__"))
}

// memberGetSets makes the getset descriptors of a class's members.
func memberGetSets(members []excMember) []GetSetDef {
	defs := make([]GetSetDef, 0, len(members))
	for i := range members {
		m := &members[i]
		def := GetSetDef{Name: m.name}
		def.Get = func(ts *Thread, o Object) (Object, error) {
			e := asExc(o)
			if m.get != nil {
				return m.get(e)
			}
			return e.field(m.index), nil
		}
		if !m.readonly {
			def.Set = func(ts *Thread, o, v Object) error {
				e := asExc(o)
				if m.set != nil {
					return m.set(ts, e, v)
				}
				if v == nil {
					v = None // deleting a member leaves None, as T_OBJECT members do
				}
				e.setField(m.index, v)
				return nil
			}
		}
		defs = append(defs, def)
	}
	return defs
}

func init() {
	t := BaseExceptionType
	t.Flags |= TypeHasDict
	t.Slots.New = ExceptionNew
	t.Slots.Init = ExceptionInit
	t.Slots.Repr = exceptionRepr
	t.Slots.Str = exceptionStr
	t.GetSets = append(t.GetSets, baseExceptionGetSets...)
	t.Methods = append(t.Methods, baseExceptionMethods...)
	ExceptionGroupType.Bases = []*Type{BaseExceptionGroupType, ExceptionType}
	ensureSpecs()
	for c, s := range ownSpecs {
		if c != BaseExceptionType && len(s.members) > 0 {
			c.GetSets = append(c.GetSets, memberGetSets(s.members)...)
		}
	}
}
