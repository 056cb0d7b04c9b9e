package collections

import "github.com/taipanpy/taipan/objects"

// method is the signature of the deque's methods.
type method = func(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error)

// noArgs adapts a method of no arguments on a deque.
func noArgs(f func(ts *objects.Thread, d *Deque) (objects.Object, error)) method {
	return func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		return f(ts, self.(*Deque))
	}
}

// oneArg adapts a method of one argument on a deque.
func oneArg(f func(ts *objects.Thread, d *Deque, v objects.Object) (objects.Object, error)) method {
	return func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		return f(ts, self.(*Deque), args[0])
	}
}

var dequeMethods = []objects.MethodDef{
	{Name: "append", Flags: objects.MethO, Doc: "Add an element to the right side of the deque.",
		Func: oneArg(func(_ *objects.Thread, d *Deque, v objects.Object) (objects.Object, error) {
			d.pushRight(v)
			return objects.None, nil
		})},
	{Name: "appendleft", Flags: objects.MethO, Doc: "Add an element to the left side of the deque.",
		Func: oneArg(func(_ *objects.Thread, d *Deque, v objects.Object) (objects.Object, error) {
			d.pushLeft(v)
			return objects.None, nil
		})},
	{Name: "pop", Flags: objects.MethNoArgs, Doc: "Remove and return the rightmost element.",
		Func: noArgs(func(_ *objects.Thread, d *Deque) (objects.Object, error) {
			if d.n == 0 {
				return nil, objects.Errorf(objects.IndexErrorType, "pop from an empty deque")
			}
			return d.popRight(), nil
		})},
	{Name: "popleft", Flags: objects.MethNoArgs, Doc: "Remove and return the leftmost element.",
		Func: noArgs(func(_ *objects.Thread, d *Deque) (objects.Object, error) {
			if d.n == 0 {
				return nil, objects.Errorf(objects.IndexErrorType, "pop from an empty deque")
			}
			return d.popLeft(), nil
		})},
	{Name: "extend", Flags: objects.MethO, Doc: "Extend the right side of the deque with elements from the iterable.",
		Func: oneArg(func(ts *objects.Thread, d *Deque, v objects.Object) (objects.Object, error) {
			return objects.None, d.extend(ts, v, false)
		})},
	{Name: "extendleft", Flags: objects.MethO, Doc: "Extend the left side of the deque with elements from the iterable.",
		Func: oneArg(func(ts *objects.Thread, d *Deque, v objects.Object) (objects.Object, error) {
			return objects.None, d.extend(ts, v, true)
		})},
	{Name: "clear", Flags: objects.MethNoArgs, Doc: "Remove all elements from the deque.",
		Func: noArgs(func(_ *objects.Thread, d *Deque) (objects.Object, error) {
			d.clear()
			return objects.None, nil
		})},
	{Name: "copy", Flags: objects.MethNoArgs, Doc: "Return a shallow copy of a deque.", Func: dequeCopyMethod},
	{Name: "__copy__", Flags: objects.MethNoArgs, Doc: "Return a shallow copy of a deque.", Func: dequeCopyMethod},
	{Name: "count", Flags: objects.MethO, Doc: "Return number of occurrences of value.",
		Func: oneArg(func(ts *objects.Thread, d *Deque, v objects.Object) (objects.Object, error) {
			state, n := d.state, 0
			for i := 0; i < d.n; i++ {
				eq, err := objects.Equal(ts, d.at(i), v)
				if err != nil {
					return nil, err
				}
				if d.state != state {
					return nil, errMutated(objects.RuntimeErrorType)
				}
				if eq {
					n++
				}
			}
			return objects.NewInt(int64(n)), nil
		})},
	{Name: "index", Flags: objects.MethFastcall, Func: dequeIndexMethod,
		Doc: "Return first index of value.\n\nRaises ValueError if the value is not present."},
	{Name: "insert", Flags: objects.MethFastcall, Func: dequeInsert, Doc: "Insert value before index."},
	{Name: "remove", Flags: objects.MethO, Doc: "Remove first occurrence of value.",
		Func: oneArg(func(ts *objects.Thread, d *Deque, v objects.Object) (objects.Object, error) {
			i, err := d.find(ts, v, 0, d.n, objects.IndexErrorType)
			if err != nil {
				return nil, err
			}
			if i < 0 {
				return nil, notInDeque(ts, v)
			}
			d.deleteAt(i)
			return objects.None, nil
		})},
	{Name: "reverse", Flags: objects.MethNoArgs, Doc: "Reverse *IN PLACE*.",
		Func: noArgs(func(_ *objects.Thread, d *Deque) (objects.Object, error) {
			for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
				a, b := d.at(i), d.at(j)
				d.put(i, b)
				d.put(j, a)
			}
			d.state++
			return objects.None, nil
		})},
	{Name: "rotate", Flags: objects.MethFastcall, Func: dequeRotate,
		Doc: "Rotate the deque n steps to the right.  If n is negative, rotates left."},
	{Name: "__reversed__", Flags: objects.MethNoArgs, Doc: "Return a reverse iterator over the deque.",
		Func: noArgs(func(_ *objects.Thread, d *Deque) (objects.Object, error) {
			return newDequeIter(d, true), nil
		})},
	{Name: "__reduce__", Flags: objects.MethNoArgs, Doc: "Return state information for pickling.", Func: noArgs(dequeReduce)},
	{Name: "__sizeof__", Flags: objects.MethNoArgs, Doc: "Size of the deque in memory, in bytes.",
		Func: noArgs(func(_ *objects.Thread, d *Deque) (objects.Object, error) {
			return objects.NewInt(int64(88 + 8*len(d.buf))), nil
		})},
	objects.ClassGetItem,
}

func dequeCopyMethod(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	return dequeCopyOf(ts, self.(*Deque))
}

// notInDeque is the ValueError of index() and remove().
func notInDeque(ts *objects.Thread, v objects.Object) error {
	r, err := objects.Repr(ts, v)
	if err != nil {
		return err
	}
	return objects.Errorf(objects.ValueErrorType, "%s is not in deque", r.Value())
}

// dequeIndexMethod is deque.index(value, start=0, stop=sys.maxsize, /).
func dequeIndexMethod(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("index", len(args), 1, 3); err != nil {
		return nil, err
	}
	d := self.(*Deque)
	start, stop := 0, d.n
	var err error
	if len(args) > 1 {
		if start, err = sliceIndex(ts, args[1]); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 {
		if stop, err = sliceIndex(ts, args[2]); err != nil {
			return nil, err
		}
	}
	if start < 0 {
		if start += d.n; start < 0 {
			start = 0
		}
	}
	if stop < 0 {
		if stop += d.n; stop < 0 {
			stop = 0
		}
	}
	if stop > d.n {
		stop = d.n
	}
	i, err := d.find(ts, args[0], start, stop, objects.RuntimeErrorType)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		return nil, notInDeque(ts, args[0])
	}
	return objects.NewInt(int64(i)), nil
}

// dequeInsert is deque.insert(index, value, /), the index clamped as list.insert's is.
func dequeInsert(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("insert", len(args), 2, 2); err != nil {
		return nil, err
	}
	d := self.(*Deque)
	i, err := ssize(ts, args[0])
	if err != nil {
		return nil, err
	}
	if d.maxlen >= 0 && d.n >= d.maxlen {
		return nil, objects.Errorf(objects.IndexErrorType, "deque already at its maximum size")
	}
	if i < 0 {
		if i += d.n; i < 0 {
			i = 0
		}
	}
	if i > d.n {
		i = d.n
	}
	d.insertAt(i, args[1])
	return objects.None, nil
}

// dequeRotate is deque.rotate(n=1, /).
func dequeRotate(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("rotate", len(args), 0, 1); err != nil {
		return nil, err
	}
	n := 1
	if len(args) == 1 {
		var err error
		if n, err = ssize(ts, args[0]); err != nil {
			return nil, err
		}
	}
	self.(*Deque).rotate(n)
	return objects.None, nil
}

// dequeReduce is deque.__reduce__: the class, its arguments ((), or ((), maxlen)), the
// instance's state and an iterator over the items.
func dequeReduce(ts *objects.Thread, d *Deque) (objects.Object, error) {
	state, err := objects.CallMethod(ts, d, "__getstate__")
	if err != nil {
		return nil, err
	}
	args := objects.NewTuple(nil)
	if d.maxlen >= 0 {
		args = objects.NewTuple([]objects.Object{objects.NewTuple(nil), objects.NewInt(int64(d.maxlen))})
	}
	return objects.NewTuple([]objects.Object{d.Type(), args, state, newDequeIter(d, false)}), nil
}
