package collections

import "github.com/taipanpy/taipan/objects"

// odMethod adapts a method of an OrderedDict.
func odMethod(f func(ts *objects.Thread, d *objects.Dict, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error)) objects.MethodFunc {
	return func(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
		return f(ts, self.(*objects.Dict), args, kwnames)
	}
}

// view makes the method returning one of the views.
func view(kind int, t *objects.Type) objects.MethodFunc {
	return odMethod(func(_ *objects.Thread, d *objects.Dict, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		return objects.NewDictView(d, kind, t), nil
	})
}

var (
	moveToEndArgs = objects.ArgParser{FuncName: "move_to_end", Params: []string{"key", "last"}, MinPos: 1, MaxPos: 2}
	popitemArgs   = objects.ArgParser{FuncName: "popitem", Params: []string{"last"}, MaxPos: 1}
	odPopArgs     = objects.ArgParser{FuncName: "pop", Params: []string{"key", "default"}, MinPos: 1, MaxPos: 2}
	fromkeysArgs  = objects.ArgParser{FuncName: "fromkeys", Params: []string{"iterable", "value"}, MinPos: 1, MaxPos: 2}
	setdefaultArg = objects.ArgParser{FuncName: "setdefault", Params: []string{"key", "default"}, MinPos: 1, MaxPos: 2}
)

func initOrderedDict() {
	t := OrderedDictType
	t.Doc = "Dictionary that remembers insertion order"
	t.GetSets = []objects.GetSetDef{objects.DictGetSet}
	t.Methods = []objects.MethodDef{
		{Name: "keys", Flags: objects.MethNoArgs, Func: view(0, OdictKeysType), Doc: "D.keys() -> a set-like object providing a view on D's keys"},
		{Name: "values", Flags: objects.MethNoArgs, Func: view(1, OdictValuesType), Doc: "D.values() -> an object providing a view on D's values"},
		{Name: "items", Flags: objects.MethNoArgs, Func: view(2, OdictItemsType), Doc: "D.items() -> a set-like object providing a view on D's items"},
		{Name: "__reversed__", Flags: objects.MethNoArgs, Doc: "od.__reversed__() <==> reversed(od)",
			Func: odMethod(func(_ *objects.Thread, d *objects.Dict, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return newOdictIter(d, 0, true), nil
			})},
		{Name: "move_to_end", Flags: objects.MethFastcall | objects.MethKeywords, Func: odMoveToEnd,
			Doc: "Move an existing element to the end (or beginning if last is false).\n\nRaise KeyError if the element does not exist."},
		{Name: "popitem", Flags: objects.MethFastcall | objects.MethKeywords, Func: odPopitem,
			Doc: "Remove and return a (key, value) pair from the dictionary.\n\nPairs are returned in LIFO order if last is true or FIFO order if false."},
		{Name: "pop", Flags: objects.MethFastcall | objects.MethKeywords, Func: odPop,
			Doc: "od.pop(key[,default]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError."},
		{Name: "setdefault", Flags: objects.MethFastcall | objects.MethKeywords, Func: odSetdefault,
			Doc: "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default."},
		{Name: "update", Flags: objects.MethFastcall | objects.MethKeywords, Func: odUpdate},
		{Name: "copy", Flags: objects.MethNoArgs, Func: odMethod(odCopy), Doc: "od.copy() -> a shallow copy of od"},
		{Name: "__reduce__", Flags: objects.MethNoArgs, Func: odMethod(odReduce), Doc: "Return state information for pickling"},
		{Name: "fromkeys", Flags: objects.MethFastcall | objects.MethKeywords | objects.MethClass, Func: odFromkeys,
			Doc: "Create a new ordered dictionary with keys from iterable and values set to value."},
	}
	s := &t.Slots
	s.New = func(ts *objects.Thread, cls *objects.Type, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		return objects.DictType.Slots.New(ts, cls, nil, nil)
	}
	s.Init = func(ts *objects.Thread, o objects.Object, args []objects.Object, kwnames *objects.Tuple) error {
		if n := len(args) - kwnames.Len(); n > 1 {
			return objects.Errorf(objects.TypeErrorType, "expected at most 1 arguments, got %d", n)
		}
		return updateFrom(ts, o, args, kwnames)
	}
	s.Iter = func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
		return newOdictIter(o.(*objects.Dict), 0, false), nil
	}
	s.Repr = odRepr
	s.RichCompare = odCompare
	s.NumBinary[objects.OpOr] = odOr
	s.NumInplace[objects.OpOr] = func(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
		if err := updateArg(ts, a, b); err != nil {
			return nil, err
		}
		return a, nil
	}
	objects.ReadyType(t)
	// CPython's OrderedDict is a static type: __module__ comes from its name, not its dict.
	_, _ = t.Dict.DelItem(nil, objects.NewStr("__module__"))
	t.Modified()
	t.VersionTag()
	t.Dict.KeysVersion()
}

// exact reports whether d is an OrderedDict itself, not a subclass's instance.
func exact(d objects.Object) bool { return d.Type() == OrderedDictType }

func odMoveToEnd(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [2]objects.Object
	if err := moveToEndArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	last, err := truth(ts, a[1])
	if err != nil {
		return nil, err
	}
	d := self.(*objects.Dict)
	v, err := d.GetItem(ts, a[0])
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, objects.NewException(objects.KeyErrorType, a[0])
	}
	if d.Len() == 1 {
		return objects.None, nil
	}
	if last {
		if _, err := d.Pop(ts, a[0], nil); err != nil {
			return nil, err
		}
		return objects.None, d.SetItem(ts, a[0], v)
	}
	// The dict keeps insertion order only: put the key first by inserting everything again.
	var keys, vals []objects.Object
	d.Items(func(k, x objects.Object) bool {
		keys, vals = append(keys, k), append(vals, x)
		return true
	})
	d.Clear()
	if err := d.SetItem(ts, a[0], v); err != nil {
		return nil, err
	}
	for i, k := range keys {
		if found, err := objects.Equal(ts, k, a[0]); err != nil {
			return nil, err
		} else if k != a[0] && !found {
			if err := d.SetItem(ts, k, vals[i]); err != nil {
				return nil, err
			}
		}
	}
	return objects.None, nil
}

// truth is a bool argument defaulting to true.
func truth(ts *objects.Thread, o objects.Object) (bool, error) {
	if o == nil {
		return true, nil
	}
	return objects.IsTrue(ts, o)
}

// endKey returns the last (or first) key of d, which is not empty.
func endKey(d *objects.Dict, last bool) objects.Object {
	var key objects.Object
	d.Items(func(k, _ objects.Object) bool {
		key = k
		return last
	})
	return key
}

func odPopitem(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [1]objects.Object
	if err := popitemArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	last, err := truth(ts, a[0])
	if err != nil {
		return nil, err
	}
	d := self.(*objects.Dict)
	if d.Len() == 0 {
		return nil, objects.NewException(objects.KeyErrorType, objects.NewStr("dictionary is empty"))
	}
	k := endKey(d, last)
	v, err := popKey(ts, d, k, nil)
	if err != nil {
		return nil, err
	}
	return objects.NewTuple([]objects.Object{k, v}), nil
}

// popKey removes key and returns its value, dflt (when not nil) for a missing key. As in
// CPython, a subclass's __getitem__ and __delitem__ are not called.
func popKey(ts *objects.Thread, d *objects.Dict, key, dflt objects.Object) (objects.Object, error) {
	return d.Pop(ts, key, dflt)
}

func odPop(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [2]objects.Object
	if err := odPopArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	return popKey(ts, self.(*objects.Dict), a[0], a[1])
}

func odSetdefault(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [2]objects.Object
	if err := setdefaultArg.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	dflt := a[1]
	if dflt == nil {
		dflt = objects.None
	}
	d := self.(*objects.Dict)
	if exact(d) {
		return d.SetDefault(ts, a[0], dflt)
	}
	in, err := objects.Contains(ts, d, a[0])
	if err != nil {
		return nil, err
	}
	if in {
		return objects.GetItem(ts, d, a[0])
	}
	return dflt, objects.SetItem(ts, d, a[0], dflt)
}

// odUpdate is update(other=(), /, **kwds), storing through __setitem__ as
// MutableMapping.update does.
func odUpdate(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	if n := len(args) - kwnames.Len(); n > 1 {
		return nil, objects.Errorf(objects.TypeErrorType, "update() takes at most 1 positional argument (%d given)", n)
	}
	return objects.None, updateFrom(ts, self, args, kwnames)
}

// updateFrom stores the items of the optional positional argument, then the keywords.
func updateFrom(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) error {
	npos := len(args) - kwnames.Len()
	if npos == 1 {
		if err := updateArg(ts, self, args[0]); err != nil {
			return err
		}
	}
	for i := 0; i < kwnames.Len(); i++ {
		if err := objects.SetItem(ts, self, kwnames.Items()[i], args[npos+i]); err != nil {
			return err
		}
	}
	return nil
}

var (
	keysName  = objects.NewStr("keys")
	itemsName = objects.NewStr("items")
)

// updateArg stores the items of a mapping (anything with keys()), of anything with items(),
// or of an iterable of pairs.
func updateArg(ts *objects.Thread, self, arg objects.Object) error {
	if d, ok := arg.(*objects.Dict); ok && d.Type() == objects.DictType {
		return addPairs(ts, self, objects.NewList(dictItems(d)))
	}
	if keys, err := optionalAttr(ts, arg, keysName); err != nil {
		return err
	} else if keys != nil {
		ks, err := objects.Call(ts, keys, nil, nil)
		if err != nil {
			return err
		}
		it, err := objects.GetIter(ts, ks)
		if err != nil {
			return err
		}
		for {
			k, err := objects.Next(ts, it)
			if k == nil || err != nil {
				return err
			}
			v, err := objects.GetItem(ts, arg, k)
			if err != nil {
				return err
			}
			if err := objects.SetItem(ts, self, k, v); err != nil {
				return err
			}
		}
	}
	if items, err := optionalAttr(ts, arg, itemsName); err != nil {
		return err
	} else if items != nil {
		its, err := objects.Call(ts, items, nil, nil)
		if err != nil {
			return err
		}
		return addPairs(ts, self, its)
	}
	return addPairs(ts, self, arg)
}

// optionalAttr returns o's attribute name, or nil when it has none.
func optionalAttr(ts *objects.Thread, o objects.Object, name *objects.Str) (objects.Object, error) {
	v, err := objects.GetAttr(ts, o, name)
	if err != nil && objects.IsAttributeError(err) {
		return nil, nil
	}
	return v, err
}

// dictItems returns the (key, value) tuples of d.
func dictItems(d *objects.Dict) []objects.Object {
	out := make([]objects.Object, 0, d.Len())
	d.Items(func(k, v objects.Object) bool {
		out = append(out, objects.NewTuple([]objects.Object{k, v}))
		return true
	})
	return out
}

// addPairs stores each (key, value) pair of an iterable.
func addPairs(ts *objects.Thread, self, pairs objects.Object) error {
	it, err := objects.GetIter(ts, pairs)
	if err != nil {
		return err
	}
	for {
		pair, err := objects.Next(ts, it)
		if pair == nil || err != nil {
			return err
		}
		pi, err := objects.GetIter(ts, pair)
		if err != nil {
			return err
		}
		k, err := objects.Next(ts, pi)
		if err != nil {
			return err
		}
		if k == nil {
			return objects.Errorf(objects.ValueErrorType, "need more than 0 values to unpack")
		}
		v, err := objects.Next(ts, pi)
		if err != nil {
			return err
		}
		if v == nil {
			return objects.Errorf(objects.ValueErrorType, "need more than 1 value to unpack")
		}
		if extra, err := objects.Next(ts, pi); err != nil {
			return err
		} else if extra != nil {
			return objects.Errorf(objects.ValueErrorType, "too many values to unpack (expected 2)")
		}
		if err := objects.SetItem(ts, self, k, v); err != nil {
			return err
		}
	}
}

// odCopy is copy(): an OrderedDict copies itself; a subclass's instance is copied into a new
// instance of its class made without arguments.
func odCopy(ts *objects.Thread, d *objects.Dict, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	c, err := objects.Call(ts, d.Type(), nil, nil)
	if err != nil {
		return nil, err
	}
	for _, k := range d.Keys() {
		v, err := itemOf(ts, d, k)
		if err != nil {
			return nil, err
		}
		if err := objects.SetItem(ts, c, k, v); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// itemOf returns d[k]: through a subclass's __getitem__, as CPython's copy and repr read them.
func itemOf(ts *objects.Thread, d *objects.Dict, k objects.Object) (objects.Object, error) {
	if exact(d) {
		v, err := d.GetItem(ts, k)
		if v == nil && err == nil {
			err = objects.NewException(objects.KeyErrorType, k)
		}
		return v, err
	}
	return objects.GetItem(ts, d, k)
}

// odFromkeys is the class method fromkeys(iterable, value=None): a new instance of the class
// with each key set to value.
func odFromkeys(ts *objects.Thread, cls objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [2]objects.Object
	if err := fromkeysArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	v := a[1]
	if v == nil {
		v = objects.None
	}
	d, err := objects.Call(ts, cls, nil, nil)
	if err != nil {
		return nil, err
	}
	it, err := objects.GetIter(ts, a[0])
	if err != nil {
		return nil, err
	}
	for {
		k, err := objects.Next(ts, it)
		if k == nil || err != nil {
			return d, err
		}
		if err := objects.SetItem(ts, d, k, v); err != nil {
			return nil, err
		}
	}
}

// odReduce is __reduce__: the class, no arguments, the instance's state, and an iterator over
// the items.
func odReduce(ts *objects.Thread, d *objects.Dict, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	state, err := objects.CallMethod(ts, d, "__getstate__")
	if err != nil {
		return nil, err
	}
	items, err := objects.CallMethod(ts, d, "items")
	if err != nil {
		return nil, err
	}
	it, err := objects.GetIter(ts, items)
	if err != nil {
		return nil, err
	}
	return objects.NewTuple([]objects.Object{d.Type(), objects.NewTuple(nil), state, objects.None, it}), nil
}

// odRepr is "OrderedDict({...})", "OrderedDict()" when empty and "..." inside itself.
func odRepr(ts *objects.Thread, o objects.Object) (*objects.Str, error) {
	d := o.(*objects.Dict)
	if !objects.ReprEnter(ts, d) {
		return objects.NewStr("..."), nil
	}
	defer objects.ReprLeave(ts, d)
	name := typeName(d.Type())
	if d.Len() == 0 {
		return objects.NewStr(name + "()"), nil
	}
	items := d.Copy()
	if !exact(d) {
		items = objects.NewDict()
		for _, k := range d.Keys() {
			v, err := itemOf(ts, d, k)
			if err != nil {
				return nil, err
			}
			if err := items.SetItem(ts, k, v); err != nil {
				return nil, err
			}
		}
	}
	r, err := objects.Repr(ts, items)
	if err != nil {
		return nil, err
	}
	return objects.NewStr(name + "(" + r.Value() + ")"), nil
}

// odCompare compares as dicts do, two OrderedDicts being equal only with their keys in the
// same order.
func odCompare(ts *objects.Thread, a, b objects.Object, op objects.CompareOp) (objects.Object, error) {
	r, err := objects.DictType.Slots.RichCompare(ts, a, b, op)
	if err != nil || op != objects.CmpEQ && op != objects.CmpNE {
		return r, err
	}
	x, ok1 := a.(*objects.Dict)
	y, ok2 := b.(*objects.Dict)
	if !ok1 || !ok2 || !x.Type().IsSubtype(OrderedDictType) || !y.Type().IsSubtype(OrderedDictType) {
		return r, nil
	}
	if r != objects.True && op == objects.CmpEQ || r != objects.False && op == objects.CmpNE {
		return r, nil
	}
	kx, ky := x.Keys(), y.Keys()
	for i := range kx {
		if i >= len(ky) {
			break
		}
		eq, err := objects.Equal(ts, kx[i], ky[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			return objects.NewBool(op == objects.CmpNE), nil
		}
	}
	return objects.NewBool(op == objects.CmpEQ), nil
}

// odOr is | with an OrderedDict on either side: a copy of the left operand (of the
// OrderedDict's class) updated with the right one.
func odOr(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
	self, other := a, b
	if !a.Type().IsSubtype(OrderedDictType) {
		self, other = b, a
	}
	if _, ok := other.(*objects.Dict); !ok {
		return objects.NotImplemented, nil
	}
	n, err := objects.Call(ts, self.Type(), []objects.Object{a}, nil)
	if err != nil {
		return nil, err
	}
	if err := updateArg(ts, n, b); err != nil {
		return nil, err
	}
	return n, nil
}
