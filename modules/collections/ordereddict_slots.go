package collections

import "github.com/taipanpy/taipan/objects"

// The OrderedDict slots that differ from dict's: repr, comparison and |.

// odRepr is "OrderedDict({...})", "OrderedDict()" when empty and "..." inside itself.
func odRepr(ts *objects.Thread, o objects.Object) (*objects.Str, error) {
	d := o.(*objects.Dict)
	if !objects.ReprEnter(ts, d) {
		return objects.NewStr("..."), nil
	}
	defer objects.ReprLeave(ts, d)
	name := typeName(d.Type())
	if d.Len() == 0 {
		return objects.NewStr(name + "()"), nil
	}
	items := d.Copy()
	if !exact(d) {
		items = objects.NewDict()
		for _, k := range d.Keys() {
			v, err := itemOf(ts, d, k)
			if err != nil {
				return nil, err
			}
			if err := items.SetItem(ts, k, v); err != nil {
				return nil, err
			}
		}
	}
	r, err := objects.Repr(ts, items)
	if err != nil {
		return nil, err
	}
	return objects.NewStr(name + "(" + r.Value() + ")"), nil
}

// odCompare compares as dicts do, two OrderedDicts being equal only with their keys in the
// same order.
func odCompare(ts *objects.Thread, a, b objects.Object, op objects.CompareOp) (objects.Object, error) {
	r, err := objects.DictType.Slots.RichCompare(ts, a, b, op)
	if err != nil || op != objects.CmpEQ && op != objects.CmpNE {
		return r, err
	}
	x, ok1 := a.(*objects.Dict)
	y, ok2 := b.(*objects.Dict)
	if !ok1 || !ok2 || !x.Type().IsSubtype(OrderedDictType) || !y.Type().IsSubtype(OrderedDictType) {
		return r, nil
	}
	if r != objects.True && op == objects.CmpEQ || r != objects.False && op == objects.CmpNE {
		return r, nil
	}
	kx, ky := x.Keys(), y.Keys()
	for i := range kx {
		if i >= len(ky) {
			break
		}
		eq, err := objects.Equal(ts, kx[i], ky[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			return objects.NewBool(op == objects.CmpNE), nil
		}
	}
	return objects.NewBool(op == objects.CmpEQ), nil
}

// odOr is | with an OrderedDict on either side: a copy of the left operand (of the
// OrderedDict's class) updated with the right one.
func odOr(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
	self, other := a, b
	if !a.Type().IsSubtype(OrderedDictType) {
		self, other = b, a
	}
	if _, ok := other.(*objects.Dict); !ok {
		return objects.NotImplemented, nil
	}
	n, err := objects.Call(ts, self.Type(), []objects.Object{a}, nil)
	if err != nil {
		return nil, err
	}
	if err := updateArg(ts, n, b); err != nil {
		return nil, err
	}
	return n, nil
}
