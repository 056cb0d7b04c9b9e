package collections

import "github.com/taipanpy/taipan/objects"

// OrderedDict.update and the constructor store items through __setitem__, as
// MutableMapping.update does.

// odUpdate is update(other=(), /, **kwds), storing through __setitem__ as
// MutableMapping.update does.
func odUpdate(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	if n := len(args) - kwnames.Len(); n > 1 {
		return nil, objects.Errorf(objects.TypeErrorType, "update() takes at most 1 positional argument (%d given)", n)
	}
	return objects.None, updateFrom(ts, self, args, kwnames)
}

// updateFrom stores the items of the optional positional argument, then the keywords.
func updateFrom(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) error {
	npos := len(args) - kwnames.Len()
	if npos == 1 {
		if err := updateArg(ts, self, args[0]); err != nil {
			return err
		}
	}
	for i := 0; i < kwnames.Len(); i++ {
		if err := objects.SetItem(ts, self, kwnames.Items()[i], args[npos+i]); err != nil {
			return err
		}
	}
	return nil
}

var (
	keysName  = objects.NewStr("keys")
	itemsName = objects.NewStr("items")
)

// updateArg stores the items of a mapping (anything with keys()), of anything with items(),
// or of an iterable of pairs.
func updateArg(ts *objects.Thread, self, arg objects.Object) error {
	if d, ok := arg.(*objects.Dict); ok && d.Type() == objects.DictType {
		return addPairs(ts, self, objects.NewList(dictItems(d)))
	}
	if keys, err := optionalAttr(ts, arg, keysName); err != nil {
		return err
	} else if keys != nil {
		ks, err := objects.Call(ts, keys, nil, nil)
		if err != nil {
			return err
		}
		it, err := objects.GetIter(ts, ks)
		if err != nil {
			return err
		}
		for {
			k, err := objects.Next(ts, it)
			if k == nil || err != nil {
				return err
			}
			v, err := objects.GetItem(ts, arg, k)
			if err != nil {
				return err
			}
			if err := objects.SetItem(ts, self, k, v); err != nil {
				return err
			}
		}
	}
	if items, err := optionalAttr(ts, arg, itemsName); err != nil {
		return err
	} else if items != nil {
		its, err := objects.Call(ts, items, nil, nil)
		if err != nil {
			return err
		}
		return addPairs(ts, self, its)
	}
	return addPairs(ts, self, arg)
}

// optionalAttr returns o's attribute name, or nil when it has none.
func optionalAttr(ts *objects.Thread, o objects.Object, name *objects.Str) (objects.Object, error) {
	v, err := objects.GetAttr(ts, o, name)
	if err != nil && objects.IsAttributeError(err) {
		return nil, nil
	}
	return v, err
}

// dictItems returns the (key, value) tuples of d.
func dictItems(d *objects.Dict) []objects.Object {
	out := make([]objects.Object, 0, d.Len())
	d.Items(func(k, v objects.Object) bool {
		out = append(out, objects.NewTuple([]objects.Object{k, v}))
		return true
	})
	return out
}

// addPairs stores each (key, value) pair of an iterable.
func addPairs(ts *objects.Thread, self, pairs objects.Object) error {
	it, err := objects.GetIter(ts, pairs)
	if err != nil {
		return err
	}
	for {
		pair, err := objects.Next(ts, it)
		if pair == nil || err != nil {
			return err
		}
		pi, err := objects.GetIter(ts, pair)
		if err != nil {
			return err
		}
		k, err := objects.Next(ts, pi)
		if err != nil {
			return err
		}
		if k == nil {
			return objects.Errorf(objects.ValueErrorType, "need more than 0 values to unpack")
		}
		v, err := objects.Next(ts, pi)
		if err != nil {
			return err
		}
		if v == nil {
			return objects.Errorf(objects.ValueErrorType, "need more than 1 value to unpack")
		}
		if extra, err := objects.Next(ts, pi); err != nil {
			return err
		} else if extra != nil {
			return objects.Errorf(objects.ValueErrorType, "too many values to unpack (expected 2)")
		}
		if err := objects.SetItem(ts, self, k, v); err != nil {
			return err
		}
	}
}
