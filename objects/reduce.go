package objects

// Pickling and copying support of object: __reduce_ex__, __reduce__ and __getstate__, as
// CPython's typeobject.c (reduce_newobj, object_getstate_default). copy.copy and pickle call
// them for every instance of a class that defines nothing of its own.

var (
	dunderReduce       = NewStr("__reduce__")
	dunderGetstate     = NewStr("__getstate__")
	dunderGetnewargs   = NewStr("__getnewargs__")
	dunderGetnewargsEx = NewStr("__getnewargs_ex__")
)

// reduceMethods are object's methods for pickling.
var reduceMethods = []MethodDef{
	{Name: "__reduce_ex__", Flags: MethO, Func: objectReduceEx, Doc: "Helper for pickle."},
	{Name: "__reduce__", Flags: MethNoArgs, Func: objectReduce, Doc: "Helper for pickle."},
	{Name: "__getstate__", Flags: MethNoArgs, Func: objectGetstate, Doc: "Helper for pickle."},
}

// objectReduceEx is object.__reduce_ex__(protocol): the class's own __reduce__ when it
// overrides object's, else the reduction for the protocol.
func objectReduceEx(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
	proto, err := Index(ts, args[0])
	if err != nil {
		return nil, err
	}
	if r, ok := self.Type().Lookup(ts, dunderReduce).(*MethodDescriptor); !ok || !sameFunc(r.Def.Func, objectReduce) {
		return CallMethod(ts, self, dunderReduce.value)
	}
	return commonReduce(ts, self, proto)
}

// objectReduce is object.__reduce__: the protocol 0 reduction.
func objectReduce(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
	return commonReduce(ts, self, NewInt(0))
}

func commonReduce(ts *Thread, self Object, proto *Int) (Object, error) {
	if v, small := proto.Int64(); !small || v >= 2 {
		return reduceNewobj(ts, self)
	}
	copyreg, err := importModule(ts, "copyreg")
	if err != nil {
		return nil, err
	}
	f, err := GetAttr(ts, copyreg, NewStr("_reduce_ex"))
	if err != nil {
		return nil, err
	}
	return Call(ts, f, []Object{self, proto}, nil)
}

// reduceNewobj is the reduction of protocols 2 and up: copyreg.__newobj__(cls, *args) (or
// __newobj_ex__ with keyword arguments), the state, and the items of lists and dicts.
func reduceNewobj(ts *Thread, obj Object) (Object, error) {
	cls := obj.Type()
	if cls.Slots.New == nil {
		return nil, Errorf(TypeErrorType, "cannot pickle '%s' object", cls.Name)
	}
	args, kwargs, err := newArguments(ts, obj)
	if err != nil {
		return nil, err
	}
	copyreg, err := importModule(ts, "copyreg")
	if err != nil {
		return nil, err
	}
	var newobj, newargs Object
	if kwargs == nil || kwargs.Len() == 0 {
		if newobj, err = GetAttr(ts, copyreg, NewStr("__newobj__")); err != nil {
			return nil, err
		}
		items := []Object{cls}
		if args != nil {
			items = append(items, args.items...)
		}
		newargs = NewTuple(items)
	} else {
		if newobj, err = GetAttr(ts, copyreg, NewStr("__newobj_ex__")); err != nil {
			return nil, err
		}
		newargs = NewTuple([]Object{cls, args, kwargs})
	}
	_, isList := obj.(*List)
	_, isDict := obj.(*Dict)
	state, err := getState(ts, obj, !(args != nil || isList || isDict))
	if err != nil {
		return nil, err
	}
	var listitems, dictitems Object = None, None
	if isList {
		if listitems, err = GetIter(ts, obj); err != nil {
			return nil, err
		}
	}
	if isDict {
		items, err := CallMethod(ts, obj, "items")
		if err != nil {
			return nil, err
		}
		if dictitems, err = GetIter(ts, items); err != nil {
			return nil, err
		}
	}
	return NewTuple([]Object{newobj, newargs, state, listitems, dictitems}), nil
}

// newArguments returns what __getnewargs_ex__ or __getnewargs__ give, nil when the type
// has neither.
func newArguments(ts *Thread, obj Object) (*Tuple, *Dict, error) {
	r, found, err := callSpecial(ts, obj, dunderGetnewargsEx)
	if err != nil {
		return nil, nil, err
	}
	if found {
		t, ok := r.(*Tuple)
		if !ok {
			return nil, nil, Errorf(TypeErrorType, "__getnewargs_ex__ should return a tuple, not '%s'", r.Type().Name)
		}
		if len(t.items) != 2 {
			return nil, nil, Errorf(ValueErrorType, "__getnewargs_ex__ should return a tuple of length 2, not %d", len(t.items))
		}
		args, ok := t.items[0].(*Tuple)
		if !ok {
			return nil, nil, Errorf(TypeErrorType, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", t.items[0].Type().Name)
		}
		kwargs, ok := t.items[1].(*Dict)
		if !ok {
			return nil, nil, Errorf(TypeErrorType, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", t.items[1].Type().Name)
		}
		return args, kwargs, nil
	}
	r, found, err = callSpecial(ts, obj, dunderGetnewargs)
	if err != nil || !found {
		return nil, nil, err
	}
	args, ok := r.(*Tuple)
	if !ok {
		return nil, nil, Errorf(TypeErrorType, "__getnewargs__ should return a tuple, not '%s'", r.Type().Name)
	}
	return args, nil, nil
}

// getState is object_getstate: obj.__getstate__(), or the default state when that is
// object's. required says the state must capture the object (no arguments to recreate it).
func getState(ts *Thread, obj Object, required bool) (Object, error) {
	gs, err := GetAttr(ts, obj, dunderGetstate)
	if err != nil {
		return nil, err
	}
	if b, ok := gs.(*BuiltinFunction); ok && sameFunc(b.Def.Func, objectGetstate) && b.Self == obj {
		return defaultState(ts, obj, required)
	}
	return Call(ts, gs, nil, nil)
}

// objectGetstate is object.__getstate__.
func objectGetstate(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
	return defaultState(ts, self, false)
}

// defaultState is object_getstate_default: the instance's __dict__ (None when empty), paired
// with a dict of its set __slots__ when it has any.
func defaultState(ts *Thread, obj Object, required bool) (Object, error) {
	// A built-in type whose instances carry state of their own cannot be recreated from its
	// __dict__ (CPython compares tp_basicsize with object's); None carries none.
	if _, plain := obj.(*Instance); required && !plain && obj != None {
		return nil, Errorf(TypeErrorType, "cannot pickle '%s' object", obj.Type().Name)
	}
	var state Object = None
	if dp := instanceDict(obj); dp != nil && *dp != nil && (*dp).Len() > 0 {
		state = *dp
	}
	if vals := slotValues(obj); len(vals) > 0 {
		slots := NewDict()
		for _, c := range obj.Type().MRO {
			for i, name := range c.slotNames {
				if v := vals[c.slotBase+i]; v != nil {
					if err := slots.SetItem(ts, NewStr(name), v); err != nil {
						return nil, err
					}
				}
			}
		}
		if slots.Len() > 0 {
			state = NewTuple([]Object{state, slots})
		}
	}
	return state, nil
}
