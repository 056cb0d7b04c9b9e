package itertools

import "github.com/taipanpy/taipan/objects"

// teeLink is one item read from a tee's iterable; next is nil while it is not read yet.
type teeLink struct {
	value objects.Object
	next  *teeLink
}

// teeSource is the iterator the tees of one tee() call share.
type teeSource struct {
	it      objects.Object
	running bool
}

// tee is a _tee object: it reads its source's items from pos on, the items its copies have
// already read being kept in the links between.
type tee struct {
	src *teeSource
	pos *teeLink
}

func (t *tee) next(ts *objects.Thread) (objects.Object, error) {
	if t.pos.next == nil {
		if t.src.running {
			return nil, objects.Errorf(objects.RuntimeErrorType, "cannot re-enter the tee iterator")
		}
		t.src.running = true
		v, err := objects.Next(ts, t.src.it)
		t.src.running = false
		if v == nil || err != nil {
			return nil, err
		}
		if t.pos.next == nil {
			t.pos.value, t.pos.next = v, &teeLink{}
		}
	}
	v := t.pos.value
	t.pos = t.pos.next
	return v, nil
}

// teeClass builds _tee, whose copies share its source.
func teeDef() classDef {
	return classDef{name: "_tee", doc: "Iterator wrapped to make it copyable.",
		new: func(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error) {
			if err := positional("_tee", args, kwnames, 1, 1); err != nil {
				return nil, err
			}
			return teeFrom(ts, args[0])
		},
		methods: []objects.MethodDef{{Name: "__copy__", Flags: objects.MethNoArgs,
			Func: func(_ *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				t, err := state[*tee](self)
				if err != nil {
					return nil, err
				}
				return &iterator{cls: self.Type(), impl: &tee{src: t.src, pos: t.pos}}, nil
			}}},
	}
}

// teeFrom returns the state of a _tee over iterable: a copy when it is a _tee itself.
func teeFrom(ts *objects.Thread, iterable objects.Object) (*tee, error) {
	it, err := objects.GetIter(ts, iterable)
	if err != nil {
		return nil, err
	}
	if i, ok := it.(*iterator); ok {
		if t, ok := i.impl.(*tee); ok {
			return &tee{src: t.src, pos: t.pos}, nil
		}
	}
	return &tee{src: &teeSource{it: it}, pos: &teeLink{}}, nil
}

// teeFunc is tee(iterable, n=2, /): n iterators over iterable, copies of its iterator when
// that has __copy__, _tee objects otherwise.
func teeFunc(teeClass *objects.Type) objects.MethodFunc {
	return func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		if err := objects.CheckPositional("tee", len(args), 1, 2); err != nil {
			return nil, err
		}
		n := 2
		if len(args) == 2 {
			var err error
			if n, err = ssize(ts, args[1]); err != nil {
				return nil, err
			}
		}
		if n < 0 {
			return nil, objects.Errorf(objects.ValueErrorType, "n must be >= 0")
		}
		if n == 0 {
			return objects.NewTuple(nil), nil
		}
		it, err := objects.GetIter(ts, args[0])
		if err != nil {
			return nil, err
		}
		copyName := objects.NewStr("__copy__")
		copyFn, err := objects.GetAttr(ts, it, copyName)
		var copyable objects.Object = it
		if err != nil {
			if e, ok := err.(*objects.BaseException); !ok || !e.Type().IsSubtype(objects.AttributeErrorType) {
				return nil, err
			}
			t, err := teeFrom(ts, it)
			if err != nil {
				return nil, err
			}
			copyable = &iterator{cls: teeClass, impl: t}
			if copyFn, err = objects.GetAttr(ts, copyable, copyName); err != nil {
				return nil, err
			}
		}
		result := make([]objects.Object, n)
		result[0] = copyable
		for i := 1; i < n; i++ {
			if result[i], err = objects.Call(ts, copyFn, nil, nil); err != nil {
				return nil, err
			}
		}
		return objects.NewTuple(result), nil
	}
}
