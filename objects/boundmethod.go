package objects

// MethodType is the type of bound methods: a function bound to the instance it was looked up
// on (or to the class, for a class method).
var MethodType = newType("method", ObjectType)

// Method is a bound method: calling it calls Func with Self first.
type Method struct {
	Func Object
	Self Object
}

// Type returns MethodType.
func (*Method) Type() *Type { return MethodType }

// NewMethod returns f bound to self.
func NewMethod(f, self Object) *Method { return &Method{Func: f, Self: self} }

// Call calls the method.
func (m *Method) Call(ts *Thread, args []Object, kwnames *Tuple) (Object, error) {
	all := make([]Object, 0, len(args)+1)
	all = append(append(all, m.Self), args...)
	return Call(ts, m.Func, all, kwnames)
}

func init() {
	t := MethodType
	t.Flags |= TypeFinal
	t.Slots.Call = func(ts *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		return o.(*Method).Call(ts, args, kwnames)
	}
	t.Slots.New = func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		if err := NoKeywords("method", kwnames); err != nil {
			return nil, err
		}
		if err := CheckPositional("method", len(args), 2, 2); err != nil {
			return nil, err
		}
		if args[0].Type().Slots.Call == nil {
			return nil, Errorf(TypeErrorType, "first argument must be callable")
		}
		if args[1] == None {
			return nil, Errorf(TypeErrorType, "instance must not be None")
		}
		return NewMethod(args[0], args[1]), nil
	}
	// Getting a bound method from a class returns it unchanged.
	t.Slots.DescrGet = func(ts *Thread, o, obj, typ Object) (Object, error) { return o, nil }
	t.Slots.GetAttr = func(ts *Thread, o Object, name *Str) (Object, error) {
		// Attributes the method does not have come from its function (__doc__, __name__ ...).
		if descr := MethodType.Lookup(ts, name); descr != nil {
			if get := descr.Type().Slots.DescrGet; get != nil {
				return get(ts, descr, o, MethodType)
			}
			return descr, nil
		}
		return GetAttr(ts, o.(*Method).Func, name)
	}
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		m := o.(*Method)
		name := "?"
		n, err := GetAttr(ts, m.Func, NewStr("__qualname__"))
		if err != nil {
			n, err = GetAttr(ts, m.Func, NewStr("__name__"))
		}
		if err == nil {
			if s, ok := n.(*Str); ok {
				name = s.value
			}
		} else if !IsAttributeError(err) {
			return nil, err
		}
		self, err := Repr(ts, m.Self)
		if err != nil {
			return nil, err
		}
		return NewStr("<bound method " + name + " of " + self.value + ">"), nil
	}
	t.Slots.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*Method)
		y, ok := b.(*Method)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		eq, err := Equal(ts, x.Func, y.Func)
		if err != nil {
			return nil, err
		}
		eq = eq && x.Self == y.Self
		return NewBool(eq == (op == CmpEQ)), nil
	}
	t.Slots.Hash = func(ts *Thread, o Object) (int64, error) {
		m := o.(*Method)
		h, err := Hash(ts, m.Func)
		if err != nil {
			return 0, err
		}
		h ^= int64(idOf(m.Self) >> 4)
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	t.GetSets = []GetSetDef{
		{Name: "__func__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*Method).Func, nil }},
		{Name: "__self__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*Method).Self, nil }},
		{Name: "__doc__", Get: func(ts *Thread, o Object) (Object, error) {
			return GetAttr(ts, o.(*Method).Func, NewStr("__doc__"))
		}},
	}
}
