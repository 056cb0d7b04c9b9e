package vm

import "github.com/taipanpy/taipan/objects"

// IsMapping reports whether a match subject is a mapping for mapping patterns.
func IsMapping(subject objects.Object) bool {
	_, ok := subject.(*objects.Dict)
	return ok
}

// IsSequence reports whether a match subject is a sequence for sequence patterns (str, bytes
// and bytearray are not).
func IsSequence(subject objects.Object) bool {
	switch subject.(type) {
	case *objects.List, *objects.Tuple:
		return true
	}
	return false
}

// MatchKeys returns a tuple of the subject's values for keys, or None when a key is missing.
func MatchKeys(ts *objects.Thread, subject objects.Object, keys *objects.Tuple) (objects.Object, error) {
	d, ok := subject.(*objects.Dict)
	if !ok {
		return nil, notYet("mapping patterns on non-dict mappings")
	}
	values := make([]objects.Object, 0, len(keys.Items()))
	for _, k := range keys.Items() {
		v, err := d.GetItem(ts, k)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return objects.None, nil
		}
		values = append(values, v)
	}
	return objects.NewTuple(values), nil
}

// MatchClass matches a class pattern: it returns a tuple of the extracted attributes or None.
func MatchClass(ts *objects.Thread, subject, cls objects.Object, nargs int, names *objects.Tuple) (objects.Object, error) {
	return nil, notYet("class patterns")
}
