package sys

import "github.com/taipanpy/taipan/objects"

// Classes whose instances are Go values, made per interpreter: sys's stream class and its
// struct sequences (version_info, flags, ...). Each is an ordinary class whose methods and
// attributes are descriptors bound to Go functions.

// goClass makes a class named name in module, deriving from base, with the given methods and
// attributes. Instances cannot be made by calling the class unless newFunc is given.
func goClass(ts *objects.Thread, module, name string, base *objects.Type, methods []objects.MethodDef, getsets []objects.GetSetDef) (*objects.Type, error) {
	ns := objects.NewDict()
	ns.SetStr(objects.NewStr("__module__"), objects.NewStr(module))
	cls, err := objects.NewClass(ts, objects.TypeType, name, []objects.Object{base}, ns)
	if err != nil {
		return nil, err
	}
	// Setting each attribute through the class (not its dict) keeps the slots in step, so a
	// __repr__ defined here is what repr() calls.
	for i := range methods {
		if err := objects.SetAttr(ts, cls, objects.NewStr(methods[i].Name), objects.NewMethodDescriptor(cls, &methods[i])); err != nil {
			return nil, err
		}
	}
	for i := range getsets {
		if err := objects.SetAttr(ts, cls, objects.NewStr(getsets[i].Name), objects.NewGetSetDescriptor(cls, &getsets[i])); err != nil {
			return nil, err
		}
	}
	return cls, nil
}

// structSeq is a class of named tuples such as sys.version_info: a tuple subclass whose
// fields are read-only attributes, with CPython's structseq repr.
type structSeq struct {
	cls    *objects.Type
	fields []string
}

// newStructSeq makes the class qualname (module.name) with the given fields.
func newStructSeq(ts *objects.Thread, module, name string, fields []string) (*structSeq, error) {
	qual := module + "." + name
	getsets := make([]objects.GetSetDef, len(fields))
	for i, f := range fields {
		i := i
		getsets[i] = objects.GetSetDef{Name: f, Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
			return o.(*objects.Tuple).Items()[i], nil
		}}
	}
	methods := []objects.MethodDef{{Name: "__repr__", Flags: objects.MethNoArgs,
		Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			items := self.(*objects.Tuple).Items()
			s := qual + "("
			for i, f := range fields {
				r, err := objects.Repr(ts, items[i])
				if err != nil {
					return nil, err
				}
				if i > 0 {
					s += ", "
				}
				s += f + "=" + r.Value()
			}
			return objects.NewStr(s + ")"), nil
		}}}
	cls, err := goClass(ts, module, name, objects.TupleType, methods, getsets)
	if err != nil {
		return nil, err
	}
	return &structSeq{cls: cls, fields: fields}, nil
}

// make returns an instance holding values, one per field.
func (s *structSeq) make(ts *objects.Thread, values ...objects.Object) (objects.Object, error) {
	return objects.Call(ts, s.cls, []objects.Object{objects.NewTuple(values)}, nil)
}
