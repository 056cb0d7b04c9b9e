package vm

import "github.com/taipanpy/taipan/objects"

// The run-time side of match statements: the type tests of MATCH_MAPPING and
// MATCH_SEQUENCE, and MATCH_KEYS and MATCH_CLASS (CPython's match_keys and
// match_class in Python/ceval.c).

// IsMapping reports whether a match subject is a mapping for mapping patterns: a dict, a
// mappingproxy, a subclass of either, or a class deriving from collections.abc.Mapping
// (CPython's Py_TPFLAGS_MAPPING).
func IsMapping(subject objects.Object) bool {
	t := subject.Type()
	return t.IsSubtype(objects.DictType) || t.IsSubtype(objects.MappingProxyType) ||
		derivesFromABC(t, "Mapping", "MutableMapping")
}

// IsSequence reports whether a match subject is a sequence for sequence patterns: a list,
// tuple or range, a subclass of one, or a class deriving from collections.abc.Sequence
// (CPython's Py_TPFLAGS_SEQUENCE); str, bytes and bytearray are not.
func IsSequence(subject objects.Object) bool {
	t := subject.Type()
	for _, s := range []*objects.Type{objects.StrType, objects.BytesType, objects.ByteArrayType} {
		if t.IsSubtype(s) {
			return false
		}
	}
	return t.IsSubtype(objects.ListType) || t.IsSubtype(objects.TupleType) || t.IsSubtype(objects.RangeType) ||
		derivesFromABC(t, "Sequence", "MutableSequence")
}

// derivesFromABC reports whether one of t's bases is collections.abc.NAME for one of names,
// which is how a Python class gains the mapping or sequence flag.
func derivesFromABC(t *objects.Type, names ...string) bool {
	for _, c := range t.MRO {
		if c.Dict == nil {
			continue
		}
		mod, ok := c.Dict.GetStr(objects.NewStr("__module__")).(*objects.Str)
		if !ok || mod.Value() != "collections.abc" && mod.Value() != "_collections_abc" {
			continue
		}
		for _, n := range names {
			if c.Name == n {
				return true
			}
		}
	}
	return false
}

// MatchKeys returns a tuple of the subject's values for keys, or None when a key is missing.
// A dict is read directly; other mappings through their get method, as CPython does, so
// that __missing__ is never called. Keys that compare equal are an error.
func MatchKeys(ts *objects.Thread, subject objects.Object, keys *objects.Tuple) (objects.Object, error) {
	items := keys.Items()
	if len(items) == 0 {
		return objects.NewTuple(nil), nil
	}
	seen := objects.NewSet()
	var get objects.Object
	if subject.Type() != objects.DictType {
		var err error
		if get, err = objects.GetAttr(ts, subject, objects.NewStr("get")); err != nil {
			return nil, err
		}
	}
	// A fresh object no mapping can hold marks a missing key.
	dummy := objects.NewList(nil)
	values := make([]objects.Object, 0, len(items))
	for _, k := range items {
		dup, err := seen.Contains(ts, k)
		if err != nil {
			return nil, err
		}
		if dup {
			r, err := objects.Repr(ts, k)
			if err != nil {
				return nil, err
			}
			return nil, objects.Errorf(objects.ValueErrorType, "mapping pattern checks duplicate key (%s)", r.Value())
		}
		if err := seen.Add(ts, k); err != nil {
			return nil, err
		}
		var v objects.Object
		if get == nil {
			if v, err = subject.(*objects.Dict).GetItem(ts, k); err != nil {
				return nil, err
			}
		} else {
			if v, err = objects.Call(ts, get, []objects.Object{k, dummy}, nil); err != nil {
				return nil, err
			}
			if v == objects.Object(dummy) {
				v = nil
			}
		}
		if v == nil {
			return objects.None, nil
		}
		values = append(values, v)
	}
	return objects.NewTuple(values), nil
}
