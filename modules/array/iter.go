package array

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// IterType is array.arrayiterator.
var IterType = &objects.Type{Name: "array.arrayiterator", Flags: objects.TypeFinal}

// arrayIter iterates over an array's items; a is nil once it is exhausted.
type arrayIter struct {
	a     *Array
	index int
}

// Type returns IterType.
func (*arrayIter) Type() *objects.Type { return IterType }

func iterNext(_ *objects.Thread, o objects.Object) (objects.Object, error) {
	it := o.(*arrayIter)
	if it.a == nil {
		return nil, nil
	}
	if it.index >= it.a.Len() {
		it.a = nil
		return nil, nil
	}
	v, err := it.a.get(it.index)
	if err != nil {
		return nil, err
	}
	it.index++
	return v, nil
}

func initIter() {
	t := IterType
	t.Slots.Iter = func(_ *objects.Thread, o objects.Object) (objects.Object, error) { return o, nil }
	t.Slots.IterNext = iterNext
	t.Methods = []objects.MethodDef{
		{Name: "__reduce__", Flags: objects.MethNoArgs, Doc: "Return state information for pickling.",
			Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				it := self.(*arrayIter)
				iter := vm.ThreadOf(ts).Interp.Builtins.GetStr(objects.NewStr("iter"))
				if iter == nil {
					return nil, objects.Errorf(objects.RuntimeErrorType, "lost builtins.iter")
				}
				if it.a == nil {
					return objects.NewTuple([]objects.Object{iter, objects.NewTuple([]objects.Object{objects.NewTuple(nil)})}), nil
				}
				return objects.NewTuple([]objects.Object{iter, objects.NewTuple([]objects.Object{it.a}), objects.NewInt(int64(it.index))}), nil
			}},
		{Name: "__setstate__", Flags: objects.MethO, Doc: "Set state information for unpickling.",
			Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				it := self.(*arrayIter)
				i, err := ssize(ts, args[0], objects.OverflowErrorType)
				if err != nil {
					return nil, err
				}
				if it.a != nil {
					i = max(0, min(i, it.a.Len()))
					it.index = i
				}
				return objects.None, nil
			}},
	}
	objects.ReadyType(t)
}
