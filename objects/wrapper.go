package objects

// Slot wrappers: a built-in type's slots seen from Python as its special methods
// (int.__add__ is a wrapper_descriptor; (1).__add__ a method-wrapper).

// wrapperFunc is the Python-callable form of a slot: self and the arguments (keywords only
// for __init__, __call__ and __new__, whose descriptors accept them).
type wrapperFunc func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error)

// WrapperDescriptorType and MethodWrapperType are the types of slot wrappers and of slot
// wrappers bound to an instance.
var (
	WrapperDescriptorType = newType("wrapper_descriptor", ObjectType)
	MethodWrapperType     = newType("method-wrapper", ObjectType)
)

// WrapperDescriptor is a built-in type's slot as stored in its __dict__ under the special
// method's name.
type WrapperDescriptor struct {
	Name  string
	Owner *Type
	wrap  wrapperFunc
	// keywords is set when the slot takes keyword arguments.
	keywords bool
	// group identifies the slot the wrapper calls, so that a class inheriting it keeps the
	// built-in slot instead of a dispatcher.
	group *slotGroup
	// slots are the owner's slots the wrapper was made from.
	slots *Slots
}

// Type returns WrapperDescriptorType.
func (*WrapperDescriptor) Type() *Type { return WrapperDescriptorType }

// check is the wrapper's type check of self.
func (d *WrapperDescriptor) check(self Object) error {
	if self.Type().IsSubtype(d.Owner) {
		return nil
	}
	return Errorf(TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'",
		d.Name, d.Owner.Name, self.Type().Name)
}

// call runs the wrapped slot.
func (d *WrapperDescriptor) call(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if kwnames.Len() != 0 && !d.keywords {
		return nil, Errorf(TypeErrorType, "wrapper %s() takes no keyword arguments", d.Name)
	}
	return d.wrap(ts, self, args, kwnames)
}

// MethodWrapper is a slot wrapper bound to an instance.
type MethodWrapper struct {
	Descr *WrapperDescriptor
	Self  Object
}

// Type returns MethodWrapperType.
func (*MethodWrapper) Type() *Type { return MethodWrapperType }

// checkArgs is CPython's check_num_args: "expected 1 argument, got 0".
func checkArgs(args []Object, n int) error {
	if len(args) == n {
		return nil
	}
	return Errorf(TypeErrorType, "expected %d argument%s, got %d", n, pluralS(n), len(args))
}

func init() {
	w := WrapperDescriptorType
	w.Flags |= TypeFinal
	w.Slots.Call = func(ts *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		d := o.(*WrapperDescriptor)
		if len(args)-kwnames.Len() < 1 {
			return nil, Errorf(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", d.Name, d.Owner.Name)
		}
		if err := d.check(args[0]); err != nil {
			return nil, err
		}
		return d.call(ts, args[0], args[1:], kwnames)
	}
	w.Slots.DescrGet = func(ts *Thread, o, obj, typ Object) (Object, error) {
		d := o.(*WrapperDescriptor)
		if obj == nil {
			return d, nil
		}
		if err := descrCheck(d.Name, d.Owner, obj); err != nil {
			return nil, err
		}
		return &MethodWrapper{Descr: d, Self: obj}, nil
	}
	w.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		d := o.(*WrapperDescriptor)
		return NewStr("<slot wrapper '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	}
	w.GetSets = descriptorGetSets(func(o Object) (string, *Type, string) {
		d := o.(*WrapperDescriptor)
		return d.Name, d.Owner, slotDocs[d.Name]
	})

	m := MethodWrapperType
	m.Flags |= TypeFinal
	m.Slots.Call = func(ts *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		mw := o.(*MethodWrapper)
		return mw.Descr.call(ts, mw.Self, args, kwnames)
	}
	m.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		mw := o.(*MethodWrapper)
		return NewStr("<method-wrapper '" + mw.Descr.Name + "' of " + mw.Self.Type().Name + " object at " + addressOf(mw.Self) + ">"), nil
	}
	m.Slots.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*MethodWrapper)
		y, ok := b.(*MethodWrapper)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		eq := x.Descr == y.Descr && x.Self == y.Self
		return NewBool(eq == (op == CmpEQ)), nil
	}
	m.Slots.Hash = func(ts *Thread, o Object) (int64, error) {
		mw := o.(*MethodWrapper)
		return int64(idOf(mw.Self)>>4) ^ int64(idOf(mw.Descr)>>4), nil
	}
	m.GetSets = []GetSetDef{
		{Name: "__self__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*MethodWrapper).Self, nil }},
		{Name: "__name__", Get: func(ts *Thread, o Object) (Object, error) { return NewStr(o.(*MethodWrapper).Descr.Name), nil }},
		{Name: "__qualname__", Get: func(ts *Thread, o Object) (Object, error) {
			d := o.(*MethodWrapper).Descr
			return NewStr(d.Owner.QualName() + "." + d.Name), nil
		}},
		{Name: "__objclass__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*MethodWrapper).Descr.Owner, nil }},
		{Name: "__doc__", Get: func(ts *Thread, o Object) (Object, error) { return slotDoc(o.(*MethodWrapper).Descr.Name), nil }},
	}
}
