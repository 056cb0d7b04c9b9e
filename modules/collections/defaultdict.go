package collections

import "github.com/taipanpy/taipan/objects"

// A defaultdict is a *objects.Dict whose extension's State holds its default_factory (nil
// standing for None); DefaultDictType is its class.

// DefaultDictType is collections.defaultdict.
var DefaultDictType = &objects.Type{Name: "collections.defaultdict", Base: objects.DictType}

// factoryOf returns the default_factory of d, None when unset.
func factoryOf(d objects.Object) objects.Object {
	if e := objects.ExtensionOf(d); e != nil {
		if f, ok := e.State.(objects.Object); ok && f != nil {
			return f
		}
	}
	return objects.None
}

// setFactory sets the default_factory of d.
func setFactory(d objects.Object, f objects.Object) {
	if e := objects.ExtensionOf(d); e != nil {
		e.State = f
	}
}

func init() {
	t := DefaultDictType
	t.Doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n"
	t.GetSets = []objects.GetSetDef{{Name: "default_factory",
		Doc: "Factory for default value called by __missing__().",
		Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) { return factoryOf(o), nil },
		Set: func(_ *objects.Thread, o, v objects.Object) error {
			if v == nil {
				v = objects.None
			}
			setFactory(o, v)
			return nil
		}}}
	t.Methods = []objects.MethodDef{
		{Name: "__missing__", Flags: objects.MethO, Func: defaultDictMissing,
			Doc: "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n"},
		{Name: "copy", Flags: objects.MethNoArgs, Func: defaultDictCopyMethod, Doc: "D.copy() -> a shallow copy of D."},
		{Name: "__copy__", Flags: objects.MethNoArgs, Func: defaultDictCopyMethod, Doc: "D.copy() -> a shallow copy of D."},
		{Name: "__reduce__", Flags: objects.MethNoArgs, Func: defaultDictReduce, Doc: "Return state information for pickling."},
	}
	s := &t.Slots
	s.New = func(ts *objects.Thread, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
		// dict's constructor gives the instance of a subclass of dict its extension.
		return objects.DictType.Slots.New(ts, cls, nil, nil)
	}
	s.Init = defaultDictInit
	s.Repr = defaultDictRepr
	s.NumBinary[objects.OpOr] = defaultDictOr
	objects.ReadyType(t)
}

// defaultDictInit is defaultdict.__init__(default_factory=None, /, *args, **kwargs).
func defaultDictInit(ts *objects.Thread, o objects.Object, args []objects.Object, kwnames *objects.Tuple) error {
	factory := objects.Object(objects.None)
	if len(args)-kwnames.Len() > 0 {
		factory = args[0]
		args = args[1:]
		if factory != objects.None && factory.Type().Slots.Call == nil {
			return objects.Errorf(objects.TypeErrorType, "first argument must be callable or None")
		}
	}
	setFactory(o, factory)
	return objects.DictType.Slots.Init(ts, o, args, kwnames)
}

// defaultDictMissing is defaultdict.__missing__(key): self[key] = default_factory().
func defaultDictMissing(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	f := factoryOf(self)
	if f == objects.None {
		return nil, objects.NewException(objects.KeyErrorType, args[0])
	}
	v, err := objects.Call(ts, f, nil, nil)
	if err != nil {
		return nil, err
	}
	if err := objects.SetItem(ts, self, args[0], v); err != nil {
		return nil, err
	}
	return v, nil
}

// newLike returns type(d)(d.default_factory, items), as copy() and | make their results.
func newLike(ts *objects.Thread, d, items objects.Object) (objects.Object, error) {
	return objects.Call(ts, d.Type(), []objects.Object{factoryOf(d), items}, nil)
}

func defaultDictCopyMethod(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	return newLike(ts, self, self)
}

// defaultDictReduce is __reduce__: the class, (default_factory,) or (), no state, no list
// items, and an iterator over the items.
func defaultDictReduce(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	args := objects.NewTuple(nil)
	if f := factoryOf(self); f != objects.None {
		args = objects.NewTuple([]objects.Object{f})
	}
	items, err := objects.CallMethod(ts, self, "items")
	if err != nil {
		return nil, err
	}
	it, err := objects.GetIter(ts, items)
	if err != nil {
		return nil, err
	}
	return objects.NewTuple([]objects.Object{self.Type(), args, objects.None, objects.None, it}), nil
}

// defaultDictRepr is "defaultdict(<factory>, {...})".
func defaultDictRepr(ts *objects.Thread, o objects.Object) (*objects.Str, error) {
	base, err := objects.DictType.Slots.Repr(ts, o)
	if err != nil {
		return nil, err
	}
	f := factoryOf(o)
	fr := "None"
	if f != objects.None {
		if !objects.ReprEnter(ts, f) {
			fr = "..."
		} else {
			r, err := objects.Repr(ts, f)
			objects.ReprLeave(ts, f)
			if err != nil {
				return nil, err
			}
			fr = r.Value()
		}
	}
	return objects.NewStr(typeName(o.Type()) + "(" + fr + ", " + base.Value() + ")"), nil
}

// defaultDictOr is | with a defaultdict on either side: a new defaultdict like it, holding
// the left operand's items updated with the right one's.
func defaultDictOr(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
	self, other := a, b
	if !a.Type().IsSubtype(DefaultDictType) {
		self, other = b, a
	}
	if _, ok := other.(*objects.Dict); !ok {
		return objects.NotImplemented, nil
	}
	n, err := newLike(ts, self, a)
	if err != nil {
		return nil, err
	}
	if _, err := objects.CallMethod(ts, n, "update", b); err != nil {
		return nil, err
	}
	return n, nil
}
