package collections

import "github.com/taipanpy/taipan/objects"

// The wrappers of the deque's sequence operator slots (sq_concat, sq_repeat and their
// in-place forms), as CPython's type exposes them.
func dequeOperatorMethods() []objects.MethodDef {
	repeat := func(inplace bool) method {
		return func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			n, err := ssize(ts, args[0])
			if err != nil {
				return nil, err
			}
			if inplace {
				return DequeType.Slots.InplaceRepeat(ts, self, n)
			}
			return DequeType.Slots.Repeat(ts, self, n)
		}
	}
	return []objects.MethodDef{
		{Name: "__add__", Flags: objects.MethO, Doc: "Return self+value.",
			Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return dequeConcat(ts, self, args[0])
			}},
		{Name: "__iadd__", Flags: objects.MethO, Doc: "Implement self+=value.",
			Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return DequeType.Slots.InplaceConcat(ts, self, args[0])
			}},
		{Name: "__mul__", Flags: objects.MethO, Doc: "Return self*value.", Func: repeat(false)},
		{Name: "__rmul__", Flags: objects.MethO, Doc: "Return value*self.", Func: repeat(false)},
		{Name: "__imul__", Flags: objects.MethO, Doc: "Implement self*=value.", Func: repeat(true)},
	}
}
