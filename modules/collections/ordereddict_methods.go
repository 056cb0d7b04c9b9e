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
