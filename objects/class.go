package objects

import "strings"

// Creating classes: type.__new__(meta, name, bases, namespace, **kwargs), as CPython's
// type_new.

// typeNew is type.__new__.
func typeNew(ts *Thread, meta *Type, args []Object, kwnames *Tuple) (Object, error) {
	nkw := kwnames.Len()
	nargs := len(args) - nkw
	if meta == TypeType && nargs == 1 && nkw == 0 {
		return args[0].Type(), nil
	}
	if nargs != 3 {
		return nil, Errorf(TypeErrorType, "type.__new__() takes exactly 3 arguments (%d given)", nargs)
	}
	name, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "type.__new__() argument 1 must be str, not %s", args[0].Type().Name)
	}
	basesTuple, ok := args[1].(*Tuple)
	if !ok {
		return nil, Errorf(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", args[1].Type().Name)
	}
	ns, ok := args[2].(*Dict)
	if !ok {
		return nil, Errorf(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", args[2].Type().Name)
	}
	for _, b := range basesTuple.items {
		if _, isType := b.(*Type); !isType {
			if _, err := GetAttr(ts, b, NewStr("__mro_entries__")); err == nil {
				return nil, Errorf(TypeErrorType, "type() doesn't support MRO entry resolution; use types.new_class()")
			}
		}
	}
	winner, err := calculateMetaclass(meta, basesTuple.items)
	if err != nil {
		return nil, err
	}
	if winner != meta && winner.Slots.New != nil && !sameFunc(winner.Slots.New, typeNew) {
		return winner.Slots.New(ts, winner, args, kwnames)
	}
	t, err := NewClass(ts, winner, name.value, basesTuple.items, ns)
	if err != nil {
		return nil, err
	}
	if err := t.initSubclass(ts, args[nargs:], kwnames); err != nil {
		return nil, err
	}
	return t, nil
}

// calculateMetaclass returns the most derived of meta and the bases' metaclasses, as
// _PyType_CalculateMetaclass.
func calculateMetaclass(meta *Type, bases []Object) (*Type, error) {
	winner := meta
	for _, b := range bases {
		bt := b.Type()
		if winner.IsSubtype(bt) {
			continue
		}
		if bt.IsSubtype(winner) {
			winner = bt
			continue
		}
		return nil, Errorf(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// layoutBase is the type that decides the memory layout of t's instances: the nearest type
// in its chain of primary bases that is built in or adds __slots__.
func layoutBase(t *Type) *Type {
	for (t.Flags&TypeHeap != 0 && len(t.slotNames) == 0) || t.Flags&TypeBaseLayout != 0 {
		t = t.Base
	}
	// A built-in exception class declaring no members of its own (ValueError) has its base's
	// layout, as CPython's solid_base finds: class X(OSError, ValueError) is allowed.
	for t != BaseExceptionType && ownSpecs[t] == nil && t.IsSubtype(BaseExceptionType) {
		t = t.Base
	}
	return t
}

// bestBase picks the primary base: the base whose layout extends all the others', as
// CPython's best_base.
func bestBase(bases []Object) (*Type, error) {
	var base, winner *Type
	for _, b := range bases {
		bt, ok := b.(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "bases must be types")
		}
		if bt.Flags&TypeFinal != 0 {
			return nil, Errorf(TypeErrorType, "type '%s' is not an acceptable base type", bt.Name)
		}
		cand := layoutBase(bt)
		switch {
		case winner == nil:
			winner, base = cand, bt
		case winner.IsSubtype(cand):
		case cand.IsSubtype(winner):
			winner, base = cand, bt
		default:
			return nil, Errorf(TypeErrorType, "multiple bases have instance lay-out conflict")
		}
	}
	return base, nil
}

// NewClass creates a class as type.__new__ does, without calling __init_subclass__: name,
// bases (object when empty) and the class body's namespace, which is copied. meta is the
// metaclass, already reconciled with the bases'.
func NewClass(ts *Thread, meta *Type, name string, bases []Object, ns *Dict) (*Type, error) {
	if len(bases) == 0 {
		bases = []Object{ObjectType}
	}
	base, err := bestBase(bases)
	if err != nil {
		return nil, err
	}
	t := &Type{Name: name, Base: base, Flags: TypeHeap, pending: ts.PendingCalls()}
	if meta != TypeType {
		t.meta = meta
	}
	t.Bases = make([]*Type, len(bases))
	for i, b := range bases {
		t.Bases[i] = b.(*Type)
	}
	d := NewDict()
	var dictErr error
	ns.Items(func(k, v Object) bool {
		dictErr = d.SetItem(ts, k, v)
		return dictErr == nil
	})
	if dictErr != nil {
		return nil, dictErr
	}
	t.Dict = d
	if err := t.setNameAttrs(ts); err != nil {
		return nil, err
	}
	if err := t.setSlots(ts); err != nil {
		return nil, err
	}
	t.wrapSpecialFunctions()
	if mro, err := t.mroFor(ts); err != nil {
		return nil, err
	} else {
		t.MRO = mro
	}
	for _, c := range t.MRO[1:] {
		t.Slots.inheritFrom(&c.Slots)
	}
	t.setCollectionFlags(d)
	// A class that defines __eq__ and not __hash__ is unhashable.
	if d.GetStr(NewStr("__eq__")) != nil && d.GetStr(NewStr("__hash__")) == nil {
		d.SetStr(NewStr("__hash__"), None)
	}
	if d.GetStr(NewStr("__doc__")) == nil {
		d.SetStr(NewStr("__doc__"), None)
	}
	t.fixupSlots()
	if t.Flags&TypeHasDict != 0 && solidBase(t) == ObjectType {
		t.inline = &inlineLayout{}
	}
	for _, b := range t.Bases {
		b.addSubclass(t)
	}
	t.Flags |= TypeReady
	if err := t.setClassCells(ts); err != nil {
		return nil, err
	}
	if err := t.setNames(ts); err != nil {
		return nil, err
	}
	return t, nil
}

// setNameAttrs takes __qualname__ out of the namespace and sets __module__ from the calling
// code's globals when the namespace lacks it.
func (t *Type) setNameAttrs(ts *Thread) error {
	key := NewStr("__qualname__")
	if q := t.Dict.GetStr(key); q != nil {
		s, ok := q.(*Str)
		if !ok {
			return Errorf(TypeErrorType, "type __qualname__ must be a str, not %s", q.Type().Name)
		}
		t.Qualname = s.value
		t.Dict.DelItem(ts, key)
	}
	modKey := NewStr("__module__")
	if t.Dict.GetStr(modKey) == nil && ts != nil && ts.globals != nil {
		if g := ts.globals(ts); g != nil {
			if name := g.GetStr(NewStr("__name__")); name != nil {
				t.Dict.SetStr(modKey, name)
			}
		}
	}
	return nil
}

// wrapSpecialFunctions makes __new__ a static method and __init_subclass__ and
// __class_getitem__ class methods when the class body defines them as plain functions.
func (t *Type) wrapSpecialFunctions() {
	if f, ok := t.Dict.GetStr(NewStr("__new__")).(*Function); ok {
		t.Dict.SetStr(NewStr("__new__"), NewStaticMethod(f))
	}
	for _, name := range [...]string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := t.Dict.GetStr(NewStr(name)).(*Function); ok {
			t.Dict.SetStr(NewStr(name), NewClassMethod(f))
		}
	}
}

// mroFor computes the class's MRO: C3, or the metaclass's own mro() when it overrides it.
func (t *Type) mroFor(ts *Thread) ([]*Type, error) {
	if t.meta == nil {
		return computeMRO(t)
	}
	m := t.meta.Lookup(ts, NewStr("mro"))
	if d, ok := m.(*MethodDescriptor); ok && d.Owner == TypeType {
		return computeMRO(t)
	}
	t.MRO = []*Type{t} // lets the mro() method see the class while it computes
	r, err := CallMethod(ts, t, "mro")
	if err != nil {
		return nil, err
	}
	items, err := IterableItems(ts, r)
	if err != nil {
		return nil, err
	}
	mro := make([]*Type, len(items))
	for i, it := range items {
		c, ok := it.(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "mro() returned a non-class ('%s')", it.Type().Name)
		}
		if !t.Base.IsSubtype(layoutBase(c)) && c != t {
			return nil, Errorf(TypeErrorType, "mro() returned base with unsuitable layout ('%s')", c.Name)
		}
		mro[i] = c
	}
	return mro, nil
}

// setNames calls __set_name__(cls, name) on every attribute of the new class that has it.
func (t *Type) setNames(ts *Thread) error {
	var names, values []Object
	t.Dict.Items(func(k, v Object) bool {
		names = append(names, k)
		values = append(values, v)
		return true
	})
	key := NewStr("__set_name__")
	for i, v := range values {
		m := v.Type().Lookup(ts, key)
		if m == nil {
			continue
		}
		if _, err := callDescriptor(ts, m, v, t, names[i]); err != nil {
			if e, ok := err.(*BaseException); ok {
				// As CPython 3.12+, the error says which attribute's __set_name__ failed.
				note := "Error calling __set_name__ on '" + v.Type().Name + "' instance " + reprOrQ(ts, names[i]) + " in '" + t.Name + "'"
				if nerr := e.AddNote(ts, NewStr(note)); nerr != nil {
					return nerr
				}
			}
			return err
		}
	}
	return nil
}

// initSubclass calls super(cls, cls).__init_subclass__(**kwargs): the first definition after
// the class itself in its MRO, bound to the class.
func (t *Type) initSubclass(ts *Thread, kwvalues []Object, kwnames *Tuple) error {
	key := NewStr("__init_subclass__")
	for _, c := range t.MRO[1:] {
		m := c.Dict.GetStr(key)
		if m == nil {
			continue
		}
		f := m
		if get := m.Type().Slots.DescrGet; get != nil {
			var err error
			if f, err = get(ts, m, nil, t); err != nil {
				return err
			}
		}
		_, err := Call(ts, f, kwvalues, kwnames)
		return err
	}
	return nil
}

// mangle applies private name mangling: __x in class C is _C__x.
func mangle(class, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	stripped := strings.TrimLeft(class, "_")
	if stripped == "" {
		return name
	}
	return "_" + stripped + name
}

// setBases assigns __bases__: the new bases must give a consistent MRO and the same
// instance layout; the class's MRO, its subclasses' and their version tags are updated.
// baseChainReaches reports whether t is on b's chain of Base links (type_is_subtype_base_chain).
func baseChainReaches(b, t *Type) bool {
	for seen := 0; b != nil && seen < 1<<16; seen++ {
		if b == t {
			return true
		}
		b = b.Base
	}
	return false
}

func setBases(ts *Thread, o, v Object) error {
	t := o.(*Type)
	if err := checkSetSpecial(t, v, "__bases__"); err != nil {
		return err
	}
	tup, ok := v.(*Tuple)
	if !ok {
		return Errorf(TypeErrorType, "can only assign tuple to %s.__bases__, not %s", t.Name, v.Type().Name)
	}
	if len(tup.items) == 0 {
		return Errorf(TypeErrorType, "can only assign non-empty tuple to %s.__bases__, not ()", t.Name)
	}
	bases := make([]*Type, len(tup.items))
	for i, b := range tup.items {
		bt, ok := b.(*Type)
		if !ok {
			return Errorf(TypeErrorType, "%s.__bases__ must be tuple of classes, not '%s'", t.Name, b.Type().Name)
		}
		// The base chain too: a reentrant mro() may have changed bases whose MRO is not
		// updated yet, as type_set_bases checks.
		if bt.IsSubtype(t) || baseChainReaches(bt, t) {
			return Errorf(TypeErrorType, "a __bases__ item causes an inheritance cycle")
		}
		bases[i] = bt
	}
	newBase, err := bestBase(tup.items)
	if err != nil {
		return err
	}
	if layoutBase(newBase) != layoutBase(t.Base) {
		return Errorf(TypeErrorType, "__bases__ assignment: '%s' object layout differs from '%s'", newBase.Name, t.Base.Name)
	}
	oldBases, oldBase, oldMRO := t.Bases, t.Base, t.MRO
	t.Bases, t.Base = bases, newBase
	if err := t.remro(ts); err != nil {
		t.Bases, t.Base, t.MRO = oldBases, oldBase, oldMRO
		return err
	}
	for _, b := range oldBases {
		b.removeSubclass(t)
	}
	for _, b := range bases {
		b.addSubclass(t)
	}
	return nil
}

// remro recomputes the MRO and slots of t and its subclasses after its bases changed.
func (t *Type) remro(ts *Thread) error {
	mro, err := t.mroFor(ts)
	if err != nil {
		return err
	}
	t.MRO = mro
	t.Modified()
	for _, sd := range slotdefs.defs {
		t.updateGroup(sd.group)
	}
	for _, sub := range t.Subclasses() {
		if err := sub.remro(ts); err != nil {
			return err
		}
	}
	return nil
}

// setClassCells fills the cells the compiler hands over in the namespace: __classcell__ (the
// __class__ cell of methods using super() or __class__) gets the class, __classdictcell__
// its namespace; both names leave the namespace.
func (t *Type) setClassCells(ts *Thread) error {
	for _, name := range [...]string{"__classcell__", "__classdictcell__"} {
		key := NewStr(name)
		v := t.Dict.GetStr(key)
		if v == nil {
			continue
		}
		c, ok := v.(*Cell)
		if !ok {
			r, err := Repr(ts, v.Type())
			if err != nil {
				return err
			}
			return Errorf(TypeErrorType, "%s must be a nonlocal cell, not %s", name, r.value)
		}
		if name == "__classcell__" {
			c.Set(t)
		} else {
			c.Set(t.Dict)
		}
		t.Dict.DelItem(ts, key)
	}
	return nil
}

// reprOrQ returns repr(o), or "?" when that fails.
func reprOrQ(ts *Thread, o Object) string {
	r, err := Repr(ts, o)
	if err != nil {
		return "?"
	}
	return r.value
}
