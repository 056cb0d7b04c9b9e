package objects

// The set iterator and the methods of set and frozenset.

// SetIteratorType is the type of iterators over sets and frozensets.
var SetIteratorType = newType("set_iterator", ObjectType)

// SetIterator walks a set's table in slot order; it fails when the set changes size.
type SetIterator struct {
	s          *Set
	pos        int
	used, left int
}

// Type returns SetIteratorType.
func (*SetIterator) Type() *Type { return SetIteratorType }

func newSetIterator(s *Set) *SetIterator { return &SetIterator{s: s, used: s.used, left: s.used} }

// Next returns the next element, or nil when exhausted.
func (it *SetIterator) Next() (Object, error) {
	s := it.s
	if s == nil {
		return nil, nil
	}
	if it.used != s.used {
		it.used = -1
		return nil, Errorf(RuntimeErrorType, "Set changed size during iteration")
	}
	for it.pos < len(s.table) && (s.table[it.pos].key == nil || s.table[it.pos].dummy) {
		it.pos++
	}
	if it.pos >= len(s.table) {
		it.s = nil
		return nil, nil
	}
	key := s.table[it.pos].key
	it.pos++
	it.left--
	return key, nil
}

func init() {
	SetIteratorType.Slots.Iter = selfIter
	SetIteratorType.Slots.IterNext = func(ts *Thread, o Object) (Object, error) { return o.(*SetIterator).Next() }
}

// setIteratorMethods are the set iterator's methods.
var setIteratorMethods = []containerMethod{lengthHintMethod(func(o Object) int {
	it := o.(*SetIterator)
	if it.s == nil || it.used != it.s.used {
		return 0
	}
	return it.left
})}

// setMethod makes a method of set and frozenset named qual ("set.add").
type setMethodFunc = func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error)

func setOneArg(qual string, f func(ts *Thread, s *Set, arg Object) (Object, error)) setMethodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := checkOneArgument(qual, args, kwnames); err != nil {
			return nil, err
		}
		return f(ts, self.(*Set), args[0])
	}
}

func setNoArgs(qual string, f func(ts *Thread, s *Set) (Object, error)) setMethodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := checkNoArguments(qual, args, kwnames); err != nil {
			return nil, err
		}
		return f(ts, self.(*Set))
	}
}

// setVarArgs makes a method taking any number of iterables: a copy of the set combined with
// each in turn (union, intersection, difference).
func setVarArgs(qual string, f func(s *Set, ts *Thread, other Object) (*Set, error)) setMethodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if kwnames.Len() != 0 {
			return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
		}
		s := self.(*Set)
		if len(args) == 0 {
			return s.Copy(), nil
		}
		r := s
		for _, a := range args {
			var err error
			if r, err = f(r, ts, a); err != nil {
				return nil, err
			}
		}
		return r, nil
	}
}

// setVarUpdate makes an in-place method taking any number of iterables.
func setVarUpdate(qual string, f func(s *Set, ts *Thread, other Object) error) setMethodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if kwnames.Len() != 0 {
			return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
		}
		s := self.(*Set)
		for _, a := range args {
			if err := f(s, ts, a); err != nil {
				return nil, err
			}
		}
		return None, nil
	}
}

// asSet returns other as a set, converting any iterable.
func asSet(ts *Thread, other Object) (*Set, error) {
	if o, ok := other.(*Set); ok {
		return o, nil
	}
	return viewAsSet(ts, other)
}

func setCopyMethod(ts *Thread, s *Set) (Object, error) {
	if s.frozen && s.ext == nil {
		return s, nil
	}
	return s.Copy(), nil
}

// frozenSetMethods are the methods set and frozenset share; typ names the type in messages.
func frozenSetMethods(typ string) []containerMethod {
	return []containerMethod{
		{"copy", setNoArgs(typ+".copy", setCopyMethod), "Return a shallow copy of a set."},
		{"union", setVarArgs(typ+".union", (*Set).Union), "Return the union of sets as a new set."},
		{"intersection", setVarArgs(typ+".intersection", (*Set).Intersection), "Return the intersection of two or more sets as a new set."},
		{"difference", setVarArgs(typ+".difference", (*Set).Difference), "Return the difference of two or more sets as a new set."},
		{"symmetric_difference", setOneArg(typ+".symmetric_difference", func(ts *Thread, s *Set, o Object) (Object, error) {
			return s.SymmetricDifference(ts, o)
		}), "Return the symmetric difference of two sets as a new set."},
		{"issubset", setOneArg(typ+".issubset", setIsSubset), "Report whether another set contains this set."},
		{"issuperset", setOneArg(typ+".issuperset", setIsSuperset), "Report whether this set contains another set."},
		{"isdisjoint", setOneArg(typ+".isdisjoint", func(ts *Thread, s *Set, o Object) (Object, error) {
			r, err := s.IsDisjoint(ts, o)
			return NewBool(r), err
		}), "Return True if two sets have a null intersection."},
		{"__contains__", setOneArg(typ+".__contains__", func(ts *Thread, s *Set, o Object) (Object, error) {
			r, err := s.Contains(ts, o)
			return NewBool(r), err
		}), "x.__contains__(y) <==> y in x."},
	}
}

func setIsSubset(ts *Thread, s *Set, other Object) (Object, error) {
	o, err := asSet(ts, other)
	if err != nil {
		return nil, err
	}
	r, err := s.IsSubset(ts, o)
	return NewBool(r), err
}

func setIsSuperset(ts *Thread, s *Set, other Object) (Object, error) {
	if o, ok := other.(*Set); ok {
		r, err := o.IsSubset(ts, s)
		return NewBool(r), err
	}
	superset := true
	err := forEach(ts, other, func(k Object) error {
		in, err := s.Contains(ts, k)
		if err == nil && !in {
			superset = false
			return errStopIteration
		}
		return err
	})
	if err != nil && err != errStopIteration {
		return nil, err
	}
	return NewBool(superset), nil
}

// setMethods are set's methods: frozenset's (renamed) and the mutating ones.
var setMethods = func() []containerMethod {
	ms := []containerMethod{
		{"add", setOneArg("set.add", func(ts *Thread, s *Set, e Object) (Object, error) { return None, s.Add(ts, e) }), "Add an element to a set.\n\nThis has no effect if the element is already present."},
		{"discard", setOneArg("set.discard", func(ts *Thread, s *Set, e Object) (Object, error) {
			_, err := s.Discard(ts, e)
			return None, err
		}), "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set."},
		{"remove", setOneArg("set.remove", func(ts *Thread, s *Set, e Object) (Object, error) {
			found, err := s.Discard(ts, e)
			if err == nil && !found {
				return nil, NewException(KeyErrorType, e)
			}
			return None, err
		}), "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."},
		{"pop", setNoArgs("set.pop", func(ts *Thread, s *Set) (Object, error) { return s.Pop() }), "Remove and return an arbitrary set element.\n\nRaises KeyError if the set is empty."},
		{"clear", setNoArgs("set.clear", func(ts *Thread, s *Set) (Object, error) { s.Clear(); return None, nil }), "Remove all elements from this set."},
		{"update", setVarUpdate("set.update", (*Set).Update), "Update the set, adding elements from all others."},
		{"intersection_update", setVarUpdate("set.intersection_update", (*Set).IntersectionUpdate), "Update the set, keeping only elements found in it and all others."},
		{"difference_update", setVarUpdate("set.difference_update", (*Set).DifferenceUpdate), "Update the set, removing elements found in others."},
		{"symmetric_difference_update", setOneArg("set.symmetric_difference_update", func(ts *Thread, s *Set, o Object) (Object, error) {
			return None, s.SymmetricDifferenceUpdate(ts, o)
		}), "Update the set, keeping only elements found in either set, but not in both."},
	}
	return append(ms, frozenSetMethods("set")...)
}()
