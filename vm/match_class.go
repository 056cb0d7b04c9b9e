package vm

import "github.com/taipanpy/taipan/objects"

// MatchClass matches a class pattern (CPython's match_class): when subject is an instance
// of cls it returns a tuple of the attributes the nargs positional subpatterns (named by
// cls.__match_args__) and the keyword subpatterns (named by names) match against; when it
// is not, or an attribute is missing, None.
func MatchClass(ts *objects.Thread, subject, cls objects.Object, nargs int, names *objects.Tuple) (objects.Object, error) {
	typ, ok := cls.(*objects.Type)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "called match pattern must be a class")
	}
	if ok, err := objects.IsInstance(ts, subject, cls); err != nil || !ok {
		if err != nil {
			return nil, err
		}
		return objects.None, nil
	}
	seen := map[string]bool{}
	attrs := make([]objects.Object, 0, nargs+len(names.Items()))
	// attr fetches subject.name, reporting nil for a missing attribute.
	attr := func(name *objects.Str) (objects.Object, error) {
		if seen[name.Value()] {
			return nil, objects.Errorf(objects.TypeErrorType, "%s() got multiple sub-patterns for attribute %s",
				typ.Name, reprStr(name))
		}
		seen[name.Value()] = true
		v, err := objects.GetAttr(ts, subject, name)
		if isAttributeError(err) {
			return nil, nil
		}
		return v, err
	}
	if nargs > 0 {
		matchArgs, matchSelf := objects.EmptyTuple, false
		v, err := objects.GetAttr(ts, cls, objects.NewStr("__match_args__"))
		switch {
		case err == nil:
			t, ok := v.(*objects.Tuple)
			if !ok || v.Type() != objects.TupleType {
				return nil, objects.Errorf(objects.TypeErrorType, "%s.__match_args__ must be a tuple (got %s)",
					typ.Name, v.Type().Name)
			}
			matchArgs = t
		case isAttributeError(err):
			// Only a class without __match_args__ of its own matches itself.
			matchSelf = matchesSelf(typ)
		default:
			return nil, err
		}
		allowed := len(matchArgs.Items())
		if matchSelf {
			allowed = 1
		}
		if allowed < nargs {
			plural := "s"
			if allowed == 1 {
				plural = ""
			}
			return nil, objects.Errorf(objects.TypeErrorType, "%s() accepts %d positional sub-pattern%s (%d given)",
				typ.Name, allowed, plural, nargs)
		}
		if matchSelf {
			attrs = append(attrs, subject)
		} else {
			for _, n := range matchArgs.Items()[:nargs] {
				name, ok := n.(*objects.Str)
				if !ok || n.Type() != objects.StrType {
					return nil, objects.Errorf(objects.TypeErrorType, "__match_args__ elements must be strings (got %s)",
						n.Type().Name)
				}
				v, err := attr(name)
				if v == nil {
					return objects.None, err
				}
				attrs = append(attrs, v)
			}
		}
	}
	for _, n := range names.Items() {
		v, err := attr(n.(*objects.Str))
		if v == nil {
			return objects.None, err
		}
		attrs = append(attrs, v)
	}
	return objects.NewTuple(attrs), nil
}

// matchesSelf reports whether a class pattern of typ with one positional subpattern matches
// the subject itself: the built-in types CPython marks _Py_TPFLAGS_MATCH_SELF and their
// subclasses.
func matchesSelf(typ *objects.Type) bool {
	for _, t := range []*objects.Type{objects.BoolType, objects.ByteArrayType, objects.BytesType, objects.DictType,
		objects.FloatType, objects.FrozenSetType, objects.IntType, objects.ListType, objects.SetType,
		objects.StrType, objects.TupleType} {
		if typ.IsSubtype(t) {
			return true
		}
	}
	return false
}

// reprStr is repr() of a str, which cannot fail.
func reprStr(s *objects.Str) string {
	r, err := objects.Repr(nil, s)
	if err != nil {
		return s.Value()
	}
	return r.Value()
}

// isAttributeError reports whether err is an AttributeError.
func isAttributeError(err error) bool {
	e, ok := err.(*objects.BaseException)
	return ok && e.Type().IsSubtype(objects.AttributeErrorType)
}
