package vm

import "github.com/taipanpy/taipan/objects"

// The run-time side of match statements: the type tests of MATCH_MAPPING and
// MATCH_SEQUENCE, and MATCH_KEYS and MATCH_CLASS (CPython's match_keys and
// match_class in Python/ceval.c).

// IsMapping reports whether a match subject is a mapping for mapping patterns: its class has
// the mapping flag (dict, mappingproxy, collections.abc.Mapping and what derives from them).
func IsMapping(subject objects.Object) bool {
	return subject.Type().Flags&objects.TypeMapping != 0
}

// IsSequence reports whether a match subject is a sequence for sequence patterns: its class
// has the sequence flag (list, tuple, range, memoryview, deque, array, collections.abc.Sequence
// and what derives from them); str, bytes and bytearray never have it.
func IsSequence(subject objects.Object) bool {
	return subject.Type().Flags&objects.TypeSequence != 0
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
