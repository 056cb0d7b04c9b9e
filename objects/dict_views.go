package objects

// Dict views (dict_keys, dict_values, dict_items) and the dict iterators.

// The types of the views and iterators.
var (
	DictKeysType                 = newType("dict_keys", ObjectType)
	DictValuesType               = newType("dict_values", ObjectType)
	DictItemsType                = newType("dict_items", ObjectType)
	DictKeyIteratorType          = newType("dict_keyiterator", ObjectType)
	DictValueIteratorType        = newType("dict_valueiterator", ObjectType)
	DictItemIteratorType         = newType("dict_itemiterator", ObjectType)
	DictReverseKeyIteratorType   = newType("dict_reversekeyiterator", ObjectType)
	DictReverseValueIteratorType = newType("dict_reversevalueiterator", ObjectType)
	DictReverseItemIteratorType  = newType("dict_reverseitemiterator", ObjectType)
)

// DictView is a live view of a dict's keys, values or items.
type DictView struct {
	d    *Dict
	kind dictIterKind
	// typ is the type of a view of a subclass's own (collections.OrderedDict's odict_keys),
	// nil for the plain view types.
	typ *Type
}

// Type returns the view's type.
func (v *DictView) Type() *Type {
	if v.typ != nil {
		return v.typ
	}
	return [...]*Type{DictKeysType, DictValuesType, DictItemsType}[v.kind]
}

// NewDictView returns a view of d's keys (kind 0), values (1) or items (2) whose type is typ,
// a module's subclass of that view type (collections.OrderedDict's odict_keys ...).
func NewDictView(d *Dict, kind int, typ *Type) *DictView {
	return &DictView{d: d, kind: dictIterKind(kind), typ: typ}
}

// Dict returns the dict the view shows.
func (v *DictView) Dict() *Dict { return v.d }

// DictIterator iterates over a dict's keys, values or items, forwards or in reverse. As
// CPython's, it fails when the dict changes size during the iteration, and when its keys
// change while its size does not.
type DictIterator struct {
	d       *Dict
	kind    dictIterKind
	reverse bool
	pos     int
	// used is the dict's size when the iteration started; left counts the items still
	// expected.
	used, left int
}

// Type returns the iterator's type.
func (it *DictIterator) Type() *Type {
	if it.reverse {
		return [...]*Type{DictReverseKeyIteratorType, DictReverseValueIteratorType, DictReverseItemIteratorType}[it.kind]
	}
	return [...]*Type{DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType}[it.kind]
}

func newDictIterator(d *Dict, kind dictIterKind, reverse bool) *DictIterator {
	it := &DictIterator{d: d, kind: kind, reverse: reverse, used: d.live, left: d.live}
	if reverse {
		it.pos = len(d.entries) - 1
	}
	return it
}

// Next returns the next key, value or (key, value) tuple; nil when exhausted.
func (it *DictIterator) Next() (Object, error) {
	d := it.d
	if d == nil {
		return nil, nil
	}
	if it.used != d.live {
		it.used = -1 // stays failed, as CPython's does
		return nil, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	var e *dictEntry
	if it.reverse {
		for it.pos >= 0 && it.pos < len(d.entries) && d.entries[it.pos].key == nil {
			it.pos--
		}
		if it.pos >= 0 && it.pos < len(d.entries) {
			e = &d.entries[it.pos]
			it.pos--
		}
	} else {
		for it.pos < len(d.entries) && d.entries[it.pos].key == nil {
			it.pos++
		}
		if it.pos < len(d.entries) {
			e = &d.entries[it.pos]
			it.pos++
		}
	}
	if e == nil {
		it.d = nil
		return nil, nil
	}
	if it.left == 0 {
		it.d = nil
		return nil, Errorf(RuntimeErrorType, "dictionary keys changed during iteration")
	}
	it.left--
	switch it.kind {
	case iterKeys:
		return e.key, nil
	case iterValues:
		return e.value, nil
	}
	return newTupleOwning([]Object{e.key, e.value}), nil
}

// lengthHint is __length_hint__: the items still expected.
func (it *DictIterator) lengthHint() int {
	if it.d == nil || it.used != it.d.live {
		return 0
	}
	return it.left
}

// viewContains is "x in view".
func (v *DictView) contains(ts *Thread, x Object) (bool, error) {
	switch v.kind {
	case iterKeys:
		return v.d.Contains(ts, x)
	case iterItems:
		t, ok := x.(*Tuple)
		if !ok || len(t.items) != 2 {
			return false, nil
		}
		found, err := v.d.GetItem(ts, t.items[0])
		if found == nil || err != nil {
			return false, err
		}
		return Equal(ts, found, t.items[1])
	}
	return seqContains(ts, func() []Object {
		var out []Object
		v.d.Items(func(_, val Object) bool { out = append(out, val); return true })
		return out
	}, x)
}

// viewRepr is "dict_keys(['a'])" and its siblings.
func viewRepr(ts *Thread, o Object) (*Str, error) {
	v := o.(*DictView)
	if !reprEnter(ts, v) {
		return NewStr("..."), nil
	}
	defer reprLeave(ts, v)
	items, err := collectItems(ts, v)
	if err != nil {
		return nil, err
	}
	r, err := Repr(ts, newListOwning(items))
	if err != nil {
		return nil, err
	}
	return NewStr(v.Type().Name + "(" + r.value + ")"), nil
}

// viewAsSet returns a new set of the view's (or any iterable's) items, for the set
// operators of keys and items views.
func viewAsSet(ts *Thread, o Object) (*Set, error) {
	s := newSet(false)
	if err := s.Update(ts, o); err != nil {
		return nil, err
	}
	return s, nil
}

// viewSetOp makes one binary set operator of the keys and items views: the result is a set
// built from the left operand, as dictviews_sub and its siblings do.
func viewSetOp(op func(ts *Thread, s *Set, other Object) error) func(ts *Thread, a, b Object) (Object, error) {
	return func(ts *Thread, a, b Object) (Object, error) {
		if !isSetLikeView(a) && !isSetLikeView(b) {
			return NotImplemented, nil
		}
		if b.Type().Slots.Iter == nil || a.Type().Slots.Iter == nil {
			return NotImplemented, nil
		}
		left, right := a, b
		s, err := viewAsSet(ts, left)
		if err != nil {
			return nil, err
		}
		if err := op(ts, s, right); err != nil {
			return nil, err
		}
		return s, nil
	}
}

// isSetLikeView reports whether o is a keys or items view.
func isSetLikeView(o Object) bool {
	v, ok := o.(*DictView)
	return ok && v.kind != iterValues
}

// viewRichCompare compares a keys or items view with a set or another such view, as sets,
// as CPython's dictview_richcompare: sizes first, then membership of each item of one in
// the other, so an items view never hashes its values.
func viewRichCompare(ts *Thread, a, b Object, op CompareOp) (Object, error) {
	v := a.(*DictView)
	if v.kind == iterValues {
		return NotImplemented, nil
	}
	switch b.(type) {
	case *Set:
	case *DictView:
		if !isSetLikeView(b) {
			return NotImplemented, nil
		}
	default:
		return NotImplemented, nil
	}
	la, err := Len(ts, a)
	if err != nil {
		return nil, err
	}
	lb, err := Len(ts, b)
	if err != nil {
		return nil, err
	}
	var ok bool
	switch op {
	case CmpEQ, CmpNE:
		if la == lb {
			if ok, err = allContainedIn(ts, a, b); err != nil {
				return nil, err
			}
		}
		if op == CmpNE {
			ok = !ok
		}
	case CmpLT, CmpLE:
		if la < lb || op == CmpLE && la == lb {
			ok, err = allContainedIn(ts, a, b)
		}
	case CmpGT, CmpGE:
		if la > lb || op == CmpGE && la == lb {
			ok, err = allContainedIn(ts, b, a)
		}
	}
	if err != nil {
		return nil, err
	}
	return NewBool(ok), nil
}

// allContainedIn reports whether every item of a is in b.
func allContainedIn(ts *Thread, a, b Object) (bool, error) {
	all := true
	err := forEach(ts, a, func(item Object) error {
		in, err := Contains(ts, b, item)
		if err != nil {
			return err
		}
		if !in {
			all = false
			return errStopIteration
		}
		return nil
	})
	if err == errStopIteration {
		err = nil
	}
	return all, err
}

func dictViewIter(ts *Thread, o Object) (Object, error) {
	v := o.(*DictView)
	return newDictIterator(v.d, v.kind, false), nil
}

func init() {
	for _, t := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		t.Slots.Len = func(ts *Thread, o Object) (int, error) { return o.(*DictView).d.live, nil }
		t.Slots.Iter = dictViewIter
		t.Slots.Contains = func(ts *Thread, o, x Object) (bool, error) { return o.(*DictView).contains(ts, x) }
		t.Slots.Repr = viewRepr
	}
	for _, t := range []*Type{DictKeysType, DictItemsType} {
		t.Slots.RichCompare = viewRichCompare
		t.Slots.NumBinary[OpSubtract] = viewSetOp(func(ts *Thread, s *Set, other Object) error { return s.DifferenceUpdate(ts, other) })
		t.Slots.NumBinary[OpAnd] = viewSetOp(func(ts *Thread, s *Set, other Object) error { return s.IntersectionUpdate(ts, other) })
		t.Slots.NumBinary[OpOr] = viewSetOp(func(ts *Thread, s *Set, other Object) error { return s.Update(ts, other) })
		t.Slots.NumBinary[OpXor] = viewSetOp(func(ts *Thread, s *Set, other Object) error { return s.SymmetricDifferenceUpdate(ts, other) })
	}
	for _, t := range []*Type{DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType,
		DictReverseKeyIteratorType, DictReverseValueIteratorType, DictReverseItemIteratorType} {
		t.Slots.Iter = selfIter
		t.Slots.IterNext = func(ts *Thread, o Object) (Object, error) { return o.(*DictIterator).Next() }
	}
}

// dictIteratorMethods are the dict iterators' methods.
var dictIteratorMethods = []containerMethod{lengthHintMethod(func(o Object) int { return o.(*DictIterator).lengthHint() })}

// viewReversed is reversed(view).
func viewReversed(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkNoArguments(self.Type().Name+".__reversed__", args, kwnames); err != nil {
		return nil, err
	}
	v := self.(*DictView)
	return newDictIterator(v.d, v.kind, true), nil
}

// viewIsDisjoint is keys().isdisjoint(other).
func viewIsDisjoint(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkOneArgument("isdisjoint", args, kwnames); err != nil {
		return nil, err
	}
	v := self.(*DictView)
	disjoint := true
	err := forEach(ts, args[0], func(x Object) error {
		in, err := v.contains(ts, x)
		if in {
			disjoint = false
			return errStopIteration
		}
		return err
	})
	if err != nil && err != errStopIteration {
		return nil, err
	}
	return NewBool(disjoint), nil
}

// stopWalk is the type of errStopIteration.
type stopWalk struct{}

func (stopWalk) Error() string { return "stop" }

// errStopIteration ends a forEach early; it never reaches Python.
var errStopIteration error = stopWalk{}

// The views' methods.
var (
	dictKeysMethods = []containerMethod{
		{"isdisjoint", viewIsDisjoint, "Return True if the view and the given iterable have a null intersection."},
		{"__reversed__", viewReversed, "Return a reverse iterator over the dict keys."},
	}
	dictValuesMethods = []containerMethod{
		{"__reversed__", viewReversed, "Return a reverse iterator over the dict values."},
	}
	dictItemsMethods = []containerMethod{
		{"isdisjoint", viewIsDisjoint, "Return True if the view and the given iterable have a null intersection."},
		{"__reversed__", viewReversed, "Return a reverse iterator over the dict items."},
	}
)
