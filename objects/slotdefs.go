package objects

import "reflect"

// The table that ties special method names to slots, as CPython's slotdefs: a class that
// defines __add__ gets a NumBinary[OpAdd] that calls it (a dispatcher); a built-in type's
// slot appears in its __dict__ as a slot wrapper named __add__; assigning a special method
// to a class after its creation updates the slot of the class and of its subclasses.

// slotGroup is one slot with the special methods that feed it (__add__ and __radd__ both
// feed NumBinary[OpAdd]).
type slotGroup struct {
	has      func(*Slots) bool
	copy     func(dst, src *Slots)
	clear    func(*Slots)
	dispatch func(*Slots)
	names    []*Str
}

// slotdef ties one special method name to its slot group; wrap makes the method's slot
// wrapper from a built-in type's slots (nil when the name has no wrapper).
type slotdef struct {
	name     *Str
	group    *slotGroup
	wrap     func(*Slots) wrapperFunc
	keywords bool
}

// field makes a slot group's accessors from a pointer to its field.
func field[F any](p func(*Slots) *F, dispatch F) *slotGroup {
	return &slotGroup{
		has:      func(s *Slots) bool { return !reflect.ValueOf(*p(s)).IsNil() },
		copy:     func(dst, src *Slots) { *p(dst) = *p(src) },
		clear:    func(s *Slots) { var zero F; *p(s) = zero },
		dispatch: func(s *Slots) { *p(s) = dispatch },
	}
}

// slotTable holds every slotdef, and byName the ones of each special method name.
type slotTable struct {
	defs   []*slotdef
	byName map[string][]*slotdef
	groups []*slotGroup
}

func (st *slotTable) add(g *slotGroup, name string, wrap func(*Slots) wrapperFunc) *slotdef {
	sd := &slotdef{name: NewStr(name), group: g, wrap: wrap}
	if len(g.names) == 0 {
		st.groups = append(st.groups, g)
	}
	g.names = append(g.names, sd.name)
	st.defs = append(st.defs, sd)
	st.byName[name] = append(st.byName[name], sd)
	return sd
}

// slotdefs is the table, built once; it is never modified afterwards.
var slotdefs = buildSlotdefs()

// binaryNames are the special methods of the binary operators, in BinaryOp order.
var binaryNames = [NumBinaryOps]string{"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"}

// compareNames are the special methods of the comparisons, in CompareOp order.
var compareNames = [...]*Str{NewStr("__lt__"), NewStr("__le__"), NewStr("__eq__"), NewStr("__ne__"), NewStr("__gt__"), NewStr("__ge__")}

var (
	dunderGetattribute = NewStr("__getattribute__")
	dunderGetattr      = NewStr("__getattr__")
	dunderSetattr      = NewStr("__setattr__")
	dunderDelattr      = NewStr("__delattr__")
	dunderGet          = NewStr("__get__")
	dunderSet          = NewStr("__set__")
	dunderDelete       = NewStr("__delete__")
	dunderCall         = NewStr("__call__")
	dunderNew          = NewStr("__new__")
	dunderInit         = NewStr("__init__")
	dunderIter         = NewStr("__iter__")
	dunderNext         = NewStr("__next__")
	dunderLen          = NewStr("__len__")
	dunderGetitem      = NewStr("__getitem__")
	dunderSetitem      = NewStr("__setitem__")
	dunderDelitem      = NewStr("__delitem__")
	dunderContains     = NewStr("__contains__")
	dunderHash         = NewStr("__hash__")
	dunderRepr         = NewStr("__repr__")
	dunderStr          = NewStr("__str__")
	dunderFormat       = NewStr("__format__")
	dunderBool         = NewStr("__bool__")
	dunderIndex        = NewStr("__index__")
	dunderInt          = NewStr("__int__")
	dunderFloat        = NewStr("__float__")
	dunderNeg          = NewStr("__neg__")
	dunderPos          = NewStr("__pos__")
	dunderInvert       = NewStr("__invert__")
	dunderAbs          = NewStr("__abs__")
	dunderPow          = NewStr("__pow__")
)

func buildSlotdefs() *slotTable {
	st := &slotTable{byName: map[string][]*slotdef{}}

	g := field(func(s *Slots) *func(*Thread, Object, *Str) (Object, error) { return &s.GetAttr }, slotGetAttr)
	st.add(g, "__getattribute__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 1); err != nil {
				return nil, err
			}
			name, ok := args[0].(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
			}
			return s.GetAttr(ts, self, name)
		}
	})
	st.add(g, "__getattr__", nil)

	g = field(func(s *Slots) *func(*Thread, Object, *Str, Object) error { return &s.SetAttr }, slotSetAttr)
	st.add(g, "__setattr__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, " expected 2 arguments, got %d", len(args))
			}
			name, ok := args[0].(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
			}
			return None, s.SetAttr(ts, self, name, args[1])
		}
	})
	st.add(g, "__delattr__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 1); err != nil {
				return nil, err
			}
			name, ok := args[0].(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
			}
			return None, s.SetAttr(ts, self, name, nil)
		}
	})

	st.add(field(func(s *Slots) *func(*Thread, Object) (*Str, error) { return &s.Repr }, slotRepr), "__repr__", strWrapper(func(s *Slots) func(*Thread, Object) (*Str, error) { return s.Repr }))
	st.add(field(func(s *Slots) *func(*Thread, Object) (*Str, error) { return &s.Str }, slotStr), "__str__", strWrapper(func(s *Slots) func(*Thread, Object) (*Str, error) { return s.Str }))
	st.add(field(func(s *Slots) *func(*Thread, Object) (int64, error) { return &s.Hash }, slotHash), "__hash__", func(s *Slots) wrapperFunc {
		if sameFunc(s.Hash, unhashable) {
			return nil
		}
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 0); err != nil {
				return nil, err
			}
			h, err := s.Hash(ts, self)
			if err != nil {
				return nil, err
			}
			return NewInt(h), nil
		}
	})
	sd := st.add(field(func(s *Slots) *func(*Thread, Object, []Object, *Tuple) (Object, error) { return &s.Call }, slotCall), "__call__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
			return s.Call(ts, self, args, kwnames)
		}
	})
	sd.keywords = true

	cmp := field(func(s *Slots) *func(*Thread, Object, Object, CompareOp) (Object, error) { return &s.RichCompare }, slotRichCompare)
	for op, name := range compareNames {
		op := CompareOp(op)
		st.add(cmp, name.value, func(s *Slots) wrapperFunc {
			return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
				if err := checkArgs(args, 1); err != nil {
					return nil, err
				}
				return s.RichCompare(ts, self, args[0], op)
			}
		})
	}

	st.add(field(func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.Iter }, slotIter), "__iter__", unaryWrapper(func(s *Slots) func(*Thread, Object) (Object, error) { return s.Iter }))
	st.add(field(func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.IterNext }, slotIterNext), "__next__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 0); err != nil {
				return nil, err
			}
			v, err := s.IterNext(ts, self)
			if v == nil && err == nil {
				return nil, NewException(StopIterationType)
			}
			return v, err
		}
	})

	st.add(field(func(s *Slots) *func(*Thread, Object, Object, Object) (Object, error) { return &s.DescrGet }, slotDescrGet), "__get__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if len(args) < 1 || len(args) > 2 {
				return nil, positionalRangeError(len(args), 1, 2)
			}
			obj, typ := args[0], Object(nil)
			if len(args) == 2 {
				typ = args[1]
			}
			if obj == None {
				obj = nil
			}
			if typ == None {
				typ = nil
			}
			if obj == nil && typ == nil {
				return nil, Errorf(TypeErrorType, "__get__(None, None) is invalid")
			}
			return s.DescrGet(ts, self, obj, typ)
		}
	})
	g = field(func(s *Slots) *func(*Thread, Object, Object, Object) error { return &s.DescrSet }, slotDescrSet)
	st.add(g, "__set__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, " expected 2 arguments, got %d", len(args))
			}
			return None, s.DescrSet(ts, self, args[0], args[1])
		}
	})
	st.add(g, "__delete__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 1); err != nil {
				return nil, err
			}
			return None, s.DescrSet(ts, self, args[0], nil)
		}
	})

	sd = st.add(field(func(s *Slots) *func(*Thread, Object, []Object, *Tuple) error { return &s.Init }, slotInit), "__init__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
			return None, s.Init(ts, self, args, kwnames)
		}
	})
	sd.keywords = true
	// __del__ has no wrapper: no built-in type finalizes its instances in Python's sight.
	st.add(field(func(s *Slots) *func(*Thread, Object) error { return &s.Finalize }, slotFinalize), "__del__", nil)
	// __new__ has no wrapper: built-in types get a static __new__ function instead.
	st.add(field(func(s *Slots) *func(*Thread, *Type, []Object, *Tuple) (Object, error) { return &s.New }, slotNew), "__new__", nil)

	st.add(field(func(s *Slots) *func(*Thread, Object) (int, error) { return &s.Len }, slotLen), "__len__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 0); err != nil {
				return nil, err
			}
			n, err := s.Len(ts, self)
			if err != nil {
				return nil, err
			}
			return NewInt(int64(n)), nil
		}
	})
	st.add(field(func(s *Slots) *func(*Thread, Object, Object) (Object, error) { return &s.GetItem }, slotGetItem), "__getitem__", binaryWrapper(func(s *Slots) func(*Thread, Object, Object) (Object, error) { return s.GetItem }))
	g = field(func(s *Slots) *func(*Thread, Object, Object, Object) error { return &s.SetItem }, slotSetItem)
	st.add(g, "__setitem__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 2); err != nil {
				return nil, err
			}
			return None, s.SetItem(ts, self, args[0], args[1])
		}
	})
	st.add(g, "__delitem__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 1); err != nil {
				return nil, err
			}
			return None, s.SetItem(ts, self, args[0], nil)
		}
	})
	st.add(field(func(s *Slots) *func(*Thread, Object, Object) (bool, error) { return &s.Contains }, slotContains), "__contains__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 1); err != nil {
				return nil, err
			}
			b, err := s.Contains(ts, self, args[0])
			return NewBool(b), err
		}
	})
	// Built-in types usually declare __format__ as a method, which takes precedence; a type
	// that only fills the slot gets a wrapper, so that its subclasses find its formatting
	// before object's.
	st.add(field(func(s *Slots) *func(*Thread, Object, *Str) (Object, error) { return &s.Format }, slotFormat), "__format__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 1); err != nil {
				return nil, err
			}
			spec, ok := args[0].(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "__format__() argument must be str, not %s", args[0].Type().Name)
			}
			return s.Format(ts, self, spec)
		}
	})

	for i := range NumBinaryOps {
		op := BinaryOp(i)
		g := field(func(s *Slots) *func(*Thread, Object, Object) (Object, error) { return &s.NumBinary[op] }, binaryDispatchOf(binaryNames[op], func(s *Slots) func(*Thread, Object, Object) (Object, error) { return s.NumBinary[op] }))
		st.add(g, "__"+binaryNames[op]+"__", func(s *Slots) wrapperFunc {
			return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
				if op == OpPower {
					return powerWrapper(ts, s, self, args, false)
				}
				if err := checkArgs(args, 1); err != nil {
					return nil, err
				}
				return s.NumBinary[op](ts, self, args[0])
			}
		})
		st.add(g, "__r"+binaryNames[op]+"__", func(s *Slots) wrapperFunc {
			return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
				if op == OpPower {
					return powerWrapper(ts, s, self, args, true)
				}
				if err := checkArgs(args, 1); err != nil {
					return nil, err
				}
				return s.NumBinary[op](ts, args[0], self)
			}
		})
		name := NewStr("__i" + binaryNames[op] + "__")
		g = field(func(s *Slots) *func(*Thread, Object, Object) (Object, error) { return &s.NumInplace[op] }, func(ts *Thread, a, b Object) (Object, error) {
			r, found, err := callSpecial(ts, a, name, b)
			if !found && err == nil {
				return NotImplemented, nil
			}
			return r, err
		})
		st.add(g, name.value, binaryWrapper(func(s *Slots) func(*Thread, Object, Object) (Object, error) { return s.NumInplace[op] }))
	}
	st.add(field(func(s *Slots) *func(*Thread, Object, Object, Object) (Object, error) { return &s.PowerMod }, slotPowerMod), "__pow__", nil)
	g = field(func(s *Slots) *func(*Thread, Object, Object) (Object, error) { return &s.Divmod },
		binaryDispatchOf("divmod", func(s *Slots) func(*Thread, Object, Object) (Object, error) { return s.Divmod }))
	st.add(g, "__divmod__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 1); err != nil {
				return nil, err
			}
			return s.Divmod(ts, self, args[0])
		}
	})
	st.add(g, "__rdivmod__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 1); err != nil {
				return nil, err
			}
			return s.Divmod(ts, args[0], self)
		}
	})

	for _, u := range []struct {
		name *Str
		p    func(*Slots) *func(*Thread, Object) (Object, error)
	}{
		{NewStr("__await__"), func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.Await }},
		{NewStr("__aiter__"), func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.AIter }},
		{NewStr("__anext__"), func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.ANext }},
		{dunderNeg, func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.Negative }},
		{dunderPos, func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.Positive }},
		{dunderInvert, func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.Invert }},
		{dunderAbs, func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.Absolute }},
	} {
		name, p := u.name, u.p
		st.add(field(p, func(ts *Thread, o Object) (Object, error) { return callUnary(ts, o, name) }), name.value,
			unaryWrapper(func(s *Slots) func(*Thread, Object) (Object, error) { return *p(s) }))
	}
	st.add(field(func(s *Slots) *func(*Thread, Object) (bool, error) { return &s.Bool }, slotBool), "__bool__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 0); err != nil {
				return nil, err
			}
			b, err := s.Bool(ts, self)
			return NewBool(b), err
		}
	})
	st.add(field(func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.Int }, slotInt), "__int__", unaryWrapper(func(s *Slots) func(*Thread, Object) (Object, error) { return s.Int }))
	st.add(field(func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.Float }, slotFloat), "__float__", unaryWrapper(func(s *Slots) func(*Thread, Object) (Object, error) { return s.Float }))
	st.add(field(func(s *Slots) *func(*Thread, Object) (*Int, error) { return &s.Index }, slotIndex), "__index__", func(s *Slots) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 0); err != nil {
				return nil, err
			}
			return s.Index(ts, self)
		}
	})
	return st
}

// positionalRangeError is PyArg_UnpackTuple's message for a wrapper (its name is empty).
func positionalRangeError(n, min, max int) error {
	if n < min {
		return Errorf(TypeErrorType, " expected at least %d argument%s, got %d", min, pluralS(min), n)
	}
	return Errorf(TypeErrorType, " expected at most %d argument%s, got %d", max, pluralS(max), n)
}

func unaryWrapper(get func(*Slots) func(*Thread, Object) (Object, error)) func(*Slots) wrapperFunc {
	return func(s *Slots) wrapperFunc {
		f := get(s)
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 0); err != nil {
				return nil, err
			}
			return f(ts, self)
		}
	}
}

func binaryWrapper(get func(*Slots) func(*Thread, Object, Object) (Object, error)) func(*Slots) wrapperFunc {
	return func(s *Slots) wrapperFunc {
		f := get(s)
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 1); err != nil {
				return nil, err
			}
			return f(ts, self, args[0])
		}
	}
}

func strWrapper(get func(*Slots) func(*Thread, Object) (*Str, error)) func(*Slots) wrapperFunc {
	return func(s *Slots) wrapperFunc {
		f := get(s)
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 0); err != nil {
				return nil, err
			}
			return f(ts, self)
		}
	}
}

// powerWrapper is __pow__ and __rpow__ of a built-in type: pow(self, other[, mod]).
func powerWrapper(ts *Thread, s *Slots, self Object, args []Object, reflected bool) (Object, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, positionalRangeError(len(args), 1, 2)
	}
	a, b := self, args[0]
	if reflected {
		a, b = b, a
	}
	if len(args) == 2 && args[1] != None {
		if s.PowerMod == nil || reflected {
			return NotImplemented, nil
		}
		return s.PowerMod(ts, a, b, args[1])
	}
	return s.NumBinary[OpPower](ts, a, b)
}

// addSlotWrappers puts in a built-in type's namespace the slot wrappers of the slots it
// defines itself (own, before inheritance), and its static __new__.
func (t *Type) addSlotWrappers(own *Slots, put func(string, Object)) {
	for _, sd := range slotdefs.defs {
		if sd.wrap == nil || !sd.group.has(own) {
			continue
		}
		if sd.name.value == "__hash__" && sameFunc(own.Hash, unhashable) {
			put("__hash__", None)
			continue
		}
		w := sd.wrap(own)
		if w == nil {
			continue
		}
		put(sd.name.value, &WrapperDescriptor{Name: sd.name.value, Owner: t, wrap: w, keywords: sd.keywords, group: sd.group, slots: own})
	}
	t.addSequenceWrappers(own, put)
	if own.New != nil {
		put("__new__", &BuiltinFunction{Def: &tpNewDef, Self: t})
	}
}

// addSequenceWrappers gives a built-in sequence's concatenation and repetition slots the
// names of the operators (__add__, __mul__, __rmul__, __iadd__, __imul__), as CPython's
// sq_concat and sq_repeat wrappers, unless its number slots already provide them.
func (t *Type) addSequenceWrappers(own *Slots, put func(string, Object)) {
	wrapper := func(name string, w wrapperFunc) {
		put(name, &WrapperDescriptor{Name: name, Owner: t, wrap: w, slots: own})
	}
	repeat := func(f func(*Thread, Object, int) (Object, error)) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 1); err != nil {
				return nil, err
			}
			n, err := indexValue(ts, args[0])
			if err != nil {
				return nil, err
			}
			return f(ts, self, n)
		}
	}
	concat := func(f func(*Thread, Object, Object) (Object, error)) wrapperFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := checkArgs(args, 1); err != nil {
				return nil, err
			}
			return f(ts, self, args[0])
		}
	}
	if own.Concat != nil && own.NumBinary[OpAdd] == nil {
		wrapper("__add__", concat(own.Concat))
	}
	if own.Repeat != nil && own.NumBinary[OpMultiply] == nil {
		wrapper("__mul__", repeat(own.Repeat))
		wrapper("__rmul__", repeat(own.Repeat))
	}
	if own.InplaceConcat != nil && own.NumInplace[OpAdd] == nil {
		wrapper("__iadd__", concat(own.InplaceConcat))
	}
	if own.InplaceRepeat != nil && own.NumInplace[OpMultiply] == nil {
		wrapper("__imul__", repeat(own.InplaceRepeat))
	}
}

// tpNewDef is the __new__ of a built-in type: T.__new__(S, ...) makes an S with T's
// constructor, after CPython's checks (tp_new_wrapper).
var tpNewDef = MethodDef{Name: "__new__", Flags: MethFastcall | MethKeywords, Func: tpNewWrapper,
	Doc: "Create and return a new object.  See help(type) for accurate signature."}

func tpNewWrapper(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	t := self.(*Type)
	if len(args)-kwnames.Len() < 1 {
		return nil, Errorf(TypeErrorType, "%s.__new__(): not enough arguments", t.Name)
	}
	sub, ok := args[0].(*Type)
	if !ok {
		return nil, Errorf(TypeErrorType, "%s.__new__(X): X is not a type object (%s)", t.Name, args[0].Type().Name)
	}
	if !sub.IsSubtype(t) {
		return nil, Errorf(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", t.Name, sub.Name, sub.Name, t.Name)
	}
	// The most derived built-in base of sub must be t's or derive from it, so that the
	// instance has the layout t's constructor makes.
	if sb := solidBase(sub); !sb.IsSubtype(solidBase(t)) || (sb != solidBase(t) && sb.Slots.New != nil && !sameFunc(sb.Slots.New, t.Slots.New)) {
		return nil, Errorf(TypeErrorType, "%s.__new__(%s) is not safe, use %s.__new__()", t.Name, sub.Name, sb.Name)
	}
	return t.Slots.New(ts, sub, args[1:], kwnames)
}

// updateSlot recomputes the slots fed by special method name on t and on the subclasses
// that inherit it, after the name was set or deleted on t (CPython's update_slot).
func (t *Type) updateSlot(name string) {
	defs := slotdefs.byName[name]
	if len(defs) == 0 {
		return
	}
	for _, sd := range defs {
		t.updateGroup(sd.group)
	}
	for _, sub := range t.Subclasses() {
		if sub.Dict.GetStr(NewStr(name)) == nil {
			sub.updateSlot(name)
		}
	}
}

// fixupSlots sets every slot of a new class from what its MRO defines, as CPython's
// fixup_slot_dispatchers: a base's slot wrapper found first gives that base's slot (so a
// mixin's inherited object slots do not hide int's), a special method written in Python
// gives the dispatcher.
func (t *Type) fixupSlots() {
	for _, g := range slotdefs.groups {
		t.updateGroup(g)
	}
}

// updateGroup sets one slot of a class from what its MRO defines for the group's names: the
// built-in slot itself when all of them come from one built-in type's slot wrappers, the
// unhashable hash for __hash__ = None, nothing (the bases' slot) when none is defined, and
// else the dispatcher that calls the special methods.
func (t *Type) updateGroup(g *slotGroup) {
	var wrapped *Slots
	generic, defined := false, false
	for _, name := range g.names {
		v := t.lookupMRO(name)
		if v == nil {
			continue
		}
		defined = true
		switch d := v.(type) {
		case *WrapperDescriptor:
			if d.group == g && (wrapped == nil || wrapped == d.slots) {
				wrapped = d.slots
				continue
			}
		case *MethodDescriptor:
			// A built-in type may define a special method as a method (__format__); its
			// slot implements the same operation.
			if d.Owner.Flags&TypeHeap == 0 && g.has(&d.Owner.Slots) && (wrapped == nil || wrapped == &d.Owner.Slots) {
				wrapped = &d.Owner.Slots
				continue
			}
		case *BuiltinFunction:
			if d.Def == &tpNewDef {
				if owner, ok := d.Self.(*Type); ok && (wrapped == nil || wrapped == &owner.Slots) {
					wrapped = &owner.Slots
					continue
				}
			}
		}
		if v == None && name.value == "__hash__" {
			t.Slots.Hash = unhashable
			return
		}
		generic = true
	}
	switch {
	case !defined:
		g.clear(&t.Slots)
		for _, c := range t.MRO[1:] {
			if g.has(&c.Slots) {
				g.copy(&t.Slots, &c.Slots)
				return
			}
		}
	case generic || wrapped == nil:
		g.dispatch(&t.Slots)
	default:
		g.copy(&t.Slots, wrapped)
	}
}
