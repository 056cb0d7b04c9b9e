package objects

// __slots__, member descriptors and the __dict__ and __weakref__ attributes of classes.

// MemberDescriptorType is the type of the descriptors of __slots__.
var MemberDescriptorType = newType("member_descriptor", ObjectType)

// MemberDescriptor is one of a class's __slots__: it reads and writes one slot value of
// the instance.
type MemberDescriptor struct {
	Name  string
	Owner *Type
	index int
	// readonly refuses assignment and deletion, as READONLY members do (struct sequence
	// fields); doc is __doc__.
	readonly bool
	doc      string
}

// Type returns MemberDescriptorType.
func (*MemberDescriptor) Type() *Type { return MemberDescriptorType }

func init() {
	t := MemberDescriptorType
	t.Flags |= TypeFinal
	t.Slots.DescrGet = func(ts *Thread, o, obj, typ Object) (Object, error) {
		d := o.(*MemberDescriptor)
		if obj == nil {
			return d, nil
		}
		if err := descrCheck(d.Name, d.Owner, obj); err != nil {
			return nil, err
		}
		vals := slotValues(obj)
		if d.index >= len(vals) || vals[d.index] == nil {
			return nil, newAttributeError(obj, NewStr(d.Name), "'"+obj.Type().Name+"' object has no attribute '"+d.Name+"'")
		}
		return vals[d.index], nil
	}
	t.Slots.DescrSet = func(ts *Thread, o, obj, v Object) error {
		d := o.(*MemberDescriptor)
		if err := descrCheck(d.Name, d.Owner, obj); err != nil {
			return err
		}
		if d.readonly {
			return Errorf(AttributeErrorType, "readonly attribute")
		}
		vals := slotValues(obj)
		if d.index >= len(vals) {
			return Errorf(SystemErrorType, "slot '%s' out of range", d.Name)
		}
		if v == nil && vals[d.index] == nil {
			return NewException(AttributeErrorType, NewStr(d.Name))
		}
		vals[d.index] = v
		return nil
	}
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		d := o.(*MemberDescriptor)
		return NewStr("<member '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	}
	t.GetSets = descriptorGetSets(func(o Object) (string, *Type, string) {
		d := o.(*MemberDescriptor)
		return d.Name, d.Owner, d.doc
	})
}

// instanceDictGetSet is the __dict__ attribute of a class's instances.
var instanceDictGetSet = GetSetDef{Name: "__dict__",
	Get: func(ts *Thread, o Object) (Object, error) {
		dp := instanceDict(o)
		if dp == nil {
			return nil, Errorf(AttributeErrorType, "This object has no __dict__")
		}
		if *dp == nil {
			*dp = NewDict()
		}
		return *dp, nil
	},
	Set: func(ts *Thread, o, v Object) error {
		dp := instanceDict(o)
		if dp == nil {
			return Errorf(AttributeErrorType, "This object has no __dict__")
		}
		if v == nil {
			return Errorf(TypeErrorType, "cannot delete __dict__")
		}
		d, ok := v.(*Dict)
		if !ok {
			return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", v.Type().Name)
		}
		*dp = d
		return nil
	},
	Doc: "dictionary for instance variables"}

// weakrefGetSet is the __weakref__ attribute: the first of the object's weak references, or
// None.
var weakrefGetSet = GetSetDef{Name: "__weakref__",
	Get: func(ts *Thread, o Object) (Object, error) {
		if refs := weakRefsOf(o); len(refs) > 0 {
			return refs[0], nil
		}
		return None, nil
	},
	Doc: "list of weak references to the object"}

// hasWeakrefSlot reports whether instances of t can be weakly referenced without the class
// adding a __weakref__ attribute, or cannot get one (the variable-sized built-ins).
func hasWeakrefSlot(t *Type) bool {
	for _, c := range t.MRO {
		if c.Flags&TypeHeap != 0 {
			if c.Dict.GetStr(NewStr("__weakref__")) != nil {
				return true
			}
			continue
		}
		if c.Flags&TypeWeakrefable != 0 {
			return true
		}
		switch c.Name {
		case "int", "bool", "tuple", "bytes":
			return true
		}
	}
	return false
}

// setSlots lays out the instances of a new class: its __slots__ become member descriptors
// and slot values; without __slots__ (or with "__dict__" in them) instances get a __dict__.
func (t *Type) setSlots(ts *Thread) error {
	base := t.Base
	baseHasDict := false
	for _, b := range t.Bases {
		// A class is its own namespace, so metaclasses inherit type's __dict__ rather than
		// adding an instance one.
		if b.Flags&TypeHasDict != 0 || b.IsSubtype(TypeType) {
			baseHasDict = true
		}
	}
	t.slotBase = base.nSlots
	t.nSlots = base.nSlots
	slotsObj := t.Dict.GetStr(NewStr("__slots__"))
	if slotsObj == nil {
		t.Flags |= TypeHasDict
		if !baseHasDict {
			t.putGetSet(&instanceDictGetSet)
		}
		if !hasWeakrefSlot(base) {
			t.putGetSet(&weakrefGetSet)
		}
		return nil
	}
	var items []Object
	if s, ok := slotsObj.(*Str); ok {
		items = []Object{s}
	} else {
		var err error
		if items, err = IterableItems(ts, slotsObj); err != nil {
			return err
		}
	}
	var names []string
	addDict, addWeakref := false, false
	for _, it := range items {
		s, ok := it.(*Str)
		if !ok {
			return Errorf(TypeErrorType, "__slots__ items must be strings, not '%s'", it.Type().Name)
		}
		if !isIdentifier(s.value) {
			return Errorf(TypeErrorType, "__slots__ must be identifiers")
		}
		switch s.value {
		case "__dict__":
			if baseHasDict || addDict {
				return Errorf(TypeErrorType, "__dict__ slot disallowed: we already got one")
			}
			addDict = true
			continue
		case "__weakref__":
			if addWeakref || hasWeakrefSlot(base) {
				return Errorf(TypeErrorType, "__weakref__ slot disallowed: we already got one")
			}
			addWeakref = true
			continue
		}
		names = append(names, mangle(t.Name, s.value))
	}
	sortStrings(names)
	// A name given twice makes one slot, as in CPython, where the second descriptor replaces
	// the first.
	uniq := names[:0]
	for i, n := range names {
		if i == 0 || n != names[i-1] {
			uniq = append(uniq, n)
		}
	}
	names = uniq
	for _, n := range names {
		if t.Dict.GetStr(NewStr(n)) != nil {
			return Errorf(ValueErrorType, "'%s' in __slots__ conflicts with class variable", n)
		}
	}
	if len(names) > 0 {
		switch sb := solidBase(base); sb.Name {
		case "int", "bool", "tuple", "bytes":
			return Errorf(TypeErrorType, "nonempty __slots__ not supported for subtype of '%s'", sb.Name)
		}
	}
	t.slotNames = names
	for i, n := range names {
		t.Dict.SetStr(NewStr(n), &MemberDescriptor{Name: n, Owner: t, index: t.slotBase + i})
	}
	t.nSlots += len(names)
	if addDict || baseHasDict {
		t.Flags |= TypeHasDict
	}
	if addDict {
		t.putGetSet(&instanceDictGetSet)
	}
	if addWeakref {
		t.putGetSet(&weakrefGetSet)
	}
	return nil
}

// putGetSet adds a getset descriptor owned by t to its namespace.
func (t *Type) putGetSet(def *GetSetDef) {
	// A name the class body defines itself (a __dict__ property) stays, as type_ready's
	// add_getset uses PyDict_SetDefault.
	if t.Dict.GetStr(NewStr(def.Name)) != nil {
		return
	}
	t.Dict.SetStr(NewStr(def.Name), &GetSetDescriptor{Def: def, Owner: t})
}

// isIdentifier reports whether s is a Python identifier.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		letter := r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r >= 0x80
		if !letter && (i == 0 || r < '0' || r > '9') {
			return false
		}
	}
	return true
}
