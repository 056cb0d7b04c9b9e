package objects

// Pickling of the built-in iterators, as CPython's __reduce__ and __setstate__ methods do it:
// an iterator over a sequence reduces to iter(seq) plus its position, one over a dict or a
// set to iter(list of the items it has left), a range iterator to iter(range of the rest),
// and enumerate, zip, map and filter to their constructor's arguments.

// builtinNamed returns a name from the running frame's builtins, as _PyEval_GetBuiltin.
func builtinNamed(ts *Thread, name string) (Object, error) {
	var v Object
	if ts != nil && ts.builtins != nil {
		var err error
		// Looked up with the protocols: a key with its own __eq__ may stand for the name.
		if v, err = ts.builtins(ts).GetItem(ts, NewStr(name)); err != nil {
			return nil, err
		}
	}
	if v == nil {
		return nil, Errorf(RuntimeErrorType, "lost builtins.%s", name)
	}
	return v, nil
}

// reduceTo builds the reduction (fn, args) or (fn, args, state) when state is not nil.
func reduceTo(fn Object, args []Object, state Object) Object {
	if state == nil {
		return NewTuple([]Object{fn, NewTuple(args)})
	}
	return NewTuple([]Object{fn, NewTuple(args), state})
}

// reduceIter is (fn, (seq,), index) for an iterator still running, and (fn, (empty,))
// for an exhausted one.
func reduceIter(fn Object, seq Object, index int, empty Object) (Object, error) {
	if seq == nil {
		return reduceTo(fn, []Object{empty}, nil), nil
	}
	return reduceTo(fn, []Object{seq}, NewInt(int64(index))), nil
}

// reduceRemaining is (fn, (list of the items left,)): it runs a copy of the iterator.
func reduceRemaining(ts *Thread, fn Object, rest Object) (Object, error) {
	items, err := collectItems(ts, rest)
	if err != nil {
		return nil, err
	}
	return reduceTo(fn, []Object{NewList(items)}, nil), nil
}

// stateIndex reads the position __setstate__ is given, as PyLong_AsSsize_t.
func stateIndex(state Object) (int, error) {
	i, ok := state.(*Int)
	if !ok {
		return 0, Errorf(TypeErrorType, "an integer is required")
	}
	v, small := i.Int64()
	if !small {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(v), nil
}

// clampIndex limits a restored position to [lo, hi].
func clampIndex(i, lo, hi int) int { return max(lo, min(i, hi)) }

// iterPickling makes an iterator type's __reduce__ and __setstate__. The reduction is made
// by reduce from the builtin named (iter or reversed), looked up first because the lookup
// may run code that advances the iterator.
func iterPickling(builtin string, reduce func(ts *Thread, fn Object, self Object) (Object, error), setstate func(self Object, i int) error) []MethodDef {
	defs := []MethodDef{{Name: "__reduce__", Flags: MethNoArgs, Doc: "Return state information for pickling.",
		Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			var fn Object
			if builtin != "" {
				var err error
				if fn, err = builtinNamed(ts, builtin); err != nil {
					return nil, err
				}
			}
			return reduce(ts, fn, self)
		}}}
	if setstate != nil {
		defs = append(defs, MethodDef{Name: "__setstate__", Flags: MethO, Doc: "Set state information for unpickling.",
			Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
				i, err := stateIndex(args[0])
				if err != nil {
					return nil, err
				}
				return None, setstate(self, i)
			}})
	}
	return defs
}

// strCharIndex converts a str iterator's byte offset to a character index, and back.
func strCharIndex(s string, off int) int {
	n := 0
	for i := 0; i < off && i < len(s); n++ {
		_, w := decodeStrRune(s[i:])
		i += w
	}
	return n
}

func strByteOffset(s string, chars int) int {
	off := 0
	for ; chars > 0 && off < len(s); chars-- {
		_, w := decodeStrRune(s[off:])
		off += w
	}
	return off
}

func init() {
	emptyTuple := func() Object { return NewTuple(nil) }
	add := func(t *Type, defs []MethodDef) { t.Methods = append(t.Methods, defs...) }

	add(ListIteratorType, iterPickling("iter", func(ts *Thread, fn Object, self Object) (Object, error) {
		it := self.(*ListIterator)
		return reduceIter(fn, listOrNil(it.l), it.i, NewList(nil))
	}, func(self Object, i int) error {
		if it := self.(*ListIterator); it.l != nil {
			it.i = max(i, 0)
		}
		return nil
	}))
	add(ListReverseIteratorType, iterPickling("reversed", func(ts *Thread, fn Object, self Object) (Object, error) {
		it := self.(*ListReverseIterator)
		if it.l == nil || it.i < 0 || it.i >= len(it.l.items) {
			return reduceIter(fn, nil, 0, NewList(nil))
		}
		return reduceIter(fn, it.l, it.i, nil)
	}, func(self Object, i int) error {
		if it := self.(*ListReverseIterator); it.l != nil {
			it.i = clampIndex(i, -1, len(it.l.items)-1)
		}
		return nil
	}))
	add(TupleIteratorType, iterPickling("iter", func(ts *Thread, fn Object, self Object) (Object, error) {
		it := self.(*TupleIterator)
		if it.t == nil {
			return reduceIter(fn, nil, 0, emptyTuple())
		}
		return reduceIter(fn, it.t, it.i, nil)
	}, func(self Object, i int) error {
		if it := self.(*TupleIterator); it.t != nil {
			it.i = clampIndex(i, 0, len(it.t.items))
		}
		return nil
	}))
	strIter := iterPickling("iter", func(ts *Thread, fn Object, self Object) (Object, error) {
		it := self.(*StrIterator)
		if it.s == nil {
			return reduceIter(fn, nil, 0, NewStr(""))
		}
		return reduceIter(fn, it.s, strCharIndex(it.s.value, it.off), nil)
	}, func(self Object, i int) error {
		if it := self.(*StrIterator); it.s != nil {
			it.off = strByteOffset(it.s.value, max(i, 0))
		}
		return nil
	})
	add(StrIteratorType, strIter)
	add(StrASCIIIteratorType, strIter)
	bytesIter := iterPickling("iter", func(ts *Thread, fn Object, self Object) (Object, error) {
		it := self.(*BytesIterator)
		switch {
		case it.b != nil:
			return reduceIter(fn, it.b, it.i, nil)
		case it.ba != nil:
			return reduceIter(fn, it.ba, it.i, nil)
		}
		return reduceIter(fn, nil, 0, emptyTuple())
	}, func(self Object, i int) error {
		it := self.(*BytesIterator)
		switch {
		case it.b != nil:
			it.i = clampIndex(i, 0, len(it.b.value))
		case it.ba != nil:
			it.i = max(i, 0)
		}
		return nil
	})
	add(BytesIteratorType, bytesIter)
	add(ByteArrayIteratorType, bytesIter)
	add(SeqIteratorType, iterPickling("iter", func(ts *Thread, fn Object, self Object) (Object, error) {
		it := self.(*SeqIterator)
		if it.seq == nil {
			return reduceIter(fn, nil, 0, emptyTuple())
		}
		return reduceIter(fn, it.seq, int(it.index), nil)
	}, func(self Object, i int) error {
		if it := self.(*SeqIterator); it.seq != nil {
			it.index = int64(max(i, 0))
		}
		return nil
	}))
	add(CallableIteratorType, iterPickling("iter", func(ts *Thread, fn Object, self Object) (Object, error) {
		it := self.(*CallableIterator)
		if it.fn == nil {
			return reduceTo(fn, []Object{emptyTuple()}, nil), nil
		}
		return reduceTo(fn, []Object{it.fn, it.sentinel}, nil), nil
	}, nil))
	add(ReversedType, iterPickling("", func(ts *Thread, fn Object, self Object) (Object, error) {
		r := self.(*Reversed)
		if r.seq == nil {
			return reduceTo(r.Type(), []Object{emptyTuple()}, nil), nil
		}
		return reduceTo(r.Type(), []Object{r.seq}, NewInt(int64(r.index))), nil
	}, nil))
	ReversedType.Methods = append(ReversedType.Methods, MethodDef{Name: "__setstate__", Flags: MethO,
		Doc: "Set state information for unpickling.",
		Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			r := self.(*Reversed)
			i, err := stateIndex(args[0])
			if err != nil {
				return nil, err
			}
			if r.seq != nil {
				n, err := Len(ts, r.seq)
				if err != nil {
					return nil, err
				}
				r.index = clampIndex(i, -1, n-1)
			}
			return None, nil
		}})
	add(RangeIteratorType, iterPickling("iter", func(ts *Thread, fn Object, self Object) (Object, error) {
		it := self.(*RangeIterator)
		start, step := NewInt(it.cur), NewInt(it.step)
		return reduceRange(fn, start, step, NewInt(max(it.left, 0))), nil
	}, func(self Object, i int) error {
		it := self.(*RangeIterator)
		k := int64(clampIndex(i, 0, int(it.left)))
		it.cur += k * it.step
		it.left -= k
		return nil
	}))
	add(LongRangeIteratorType, iterPickling("iter", func(ts *Thread, fn Object, self Object) (Object, error) {
		it := self.(*LongRangeIterator)
		return reduceRange(fn, it.cur, it.step, it.left), nil
	}, nil))
	LongRangeIteratorType.Methods = append(LongRangeIteratorType.Methods, MethodDef{Name: "__setstate__", Flags: MethO,
		Doc: "Set state information for unpickling.",
		Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			it := self.(*LongRangeIterator)
			k, ok := args[0].(*Int)
			if !ok {
				return nil, Errorf(TypeErrorType, "an integer is required")
			}
			switch {
			case k.Sign() < 0:
				k = NewInt(0)
			case k.Cmp(it.left) > 0:
				k = it.left
			}
			it.cur = it.cur.Add(k.Mul(it.step))
			it.left = it.left.Sub(k)
			return None, nil
		}})
	remaining := func(ts *Thread, fn Object, self Object) (Object, error) {
		switch it := self.(type) {
		case *DictIterator:
			c := *it
			return reduceRemaining(ts, fn, &c)
		case *SetIterator:
			c := *it
			return reduceRemaining(ts, fn, &c)
		}
		return nil, Errorf(TypeErrorType, "cannot pickle '%s' object", self.Type().Name)
	}
	for _, t := range []*Type{DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType,
		DictReverseKeyIteratorType, DictReverseValueIteratorType, DictReverseItemIteratorType, SetIteratorType} {
		add(t, iterPickling("iter", remaining, nil))
	}
	add(EnumerateType, iterPickling("", func(ts *Thread, fn Object, self Object) (Object, error) {
		e := self.(*Enumerate)
		count := e.big
		if count == nil {
			count = NewInt(e.count)
		}
		return reduceTo(e.Type(), []Object{e.it, count}, nil), nil
	}, nil))
	add(ZipType, iterPickling("", func(ts *Thread, fn Object, self Object) (Object, error) {
		z := self.(*Zip)
		var state Object
		if z.strict {
			state = True
		}
		return reduceTo(z.Type(), z.its, state), nil
	}, nil))
	ZipType.Methods = append(ZipType.Methods, MethodDef{Name: "__setstate__", Flags: MethO,
		Doc: "Set state information for unpickling.",
		Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			strict, err := IsTrue(ts, args[0])
			if err != nil {
				return nil, err
			}
			self.(*Zip).strict = strict
			return None, nil
		}})
	add(MapType, iterPickling("", func(ts *Thread, fn Object, self Object) (Object, error) {
		m := self.(*Map)
		return reduceTo(m.Type(), append([]Object{m.fn}, m.its...), nil), nil
	}, nil))
	add(FilterType, iterPickling("", func(ts *Thread, fn Object, self Object) (Object, error) {
		f := self.(*Filter)
		return reduceTo(f.Type(), []Object{f.fn, f.it}, nil), nil
	}, nil))
}

// listOrNil keeps a nil *List a nil Object.
func listOrNil(l *List) Object {
	if l == nil {
		return nil
	}
	return l
}

// reduceRange is (iter, (range(start, start+left*step, step),), None), the reduction of a
// range iterator with left items to go.
func reduceRange(fn Object, start, step, left *Int) Object {
	return reduceTo(fn, []Object{NewRange(start, start.Add(left.Mul(step)), step)}, None)
}
