package builtins

import "github.com/taipanpy/taipan/objects"

// getattr, setattr, hasattr, delattr, isinstance and issubclass.

// attrName checks an attribute name argument.
func attrName(o objects.Object) (*objects.Str, error) {
	s, ok := o.(*objects.Str)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "attribute name must be string, not '%s'", o.Type().Name)
	}
	return s, nil
}

// positional is a METH_FASTCALL built-in taking between min and max arguments, checked with
// Argument Clinic's "name expected ... arguments, got n".
func positional(name string, min, max int, doc string, f func(ts *objects.Thread, args []objects.Object) (objects.Object, error)) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethFastcall, Doc: doc,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			if err := objects.CheckPositional(name, len(args), min, max); err != nil {
				return nil, err
			}
			return f(ts, args)
		}}
}

func attributeFunctions() []objects.MethodDef {
	return []objects.MethodDef{
		positional("getattr", 2, 3, "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object; getattr(x, 'y') is equivalent to x.y.\nWhen a default argument is given, it is returned when the attribute doesn't\nexist; without it, an exception is raised in that case.",
			func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
				name, err := attrName(args[1])
				if err != nil {
					return nil, err
				}
				v, err := objects.GetAttr(ts, args[0], name)
				if err != nil && len(args) == 3 && objects.IsAttributeError(err) {
					return args[2], nil
				}
				return v, err
			}),
		positional("setattr", 3, 3, "Sets the named attribute on the given object to the specified value.\n\nsetattr(x, 'y', v) is equivalent to ``x.y = v``",
			func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
				name, err := attrName(args[1])
				if err != nil {
					return nil, err
				}
				return objects.None, objects.SetAttr(ts, args[0], name, args[2])
			}),
		positional("delattr", 2, 2, "Deletes the named attribute from the given object.\n\ndelattr(x, 'y') is equivalent to ``del x.y``",
			func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
				name, err := attrName(args[1])
				if err != nil {
					return nil, err
				}
				return objects.None, objects.SetAttr(ts, args[0], name, nil)
			}),
		positional("hasattr", 2, 2, "Return whether the object has an attribute with the given name.\n\nThis is done by calling getattr(obj, name) and catching AttributeError.",
			func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
				name, err := attrName(args[1])
				if err != nil {
					return nil, err
				}
				if _, err := objects.GetAttr(ts, args[0], name); err != nil {
					if objects.IsAttributeError(err) {
						return objects.False, nil
					}
					return nil, err
				}
				return objects.True, nil
			}),
		positional("isinstance", 2, 2, "Return whether an object is an instance of a class or of a subclass thereof.\n\nA tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)\nor ...`` etc.",
			func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
				r, err := objects.IsInstance(ts, args[0], args[1])
				if err != nil {
					return nil, err
				}
				return objects.NewBool(r), nil
			}),
		positional("issubclass", 2, 2, "Return whether 'cls' is derived from another class or is the same class.\n\nA tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)\nor ...``.",
			func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
				r, err := objects.IsSubclass(ts, args[0], args[1])
				if err != nil {
					return nil, err
				}
				return objects.NewBool(r), nil
			}),
	}
}

// kwItems returns the keyword names of a call, none when kwnames is nil.
func kwItems(kwnames *objects.Tuple) []objects.Object {
	if kwnames == nil {
		return nil
	}
	return kwnames.Items()
}
