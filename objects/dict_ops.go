package objects

// The dict type's slots and the operations behind its methods.

// lookupItem returns d[key], raising KeyError(key) when it is absent.
func (d *Dict) lookupItem(ts *Thread, key Object) (Object, error) {
	v, err := d.GetItem(ts, key)
	if v == nil && err == nil {
		// A subclass may supply missing values (collections.defaultdict, Counter).
		if d.ext != nil {
			if r, found, err := CallSpecial(ts, d, missingName, key); found || err != nil {
				return r, err
			}
		}
		return nil, NewException(KeyErrorType, key)
	}
	return v, err
}

var missingName = NewStr("__missing__")

// Pop removes key and returns its value; dflt (when not nil) is returned for a missing key,
// else KeyError(key) is raised.
func (d *Dict) Pop(ts *Thread, key, dflt Object) (Object, error) {
	if d.live == 0 {
		if dflt != nil {
			// CPython answers without hashing the key when the dict is empty.
			return dflt, nil
		}
		if _, err := Hash(ts, key); err != nil {
			return nil, err
		}
		return nil, NewException(KeyErrorType, key)
	}
	h, err := Hash(ts, key)
	if err != nil {
		return nil, err
	}
	slot, pos, err := d.lookup(ts, key, h)
	if err != nil {
		return nil, err
	}
	if pos < 0 {
		if dflt != nil {
			return dflt, nil
		}
		return nil, NewException(KeyErrorType, key)
	}
	v := d.entries[pos].value
	d.removeAt(slot, pos)
	return v, nil
}

// PopItem removes and returns the last item inserted, as a (key, value) tuple.
func (d *Dict) PopItem() (Object, error) {
	if d.live == 0 {
		return nil, Errorf(KeyErrorType, "popitem(): dictionary is empty")
	}
	pos := len(d.entries) - 1
	for d.entries[pos].key == nil {
		pos--
	}
	e := d.entries[pos]
	d.removeAt(d.slotOf(pos), pos)
	// As CPython does, the popped entry's position is reused by the next insertion.
	d.entries = d.entries[:pos]
	return newTupleOwning([]Object{e.key, e.value}), nil
}

// SetDefault returns d[key], first setting it to dflt when absent.
func (d *Dict) SetDefault(ts *Thread, key, dflt Object) (Object, error) {
	h, err := Hash(ts, key)
	if err != nil {
		return nil, err
	}
	_, pos, err := d.lookup(ts, key, h)
	if err != nil {
		return nil, err
	}
	if pos >= 0 {
		return d.entries[pos].value, nil
	}
	if err := d.SetItem(ts, key, dflt); err != nil {
		return nil, err
	}
	return dflt, nil
}

// Merge copies every item of other into d (dict.update with a dict).
func (d *Dict) Merge(ts *Thread, other *Dict) error {
	if other == d || other.live == 0 {
		return nil
	}
	if d.live == 0 && other.ext == nil && d.ext == nil {
		*d = *other.Copy()
		return nil
	}
	// Iterate a snapshot: a key's __eq__ may change other.
	entries := append([]dictEntry(nil), other.entries...)
	for _, e := range entries {
		if e.key == nil {
			continue
		}
		slot, pos, err := d.lookup(ts, e.key, e.hash)
		if err != nil {
			return err
		}
		if pos >= 0 {
			d.entries[pos].value = e.value
			continue
		}
		_ = slot
		d.insertNew(e.hash, e.key, e.value)
	}
	return nil
}

// Update is dict.update(other): other is a dict, a mapping (an object with keys()) or an
// iterable of key/value pairs.
func (d *Dict) Update(ts *Thread, other Object) error {
	// As CPython's dict_merge, a dict whose class iterates its own way (OrderedDict) is read
	// as a mapping, through its keys() and __getitem__.
	if o, ok := other.(*Dict); ok && (o.ext == nil || sameFunc(o.Type().Slots.Iter, DictType.Slots.Iter)) {
		return d.Merge(ts, o)
	}
	keys, err := GetAttr(ts, other, NewStr("keys"))
	if err == nil {
		return d.mergeMapping(ts, other, keys)
	}
	if !isExceptionOf(err, AttributeErrorType) {
		return err
	}
	return d.mergePairs(ts, other)
}

// mergeMapping copies a mapping's items: for k in other.keys(): d[k] = other[k].
func (d *Dict) mergeMapping(ts *Thread, other, keysMethod Object) error {
	keys, err := Call(ts, keysMethod, nil, nil)
	if err != nil {
		return err
	}
	return forEach(ts, keys, func(k Object) error {
		v, err := GetItem(ts, other, k)
		if err != nil {
			return err
		}
		return d.SetItem(ts, k, v)
	})
}

// mergePairs copies an iterable of key/value pairs.
func (d *Dict) mergePairs(ts *Thread, iterable Object) error {
	n := 0
	err := forEach(ts, iterable, func(item Object) error {
		if !Iterable(item) {
			return Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", n)
		}
		pair, err := collectItems(ts, item)
		if err != nil {
			return err
		}
		if len(pair) != 2 {
			return Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", n, len(pair))
		}
		n++
		return d.SetItem(ts, pair[0], pair[1])
	})
	if err != nil && isExceptionOf(err, TypeErrorType) && !Iterable(iterable) {
		return Errorf(TypeErrorType, "'%s' object is not iterable", iterable.Type().Name)
	}
	return err
}

// isExceptionOf reports whether err is a Python exception of class t or a subclass.
func isExceptionOf(err error, t *Type) bool {
	e, ok := err.(*BaseException)
	return ok && e.Type().IsSubtype(t)
}

// dictEqual reports whether two dicts have the same keys with equal values.
func dictEqual(ts *Thread, a, b *Dict) (bool, error) {
	if a.live != b.live {
		return false, nil
	}
	for i := 0; i < len(a.entries); i++ {
		e := a.entries[i]
		if e.key == nil {
			continue
		}
		w, err := b.GetItem(ts, e.key)
		if err != nil {
			return false, err
		}
		if w == nil {
			return false, nil
		}
		eq, err := Equal(ts, e.value, w)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// dictRepr is repr(dict): "{'a': 1}", with "{...}" for a dict inside itself.
func dictRepr(ts *Thread, o Object) (*Str, error) {
	d := o.(*Dict)
	// An empty dict already being repr'd is "{...}" too, as CPython checks that first.
	if !reprEnter(ts, d) {
		return NewStr("{...}"), nil
	}
	defer reprLeave(ts, d)
	if d.live == 0 {
		return NewStr("{}"), nil
	}
	b := []byte{'{'}
	first := true
	// The reprs may change the dict: re-read the entries each time round.
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key == nil {
			continue
		}
		if !first {
			b = append(b, ", "...)
		}
		first = false
		k, err := Repr(ts, e.key)
		if err != nil {
			return nil, err
		}
		v, err := Repr(ts, e.value)
		if err != nil {
			return nil, err
		}
		b = append(append(append(b, k.value...), ": "...), v.value...)
	}
	return NewStr(string(append(b, '}'))), nil
}

// dictNew is dict.__new__: an empty dict of the class; __init__ fills it.
func dictNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	d := NewDict()
	if cls != DictType {
		d.ext = NewExtension(cls)
	}
	return d, nil
}

// dictUpdateArgs is what dict(...), dict.update(...) and dict.__init__ share: at most one
// positional argument, then keyword arguments set as items.
func dictUpdateArgs(ts *Thread, d *Dict, name string, args []Object, kwnames *Tuple) error {
	npos := len(args) - kwnames.Len()
	if npos > 1 {
		return Errorf(TypeErrorType, "%s expected at most 1 argument, got %d", name, npos)
	}
	if npos == 1 {
		if err := d.Update(ts, args[0]); err != nil {
			return err
		}
	}
	for i := 0; i < kwnames.Len(); i++ {
		if err := d.SetItem(ts, kwnames.items[i], args[npos+i]); err != nil {
			return err
		}
	}
	return nil
}

// DictIteratorKind says what a dict iterator or view yields.
type dictIterKind uint8

const (
	iterKeys dictIterKind = iota
	iterValues
	iterItems
)

func init() {
	s := &DictType.Slots
	s.New = dictNew
	s.Init = func(ts *Thread, o Object, args []Object, kwnames *Tuple) error {
		return dictUpdateArgs(ts, o.(*Dict), "dict", args, kwnames)
	}
	s.Len = func(ts *Thread, o Object) (int, error) { return o.(*Dict).live, nil }
	s.GetItem = func(ts *Thread, o, key Object) (Object, error) { return o.(*Dict).lookupItem(ts, key) }
	s.SetItem = func(ts *Thread, o, key, v Object) error {
		d := o.(*Dict)
		if v != nil {
			return d.SetItem(ts, key, v)
		}
		found, err := d.DelItem(ts, key)
		if !found && err == nil {
			return NewException(KeyErrorType, key)
		}
		return err
	}
	s.Contains = func(ts *Thread, o, key Object) (bool, error) { return o.(*Dict).Contains(ts, key) }
	s.Iter = func(ts *Thread, o Object) (Object, error) { return newDictIterator(o.(*Dict), iterKeys, false), nil }
	s.Hash = unhashable
	s.Repr = dictRepr
	s.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		x, ok := a.(*Dict)
		y, ok2 := b.(*Dict)
		if !ok || !ok2 || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		eq, err := dictEqual(ts, x, y)
		if err != nil {
			return nil, err
		}
		return NewBool(eq == (op == CmpEQ)), nil
	}
	s.NumBinary[OpOr] = func(ts *Thread, a, b Object) (Object, error) {
		x, ok := a.(*Dict)
		y, ok2 := b.(*Dict)
		if !ok || !ok2 {
			return NotImplemented, nil
		}
		c := x.Copy()
		if err := c.Merge(ts, y); err != nil {
			return nil, err
		}
		return c, nil
	}
	s.NumInplace[OpOr] = func(ts *Thread, a, b Object) (Object, error) {
		if err := a.(*Dict).Update(ts, b); err != nil {
			return nil, err
		}
		return a, nil
	}
}
