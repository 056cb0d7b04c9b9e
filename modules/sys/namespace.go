package sys

import (
	"strings"

	"github.com/taipanpy/taipan/objects"
)

// types.SimpleNamespace (CPython's Objects/namespaceobject.c): an object whose attributes
// are given by keyword (or by a mapping) and whose repr lists them. sys.implementation is
// one, and Lib/types.py takes the class from it.

// newNamespaceClass makes the class.
func newNamespaceClass(ts *objects.Thread) (*objects.Type, error) {
	var cls *objects.Type
	isNamespace := func(o objects.Object) bool { return o.Type().IsSubtype(cls) }
	dictOf := func(o objects.Object) *objects.Dict { return o.(*objects.Instance).Dict() }
	methods := []objects.MethodDef{
		{Name: "__init__", Flags: objects.MethFastcall | objects.MethKeywords,
			Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				nargs := len(args) - kwnames.Len()
				if nargs > 1 {
					return nil, objects.Errorf(objects.TypeErrorType, "SimpleNamespace expected at most 1 argument, got %d", nargs)
				}
				d := dictOf(self)
				if nargs == 1 {
					src, ok := args[0].(*objects.Dict)
					if !ok || src.Type() != objects.DictType {
						o, err := objects.Call(ts, objects.DictType, args[:1], nil)
						if err != nil {
							return nil, err
						}
						src = o.(*objects.Dict)
					}
					bad := false
					src.Items(func(k, _ objects.Object) bool {
						_, isStr := k.(*objects.Str)
						bad = !isStr
						return isStr
					})
					if bad {
						return nil, objects.Errorf(objects.TypeErrorType, "keywords must be strings")
					}
					if err := d.Update(ts, src); err != nil {
						return nil, err
					}
				}
				for i := 0; i < kwnames.Len(); i++ {
					if err := d.SetItem(ts, kwnames.Items()[i], args[nargs+i]); err != nil {
						return nil, err
					}
				}
				return objects.None, nil
			}},
		{Name: "__repr__", Flags: objects.MethNoArgs,
			Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				name := "namespace"
				if self.Type() != cls {
					name = self.Type().Name
				}
				if !objects.ReprEnter(ts, self) {
					return objects.NewStr(name + "(...)"), nil
				}
				defer objects.ReprLeave(ts, self)
				var b strings.Builder
				b.WriteString(name + "(")
				first := true
				var err error
				dictOf(self).Items(func(k, v objects.Object) bool {
					ks, ok := k.(*objects.Str)
					if !ok {
						return true
					}
					var r *objects.Str
					if r, err = objects.Repr(ts, v); err != nil {
						return false
					}
					if !first {
						b.WriteString(", ")
					}
					first = false
					b.WriteString(ks.Value() + "=" + r.Value())
					return true
				})
				if err != nil {
					return nil, err
				}
				b.WriteString(")")
				return objects.NewStr(b.String()), nil
			}},
		{Name: "__reduce__", Flags: objects.MethNoArgs, Doc: "Return state information for pickling",
			Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return objects.NewTuple([]objects.Object{self.Type(), objects.NewTuple(nil), dictOf(self)}), nil
			}},
		{Name: "__replace__", Flags: objects.MethFastcall | objects.MethKeywords, Doc: "__replace__($self, /, **changes)\n--\n\nReturn a copy of the namespace object with new values for the specified attributes.",
			Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				if len(args) > kwnames.Len() {
					return nil, objects.Errorf(objects.TypeErrorType, "__replace__() takes no positional arguments")
				}
				r, err := objects.Call(ts, self.Type(), nil, nil)
				if err != nil {
					return nil, err
				}
				if !isNamespace(r) {
					return r, nil
				}
				d := dictOf(r)
				if err := d.Update(ts, dictOf(self)); err != nil {
					return nil, err
				}
				for i := 0; i < kwnames.Len(); i++ {
					if err := d.SetItem(ts, kwnames.Items()[i], args[i]); err != nil {
						return nil, err
					}
				}
				return r, nil
			}},
		{Name: "__eq__", Flags: objects.MethO, Func: namespaceCompare(&cls, objects.CmpEQ)},
		{Name: "__ne__", Flags: objects.MethO, Func: namespaceCompare(&cls, objects.CmpNE)},
	}
	var err error
	if cls, err = goClass(ts, "types", "SimpleNamespace", objects.ObjectType, methods, nil); err != nil {
		return nil, err
	}
	if err := objects.SetAttr(ts, cls, objects.NewStr("__hash__"), objects.None); err != nil {
		return nil, err
	}
	if err := objects.SetAttr(ts, cls, objects.NewStr("__doc__"), objects.NewStr("A simple attribute-based namespace.")); err != nil {
		return nil, err
	}
	return cls, nil
}

// namespaceCompare compares the namespaces of two SimpleNamespaces.
func namespaceCompare(cls **objects.Type, op objects.CompareOp) objects.MethodFunc {
	return func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		a, ok1 := self.(*objects.Instance)
		b, ok2 := args[0].(*objects.Instance)
		if !ok1 || !ok2 || !a.Type().IsSubtype(*cls) || !b.Type().IsSubtype(*cls) {
			return objects.NotImplemented, nil
		}
		return objects.Compare(ts, a.Dict(), b.Dict(), op)
	}
}

// newNamespace returns a SimpleNamespace with the given attributes, for sys.implementation.
func newNamespace(ts *objects.Thread, names []string, values []objects.Object) (objects.Object, error) {
	cls, err := newNamespaceClass(ts)
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
