package objects

// The set algebra of set and frozenset, following setobject.c's algorithms so that results
// are built in the same order (and so iterate as CPython's do).

// newSetLike returns an empty exact set, or frozenset when like is one.
func newSetLike(like *Set) *Set { return newSet(like.frozen) }

// Copy returns an exact set (or frozenset) with s's elements.
func (s *Set) Copy() *Set { return s.copyAs(s.frozen) }

// Union returns s | other.
func (s *Set) Union(ts *Thread, other Object) (*Set, error) {
	r := s.Copy()
	return r, r.Update(ts, other)
}

// Intersection returns s & other (set_intersection).
func (s *Set) Intersection(ts *Thread, other Object) (*Set, error) {
	if other == Object(s) {
		return s.Copy(), nil
	}
	r := newSetLike(s)
	if o, ok := other.(*Set); ok {
		small, big := o, s
		if o.used > s.used {
			small, big = s, o
		}
		for _, e := range append([]setEntry(nil), small.table...) {
			if e.key == nil || e.dummy {
				continue
			}
			pos, err := big.find(ts, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if pos >= 0 {
				if err := r.addEntry(ts, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return r, nil
	}
	err := forEach(ts, other, func(k Object) error {
		h, err := Hash(ts, k)
		if err != nil {
			return err
		}
		pos, err := s.find(ts, k, h)
		if err != nil || pos < 0 {
			return err
		}
		return r.addEntry(ts, k, h)
	})
	return r, err
}

// IntersectionUpdate is s &= other.
func (s *Set) IntersectionUpdate(ts *Thread, other Object) error {
	r, err := s.Intersection(ts, other)
	if err != nil {
		return err
	}
	s.table, s.fill, s.used, s.finger, s.hashed = r.table, r.fill, r.used, 0, false
	return nil
}

// Difference returns s - other (set_difference).
func (s *Set) Difference(ts *Thread, other Object) (*Set, error) {
	otherSize := -1
	switch o := other.(type) {
	case *Set:
		otherSize = o.used
	case *Dict:
		if o.ext == nil {
			otherSize = o.live
		}
	}
	if otherSize < 0 || s.used>>2 > otherSize {
		r := s.Copy()
		return r, r.DifferenceUpdate(ts, other)
	}
	r := newSetLike(s)
	for _, e := range append([]setEntry(nil), s.table...) {
		if e.key == nil || e.dummy {
			continue
		}
		var in bool
		switch o := other.(type) {
		case *Set:
			pos, err := o.find(ts, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			in = pos >= 0
		case *Dict:
			_, pos, err := o.lookup(ts, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			in = pos >= 0
		}
		if !in {
			if err := r.addEntry(ts, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// DifferenceUpdate is s -= other.
func (s *Set) DifferenceUpdate(ts *Thread, other Object) error {
	if other == Object(s) {
		s.Clear()
		return nil
	}
	var err error
	if o, ok := other.(*Set); ok {
		for _, e := range o.Elements() {
			if _, err = s.Discard(ts, e); err != nil {
				break
			}
		}
	} else {
		err = forEach(ts, other, func(k Object) error {
			_, err := s.Discard(ts, k)
			return err
		})
	}
	if err != nil {
		return err
	}
	// More than a quarter of the table dummies: rebuild it.
	if s.fill-s.used > s.mask()/4 {
		if s.used > 50000 {
			s.resize(s.used * 2)
		} else {
			s.resize(s.used * 4)
		}
	}
	s.hashed = false
	return nil
}

// SymmetricDifferenceUpdate is s ^= other.
func (s *Set) SymmetricDifferenceUpdate(ts *Thread, other Object) error {
	if other == Object(s) {
		s.Clear()
		return nil
	}
	var entries []setEntry
	switch o := other.(type) {
	case *Dict:
		for _, e := range o.entries {
			if e.key != nil {
				entries = append(entries, setEntry{key: e.key, hash: e.hash})
			}
		}
	case *Set:
		entries = append(entries, o.table...)
	default:
		tmp := newSetLike(s)
		if err := tmp.Update(ts, other); err != nil {
			return err
		}
		entries = tmp.table
	}
	for _, e := range entries {
		if e.key == nil || e.dummy {
			continue
		}
		pos, err := s.find(ts, e.key, e.hash)
		if err != nil {
			return err
		}
		if pos >= 0 {
			s.table[pos] = setEntry{dummy: true, hash: -1}
			s.used--
			s.hashed = false
			continue
		}
		if err := s.addEntry(ts, e.key, e.hash); err != nil {
			return err
		}
	}
	return nil
}

// SymmetricDifference returns s ^ other: a set of other's elements, updated with s's.
func (s *Set) SymmetricDifference(ts *Thread, other Object) (*Set, error) {
	r := newSetLike(s)
	if err := r.Update(ts, other); err != nil {
		return nil, err
	}
	return r, r.SymmetricDifferenceUpdate(ts, s)
}

// IsSubset reports whether every element of s is in o.
func (s *Set) IsSubset(ts *Thread, o *Set) (bool, error) {
	if s.used > o.used {
		return false, nil
	}
	for _, e := range s.Elements() {
		h, err := Hash(ts, e)
		if err != nil {
			return false, err
		}
		pos, err := o.find(ts, e, h)
		if err != nil || pos < 0 {
			return false, err
		}
	}
	return true, nil
}

// IsDisjoint reports whether s and other have no element in common.
func (s *Set) IsDisjoint(ts *Thread, other Object) (bool, error) {
	if other == Object(s) {
		return s.used == 0, nil
	}
	if o, ok := other.(*Set); ok {
		small, big := o, s
		if o.used > s.used {
			small, big = s, o
		}
		for _, e := range small.Elements() {
			in, err := big.Contains(ts, e)
			if in || err != nil {
				return false, err
			}
		}
		return true, nil
	}
	disjoint := true
	err := forEach(ts, other, func(k Object) error {
		in, err := s.Contains(ts, k)
		if in {
			disjoint = false
			return errStopIteration
		}
		return err
	})
	if err != nil && err != errStopIteration {
		return false, err
	}
	return disjoint, nil
}

// setRichCompare compares two sets as sets: == by equal elements, <= and < by inclusion.
func setRichCompare(ts *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok := a.(*Set)
	y, ok2 := b.(*Set)
	if !ok || !ok2 {
		return NotImplemented, nil
	}
	var r bool
	var err error
	switch op {
	case CmpEQ, CmpNE:
		if x.used != y.used {
			r = false
		} else if x.frozen && y.frozen && x.hashed && y.hashed && x.hash != y.hash {
			r = false
		} else {
			r, err = x.IsSubset(ts, y)
		}
		if op == CmpNE {
			r = !r
		}
	case CmpLE:
		r, err = x.IsSubset(ts, y)
	case CmpGE:
		r, err = y.IsSubset(ts, x)
	case CmpLT:
		if x.used < y.used {
			r, err = x.IsSubset(ts, y)
		}
	case CmpGT:
		if x.used > y.used {
			r, err = y.IsSubset(ts, x)
		}
	}
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

// setRepr is repr(set): "set()", "{1, 2}", "frozenset({1})", "MySet({1})".
func setRepr(ts *Thread, o Object) (*Str, error) {
	s := o.(*Set)
	name := s.Type().Name
	plain := s.Type() == SetType
	if s.used == 0 {
		return NewStr(name + "()"), nil
	}
	if !reprEnter(ts, s) {
		return NewStr(name + "(...)"), nil
	}
	defer reprLeave(ts, s)
	elems := s.Elements()
	r, err := containerRepr(ts, newListOwning(elems), "{", "}", "{...}", func() []Object { return elems })
	if err != nil {
		return nil, err
	}
	if plain {
		return r, nil
	}
	return NewStr(name + "(" + r.value + ")"), nil
}

// setBinary makes a binary operator slot of set and frozenset: both operands must be sets.
func setBinary(f func(s *Set, ts *Thread, other Object) (*Set, error)) func(*Thread, Object, Object) (Object, error) {
	return func(ts *Thread, a, b Object) (Object, error) {
		x, ok := a.(*Set)
		_, ok2 := b.(*Set)
		if !ok || !ok2 {
			return NotImplemented, nil
		}
		return f(x, ts, b)
	}
}

// setInplace makes an in-place operator slot of set.
func setInplace(f func(s *Set, ts *Thread, other Object) error) func(*Thread, Object, Object) (Object, error) {
	return func(ts *Thread, a, b Object) (Object, error) {
		x, ok := a.(*Set)
		_, ok2 := b.(*Set)
		if !ok || !ok2 || x.frozen {
			return NotImplemented, nil
		}
		if err := f(x, ts, b); err != nil {
			return nil, err
		}
		return a, nil
	}
}

// setNew is set.__new__ and frozenset(iterable).
func setNewSlot(frozen bool) func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	name := "set"
	if frozen {
		name = "frozenset"
	}
	return func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		base := SetType
		if frozen {
			base = FrozenSetType
		}
		if kwnames.Len() != 0 && (cls == base || frozen && cls.inheritsFrom(ts, base, "__init__")) {
			return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
		}
		s := newSet(frozen)
		if cls != base {
			s.ext = NewExtension(cls)
		}
		if !frozen {
			return s, nil // set.__init__ fills it
		}
		n := len(args) - kwnames.Len()
		if n > 1 {
			return nil, Errorf(TypeErrorType, "frozenset expected at most 1 argument, got %d", n)
		}
		if n == 1 {
			if f, ok := args[0].(*Set); ok && f.frozen && f.ext == nil && cls == base {
				return f, nil
			}
			if err := s.Update(ts, args[0]); err != nil {
				return nil, err
			}
		}
		return s, nil
	}
}

func setInit(ts *Thread, o Object, args []Object, kwnames *Tuple) error {
	s := o.(*Set)
	if kwnames.Len() != 0 {
		return Errorf(TypeErrorType, "set() takes no keyword arguments")
	}
	n := len(args) - kwnames.Len()
	if n > 1 {
		return Errorf(TypeErrorType, "set expected at most 1 argument, got %d", n)
	}
	if s.used != 0 {
		s.Clear()
	}
	if n == 1 {
		return s.Update(ts, args[0])
	}
	return nil
}

func init() {
	for _, t := range []*Type{SetType, FrozenSetType} {
		s := &t.Slots
		s.Len = func(ts *Thread, o Object) (int, error) { return o.(*Set).used, nil }
		s.Contains = func(ts *Thread, o, e Object) (bool, error) { return o.(*Set).Contains(ts, e) }
		s.Iter = func(ts *Thread, o Object) (Object, error) { return newSetIterator(o.(*Set)), nil }
		s.Repr = setRepr
		s.RichCompare = setRichCompare
		s.NumBinary[OpOr] = setBinary((*Set).Union)
		s.NumBinary[OpAnd] = setBinary((*Set).Intersection)
		s.NumBinary[OpSubtract] = setBinary((*Set).Difference)
		s.NumBinary[OpXor] = setBinary((*Set).SymmetricDifference)
	}
	SetType.Slots.New = setNewSlot(false)
	SetType.Slots.Init = setInit
	SetType.Slots.Hash = unhashable
	SetType.Slots.NumInplace[OpOr] = setInplace((*Set).Update)
	SetType.Slots.NumInplace[OpAnd] = setInplace((*Set).IntersectionUpdate)
	SetType.Slots.NumInplace[OpSubtract] = setInplace((*Set).DifferenceUpdate)
	SetType.Slots.NumInplace[OpXor] = setInplace((*Set).SymmetricDifferenceUpdate)
	FrozenSetType.Slots.New = setNewSlot(true)
	FrozenSetType.Slots.Hash = func(ts *Thread, o Object) (int64, error) { return frozenSetHash(o.(*Set)), nil }
}
