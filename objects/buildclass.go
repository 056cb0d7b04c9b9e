package objects

// The class statement: builtins.__build_class__(func, name, *bases, metaclass=None, **kwds),
// as CPython's builtin___build_class__.

// ClassBodyRunner runs a class body: the function compiled from it, evaluated with ns as its
// local namespace. It returns what the body returned: the __class__ cell when a method uses
// super() or __class__, else None. The interpreter provides it.
type ClassBodyRunner func(ts *Thread, body *Function, ns Object) (Object, error)

// BuildClass is __build_class__: args are func, name and the bases, followed by the values
// of the keywords named by kwnames (metaclass and the class's keywords). It resolves
// __mro_entries__, picks the metaclass, prepares the namespace with __prepare__, runs the
// body, calls the metaclass and checks that the __class__ cell was set to the new class.
func BuildClass(ts *Thread, args []Object, kwnames *Tuple, run ClassBodyRunner) (Object, error) {
	nkw := kwnames.Len()
	nargs := len(args) - nkw
	if nargs < 2 {
		return nil, Errorf(TypeErrorType, "__build_class__: not enough arguments")
	}
	body, ok := args[0].(*Function)
	if !ok {
		return nil, Errorf(TypeErrorType, "__build_class__: func must be a function")
	}
	name, ok := args[1].(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "__build_class__: name is not a string")
	}
	origBases := args[2:nargs]
	bases, changed, err := resolveMROEntries(ts, origBases)
	if err != nil {
		return nil, err
	}
	// Split off metaclass=; the other keywords go to __prepare__ and the metaclass.
	var meta Object
	var kwValues, kwNames []Object
	for i, k := range keywordNames(kwnames) {
		if s, ok := k.(*Str); ok && s.value == "metaclass" {
			meta = args[nargs+i]
			continue
		}
		kwNames = append(kwNames, k)
		kwValues = append(kwValues, args[nargs+i])
	}
	var kwTuple *Tuple
	if len(kwNames) > 0 {
		kwTuple = NewTuple(kwNames)
	}
	if meta == nil {
		if len(bases) == 0 {
			meta = TypeType
		} else {
			meta = bases[0].Type()
		}
	}
	if mt, ok := meta.(*Type); ok {
		if meta, err = calculateMetaclass(mt, bases); err != nil {
			return nil, err
		}
	}
	basesTuple := NewTuple(bases)
	ns, err := prepareNamespace(ts, meta, name, basesTuple, kwValues, kwTuple)
	if err != nil {
		return nil, err
	}
	cell, err := run(ts, body, ns)
	if err != nil {
		return nil, err
	}
	if changed {
		if err := SetItem(ts, ns, NewStr("__orig_bases__"), NewTuple(origBases)); err != nil {
			return nil, err
		}
	}
	callArgs := append([]Object{name, basesTuple, ns}, kwValues...)
	cls, err := Call(ts, meta, callArgs, kwTuple)
	if err != nil {
		return nil, err
	}
	if c, ok := cell.(*Cell); ok {
		if _, isType := cls.(*Type); isType && c.v != cls {
			clsRepr, err := Repr(ts, cls)
			if err != nil {
				return nil, err
			}
			nameRepr, _ := Repr(ts, name)
			if c.v == nil {
				return nil, Errorf(RuntimeErrorType, "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?", nameRepr.value, clsRepr.value)
			}
			cellRepr, err := Repr(ts, c.v)
			if err != nil {
				return nil, err
			}
			return nil, Errorf(TypeErrorType, "__class__ set to %s defining %s as %s", cellRepr.value, nameRepr.value, clsRepr.value)
		}
	}
	return cls, nil
}

// prepareNamespace calls meta.__prepare__(name, bases, **kwds), or makes a dict when the
// metaclass has none; the namespace must be a mapping.
func prepareNamespace(ts *Thread, meta Object, name *Str, bases *Tuple, kwValues []Object, kwnames *Tuple) (Object, error) {
	prep, err := GetAttr(ts, meta, NewStr("__prepare__"))
	if err != nil {
		if IsAttributeError(err) {
			return NewDict(), nil
		}
		return nil, err
	}
	ns, err := Call(ts, prep, append([]Object{name, bases}, kwValues...), kwnames)
	if err != nil {
		return nil, err
	}
	if ns.Type().Slots.GetItem == nil {
		metaName := "<metaclass>"
		if mt, ok := meta.(*Type); ok {
			metaName = mt.Name
		}
		return nil, Errorf(TypeErrorType, "%s.__prepare__() must return a mapping, not %s", metaName, ns.Type().Name)
	}
	return ns, nil
}

// resolveMROEntries replaces each base that is not a class but has __mro_entries__ by the
// classes that method returns (PEP 560), reporting whether any base was replaced.
func resolveMROEntries(ts *Thread, bases []Object) ([]Object, bool, error) {
	var out []Object
	changed := false
	key := NewStr("__mro_entries__")
	for i, b := range bases {
		if _, isType := b.(*Type); isType {
			if changed {
				out = append(out, b)
			}
			continue
		}
		m, err := GetAttr(ts, b, key)
		if err != nil {
			if IsAttributeError(err) {
				if changed {
					out = append(out, b)
				}
				continue
			}
			return nil, false, err
		}
		r, err := Call(ts, m, []Object{NewTuple(bases)}, nil)
		if err != nil {
			return nil, false, err
		}
		entries, ok := r.(*Tuple)
		if !ok {
			return nil, false, Errorf(TypeErrorType, "__mro_entries__ must return a tuple")
		}
		if !changed {
			out = append(out, bases[:i]...)
			changed = true
		}
		out = append(out, entries.items...)
	}
	if !changed {
		return bases, false, nil
	}
	return out, true, nil
}
