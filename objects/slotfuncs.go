package objects

// The dispatchers that a class's slots hold when it defines special methods in Python, as
// CPython's slot_tp_* and slot_nb_* functions: each looks the special method up on the
// instance's type and calls it, checking what it returns.

func slotGetAttr(ts *Thread, o Object, name *Str) (Object, error) {
	t := o.Type()
	var r Object
	var err error
	switch ga := t.Lookup(ts, dunderGetattribute).(type) {
	case nil:
		r, err = GenericGetAttr(ts, o, name)
	case *WrapperDescriptor:
		r, err = ga.slots.GetAttr(ts, o, name)
	default:
		r, err = callDescriptor(ts, ga, o, name)
	}
	if err != nil && IsAttributeError(err) {
		if getattr := t.Lookup(ts, dunderGetattr); getattr != nil {
			return callDescriptor(ts, getattr, o, name)
		}
	}
	return r, err
}

func slotSetAttr(ts *Thread, o Object, name *Str, v Object) error {
	var err error
	if v == nil {
		_, err = CallMethod(ts, o, dunderDelattr.value, name)
	} else {
		_, err = CallMethod(ts, o, dunderSetattr.value, name, v)
	}
	return err
}

func slotRepr(ts *Thread, o Object) (*Str, error) {
	r, err := CallMethod(ts, o, dunderRepr.value)
	if err != nil {
		return nil, err
	}
	s, ok := r.(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", r.Type().Name)
	}
	return s, nil
}

func slotStr(ts *Thread, o Object) (*Str, error) {
	r, err := CallMethod(ts, o, dunderStr.value)
	if err != nil {
		return nil, err
	}
	s, ok := r.(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "__str__ returned non-string (type %s)", r.Type().Name)
	}
	return s, nil
}

func slotHash(ts *Thread, o Object) (int64, error) {
	m := o.Type().Lookup(ts, dunderHash)
	if m == nil || m == None {
		return unhashable(ts, o)
	}
	r, err := callDescriptor(ts, m, o)
	if err != nil {
		return 0, err
	}
	i, ok := r.(*Int)
	if !ok {
		if b, isBool := r.(*Bool); isBool {
			i, _ = asInt(b)
		} else {
			return 0, Errorf(TypeErrorType, "__hash__ method should return an integer")
		}
	}
	// A hash too large for a word is reduced as hash(int) reduces it.
	if v, small := i.Int64(); small {
		if v == -1 {
			v = -2
		}
		return v, nil
	}
	return intHash(i), nil
}

func slotCall(ts *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
	m := o.Type().Lookup(ts, dunderCall)
	if m == nil {
		return nil, Errorf(TypeErrorType, "'%s' object is not callable", o.Type().Name)
	}
	// __call__ may itself be an instance whose class calls back here.
	if err := ts.EnterRecursive(" while calling a Python object"); err != nil {
		return nil, err
	}
	r, err := callDescriptorKw(ts, m, o, args, kwnames)
	ts.LeaveRecursive()
	return r, err
}

func slotRichCompare(ts *Thread, a, b Object, op CompareOp) (Object, error) {
	m := a.Type().Lookup(ts, compareNames[op])
	if m == nil || m == None {
		return NotImplemented, nil
	}
	return callDescriptor(ts, m, a, b)
}

func slotIter(ts *Thread, o Object) (Object, error) {
	m := o.Type().Lookup(ts, dunderIter)
	if m == nil || m == None {
		return nil, Errorf(TypeErrorType, "'%s' object is not iterable", o.Type().Name)
	}
	return callDescriptor(ts, m, o)
}

// slotIterNext calls __next__; its StopIteration goes on to the caller, which ends the
// iteration (Next) or wants the value it carries (next(), yield from, await).
func slotIterNext(ts *Thread, o Object) (Object, error) {
	return CallMethod(ts, o, dunderNext.value)
}

func slotDescrGet(ts *Thread, d, obj, typ Object) (Object, error) {
	m := d.Type().Lookup(ts, dunderGet)
	if m == nil {
		return d, nil
	}
	if obj == nil {
		obj = None
	}
	if typ == nil {
		typ = None
	}
	return callDescriptor(ts, m, d, obj, typ)
}

func slotDescrSet(ts *Thread, d, obj, v Object) error {
	var err error
	if v == nil {
		_, err = CallMethod(ts, d, dunderDelete.value, obj)
	} else {
		_, err = CallMethod(ts, d, dunderSet.value, obj, v)
	}
	return err
}

func slotInit(ts *Thread, o Object, args []Object, kwnames *Tuple) error {
	m := o.Type().Lookup(ts, dunderInit)
	if m == nil {
		return nil
	}
	r, err := callDescriptorKw(ts, m, o, args, kwnames)
	if err != nil {
		return err
	}
	if r != None {
		return Errorf(TypeErrorType, "__init__() should return None, not '%s'", r.Type().Name)
	}
	return nil
}

func slotNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	f, err := GetAttr(ts, cls, dunderNew)
	if err != nil {
		return nil, err
	}
	all := make([]Object, 0, len(args)+1)
	all = append(append(all, cls), args...)
	return Call(ts, f, all, kwnames)
}

func slotLen(ts *Thread, o Object) (int, error) {
	r, err := CallMethod(ts, o, dunderLen.value)
	if err != nil {
		return 0, err
	}
	i, err := Index(ts, r)
	if err != nil {
		return 0, err
	}
	if i.Sign() < 0 {
		return 0, Errorf(ValueErrorType, "__len__() should return >= 0")
	}
	v, small := i.Int64()
	if !small || int64(int(v)) != v {
		return 0, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return int(v), nil
}

func slotGetItem(ts *Thread, o, key Object) (Object, error) {
	return CallMethod(ts, o, dunderGetitem.value, key)
}

func slotSetItem(ts *Thread, o, key, v Object) error {
	var err error
	if v == nil {
		_, err = CallMethod(ts, o, dunderDelitem.value, key)
	} else {
		_, err = CallMethod(ts, o, dunderSetitem.value, key, v)
	}
	return err
}

func slotContains(ts *Thread, o, item Object) (bool, error) {
	m := o.Type().Lookup(ts, dunderContains)
	if m == None {
		return false, Errorf(TypeErrorType, "'%s' object is not a container", o.Type().Name)
	}
	if m == nil {
		return iterContains(ts, o, item)
	}
	r, err := callDescriptor(ts, m, o, item)
	if err != nil {
		return false, err
	}
	return IsTrue(ts, r)
}

func slotFormat(ts *Thread, o Object, spec *Str) (Object, error) {
	return CallMethod(ts, o, dunderFormat.value, spec)
}

func slotBool(ts *Thread, o Object) (bool, error) {
	m := o.Type().Lookup(ts, dunderBool)
	if m == nil {
		if l := o.Type().Slots.Len; l != nil {
			n, err := l(ts, o)
			return n != 0, err
		}
		return true, nil
	}
	r, err := callDescriptor(ts, m, o)
	if err != nil {
		return false, err
	}
	b, ok := r.(*Bool)
	if !ok {
		return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", r.Type().Name)
	}
	return b.value, nil
}

func slotInt(ts *Thread, o Object) (Object, error) {
	r, err := CallMethod(ts, o, dunderInt.value)
	if err != nil {
		return nil, err
	}
	if _, ok := r.(*Int); !ok {
		if _, isBool := r.(*Bool); !isBool {
			return nil, Errorf(TypeErrorType, "__int__ returned non-int (type %s)", r.Type().Name)
		}
	}
	return r, nil
}

func slotFloat(ts *Thread, o Object) (Object, error) {
	r, err := CallMethod(ts, o, dunderFloat.value)
	if err != nil {
		return nil, err
	}
	if _, ok := r.(*Float); !ok {
		return nil, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", o.Type().Name, r.Type().Name)
	}
	return r, nil
}

func slotIndex(ts *Thread, o Object) (*Int, error) {
	r, err := CallMethod(ts, o, dunderIndex.value)
	if err != nil {
		return nil, err
	}
	if i, ok := r.(*Int); ok && i.ext == nil {
		return i, nil
	}
	v, err := exactIntResult(ts, r, "__index__")
	if err != nil {
		return nil, err
	}
	return v.(*Int), nil
}

func callUnary(ts *Thread, o Object, name *Str) (Object, error) {
	return CallMethod(ts, o, name.value)
}

// binaryDispatchOf returns the dispatcher of a binary operator for classes, as CPython's
// SLOT1BINFULL: the left operand's __op__ unless the right operand's type is a subclass that
// overrides __rop__ (then that first), then the right operand's __rop__. slot reads the
// operator's slot from a type's slots, to see whether an operand's type dispatches too.
func binaryDispatchOf(op string, slot func(*Slots) func(*Thread, Object, Object) (Object, error)) func(*Thread, Object, Object) (Object, error) {
	name := NewStr("__" + op + "__")
	rname := NewStr("__r" + op + "__")
	var self func(*Thread, Object, Object) (Object, error)
	self = func(ts *Thread, a, b Object) (Object, error) {
		ta, tb := a.Type(), b.Type()
		doOther := ta != tb && isDispatcher(slot(&tb.Slots), self)
		if isDispatcher(slot(&ta.Slots), self) {
			if doOther && tb.IsSubtype(ta) && methodIsOverloaded(ts, ta, tb, rname) {
				r, err := callMaybe(ts, b, rname, a)
				if err != nil || r != NotImplemented {
					return r, err
				}
				doOther = false
			}
			r, err := callMaybe(ts, a, name, b)
			if err != nil || r != NotImplemented || ta == tb {
				return r, err
			}
		}
		if doOther {
			return callMaybe(ts, b, rname, a)
		}
		return NotImplemented, nil
	}
	return self
}

// isDispatcher reports whether slot is the class dispatcher d (dispatchers of one operator
// share their code).
func isDispatcher(slot, d func(*Thread, Object, Object) (Object, error)) bool {
	return slot != nil && sameFunc(slot, d)
}

// methodIsOverloaded reports whether right's type defines name differently from left's.
func methodIsOverloaded(ts *Thread, left, right *Type, name *Str) bool {
	b := right.Lookup(ts, name)
	if b == nil {
		return false
	}
	a := left.Lookup(ts, name)
	return a == nil || a != b
}

// callMaybe calls self's special method name, or returns NotImplemented when it has none.
func callMaybe(ts *Thread, self Object, name *Str, args ...Object) (Object, error) {
	r, found, err := callSpecial(ts, self, name, args...)
	if !found && err == nil {
		return NotImplemented, nil
	}
	return r, err
}

func slotPowerMod(ts *Thread, a, b, mod Object) (Object, error) {
	return callMaybe(ts, a, dunderPow, b, mod)
}

// iterContains is the membership test by iteration, for types without __contains__.
func iterContains(ts *Thread, container, item Object) (bool, error) {
	it, err := GetIter(ts, container)
	if err != nil {
		return false, err
	}
	for {
		v, err := Next(ts, it)
		if v == nil || err != nil {
			return false, err
		}
		if eq, err := Equal(ts, v, item); eq || err != nil {
			return eq, err
		}
	}
}
