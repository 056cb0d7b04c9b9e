package collections

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// An OrderedDict is a *objects.Dict of class OrderedDictType: the dict keeps its keys in
// order, so the OrderedDict only adds moving keys about, order-sensitive equality and its
// own views, iterators and repr.

// The OrderedDict type, its views and its iterator.
var (
	OrderedDictType = &objects.Type{Name: "collections.OrderedDict", Base: objects.DictType, Flags: objects.TypeHasDict}
	OdictKeysType   = &objects.Type{Name: "odict_keys", Base: objects.DictKeysType}
	OdictValuesType = &objects.Type{Name: "odict_values", Base: objects.DictValuesType}
	OdictItemsType  = &objects.Type{Name: "odict_items", Base: objects.DictItemsType}
	OdictIterType   = &objects.Type{Name: "odict_iterator", Flags: objects.TypeFinal}
)

// odictIter iterates over the keys (kind 0), values (1) or items (2) of an OrderedDict, as
// they were when it began: any key added, removed or moved since is an error.
type odictIter struct {
	d       *objects.Dict
	keys    []objects.Object
	kind    int
	reverse bool
	pos     int
	version uint32
}

// Type returns OdictIterType.
func (*odictIter) Type() *objects.Type { return OdictIterType }

func newOdictIter(d *objects.Dict, kind int, reverse bool) *odictIter {
	return &odictIter{d: d, keys: d.Keys(), kind: kind, reverse: reverse, version: d.KeysVersion()}
}

func (it *odictIter) next(ts *objects.Thread) (objects.Object, error) {
	if it.d == nil {
		return nil, nil
	}
	if it.d.KeysVersion() != it.version {
		it.d = nil
		return nil, objects.Errorf(objects.RuntimeErrorType, "OrderedDict mutated during iteration")
	}
	if it.pos >= len(it.keys) {
		it.d = nil
		return nil, nil
	}
	i := it.pos
	if it.reverse {
		i = len(it.keys) - 1 - it.pos
	}
	it.pos++
	k := it.keys[i]
	if it.kind == 0 {
		return k, nil
	}
	v, err := it.d.GetItem(ts, k)
	if err != nil || v == nil {
		if err == nil {
			err = objects.NewException(objects.KeyErrorType, k)
		}
		it.d = nil
		return nil, err
	}
	if it.kind == 1 {
		return v, nil
	}
	return objects.NewTuple([]objects.Object{k, v}), nil
}

func init() {
	it := OdictIterType
	it.Slots.Iter = func(_ *objects.Thread, o objects.Object) (objects.Object, error) { return o, nil }
	it.Slots.IterNext = func(ts *objects.Thread, o objects.Object) (objects.Object, error) { return o.(*odictIter).next(ts) }
	it.Methods = append(it.Methods, objects.MethodDef{Name: "__reduce__", Flags: objects.MethNoArgs,
		Doc: "Return state information for pickling",
		Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			// iter(list of what a copy of the iterator still yields), as odictiter_reduce.
			iter := vm.ThreadOf(ts).Interp.Builtins.GetStr(objects.NewStr("iter"))
			c := *self.(*odictIter)
			var rest []objects.Object
			for {
				v, err := c.next(ts)
				if err != nil {
					return nil, err
				}
				if v == nil {
					break
				}
				rest = append(rest, v)
			}
			return objects.NewTuple([]objects.Object{iter, objects.NewTuple([]objects.Object{objects.NewList(rest)})}), nil
		}})
	objects.ReadyType(it)
	for kind, t := range []*objects.Type{OdictKeysType, OdictValuesType, OdictItemsType} {
		kind := kind
		t.Flags |= objects.TypeFinal
		t.Slots.Iter = func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
			return newOdictIter(o.(*objects.DictView).Dict(), kind, false), nil
		}
		t.Methods = []objects.MethodDef{{Name: "__reversed__", Flags: objects.MethNoArgs,
			Func: func(_ *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return newOdictIter(self.(*objects.DictView).Dict(), kind, true), nil
			}}}
		objects.ReadyType(t)
	}
	initOrderedDict()
}
