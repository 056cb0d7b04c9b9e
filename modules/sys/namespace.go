package sys

import "github.com/taipanpy/taipan/objects"

// newNamespace returns an object with the given attributes whose repr lists them, as
// types.SimpleNamespace does for sys.implementation.
func newNamespace(ts *objects.Thread, names []string, values []objects.Object) (objects.Object, error) {
	methods := []objects.MethodDef{{Name: "__repr__", Flags: objects.MethNoArgs,
		Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			d := self.(*objects.Instance).Dict()
			s := "namespace("
			first := true
			var err error
			d.Items(func(k, v objects.Object) bool {
				var r *objects.Str
				if r, err = objects.Repr(ts, v); err != nil {
					return false
				}
				if !first {
					s += ", "
				}
				first = false
				s += k.(*objects.Str).Value() + "=" + r.Value()
				return true
			})
			if err != nil {
				return nil, err
			}
			return objects.NewStr(s + ")"), nil
		}}}
	cls, err := goClass(ts, "types", "SimpleNamespace", objects.ObjectType, methods, nil)
	if err != nil {
		return nil, err
	}
	ns := objects.NewInstance(cls)
	for i, n := range names {
		if err := objects.SetAttr(ts, ns, objects.NewStr(n), values[i]); err != nil {
			return nil, err
		}
	}
	return ns, nil
}
