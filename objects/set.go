package objects

// SetType and FrozenSetType are the types of Python sets and frozensets.
var (
	SetType       = newType("set", ObjectType)
	FrozenSetType = newType("frozenset", ObjectType)
)

// Set is a Python set or frozenset: CPython's open-addressing table (Objects/setobject.c),
// with the same probing (nine linear probes, then perturbation), the same growth policy and
// the same handling of deleted slots, so that a set of the same elements, built the same way,
// iterates in the same order as CPython's.
type Set struct {
	table []setEntry
	// fill counts active and dummy slots, used the active ones.
	fill, used int
	frozen     bool
	// hash caches a frozenset's hash; hashed says whether it is valid.
	hash   int64
	hashed bool
	// finger is where Pop resumes its scan.
	finger int
	ext    *Extension
}

// setEntry is one slot: empty (key nil, not dummy), a dummy left by a deletion, or active.
type setEntry struct {
	key   Object
	hash  int64
	dummy bool
}

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

// Type returns SetType or FrozenSetType (or the subclass).
func (s *Set) Type() *Type {
	if s.frozen {
		return s.ext.classOr(FrozenSetType)
	}
	return s.ext.classOr(SetType)
}

func newSet(frozen bool) *Set {
	return &Set{table: make([]setEntry, setMinSize), frozen: frozen}
}

// NewSet returns an empty set.
func NewSet() *Set { return newSet(false) }

// NewFrozenSet returns a frozenset of the items of an iterable.
func NewFrozenSet(ts *Thread, iterable Object) (*Set, error) {
	s := newSet(true)
	if iterable != nil {
		if err := s.Update(ts, iterable); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// NewSetFrom returns a set of the given elements.
func NewSetFrom(ts *Thread, elems []Object) (*Set, error) {
	s := newSet(false)
	for _, e := range elems {
		if err := s.Add(ts, e); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// IsFrozen reports whether s is a frozenset.
func (s *Set) IsFrozen() bool { return s.frozen }

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

// mask is the table size minus one.
func (s *Set) mask() int { return len(s.table) - 1 }

// Elements returns the elements in iteration order.
func (s *Set) Elements() []Object {
	out := make([]Object, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && !e.dummy {
			out = append(out, e.key)
		}
	}
	return out
}

// find returns the position of key's slot, or -1 (set_lookkey). A comparison that changes
// the table restarts the search, as CPython's does.
func (s *Set) find(ts *Thread, key Object, hash int64) (int, error) {
restart:
	table := s.table
	mask := s.mask()
	i := int(uint64(hash) & uint64(mask))
	perturb := uint64(hash)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &table[j]
			if e.key == nil && !e.dummy {
				return -1, nil
			}
			if !e.dummy && e.hash == hash {
				if e.key == key {
					return j, nil
				}
				if x, ok := e.key.(*Str); ok {
					if y, ok := key.(*Str); ok && x.ext == nil && y.ext == nil {
						if x.value == y.value {
							return j, nil
						}
						continue
					}
				}
				start := e.key
				eq, err := Equal(ts, start, key)
				if err != nil {
					return -1, err
				}
				if len(s.table) != len(table) || &s.table[0] != &table[0] || table[j].key != start {
					goto restart
				}
				if eq {
					return j, nil
				}
			}
		}
		perturb >>= setPerturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// addEntry adds key with its hash (set_add_entry).
func (s *Set) addEntry(ts *Thread, key Object, hash int64) error {
restart:
	table := s.table
	mask := s.mask()
	i := int(uint64(hash) & uint64(mask))
	perturb := uint64(hash)
	free := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &table[j]
			if e.key == nil && !e.dummy {
				if free >= 0 {
					table[free] = setEntry{key: key, hash: hash}
					s.used++
					s.hashed = false
					return nil
				}
				*e = setEntry{key: key, hash: hash}
				s.fill++
				s.used++
				s.hashed = false
				if s.fill*5 < mask*3 {
					return nil
				}
				if s.used > 50000 {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return nil
			}
			if e.dummy {
				free = j
				continue
			}
			if e.hash == hash {
				if e.key == key {
					return nil
				}
				if x, ok := e.key.(*Str); ok {
					if y, ok := key.(*Str); ok && x.ext == nil && y.ext == nil {
						if x.value == y.value {
							return nil
						}
						continue
					}
				}
				start := e.key
				eq, err := Equal(ts, start, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
				if len(s.table) != len(table) || &s.table[0] != &table[0] || table[j].key != start {
					goto restart
				}
			}
		}
		perturb >>= setPerturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// insertClean puts a key known to be absent into a table without dummies
// (set_insert_clean).
func insertClean(table []setEntry, key Object, hash int64) {
	mask := len(table) - 1
	i := int(uint64(hash) & uint64(mask))
	perturb := uint64(hash)
	for {
		if table[i].key == nil {
			table[i] = setEntry{key: key, hash: hash}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if table[j].key == nil {
					table[j] = setEntry{key: key, hash: hash}
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// resize rebuilds the table with the smallest power-of-two size above minUsed
// (set_table_resize), reinserting the active entries in table order.
func (s *Set) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	for _, e := range old {
		if e.key != nil && !e.dummy {
			insertClean(s.table, e.key, e.hash)
		}
	}
	s.fill = s.used
}

// Add adds e to the set.
func (s *Set) Add(ts *Thread, e Object) error {
	h, err := Hash(ts, e)
	if err != nil {
		return err
	}
	return s.addEntry(ts, e, h)
}

// Contains reports whether e is in the set. An unhashable set is looked up as the frozenset
// of its elements, as CPython does.
func (s *Set) Contains(ts *Thread, e Object) (bool, error) {
	h, err := Hash(ts, e)
	if err != nil {
		if x, ok := e.(*Set); ok && !x.frozen && isExceptionOf(err, TypeErrorType) {
			return s.Contains(ts, x.frozenCopy())
		}
		return false, err
	}
	pos, err := s.find(ts, e, h)
	return pos >= 0, err
}

// Discard removes e when present, reporting whether it was.
func (s *Set) Discard(ts *Thread, e Object) (bool, error) {
	h, err := Hash(ts, e)
	if err != nil {
		if x, ok := e.(*Set); ok && !x.frozen && isExceptionOf(err, TypeErrorType) {
			return s.Discard(ts, x.frozenCopy())
		}
		return false, err
	}
	pos, err := s.find(ts, e, h)
	if pos < 0 || err != nil {
		return false, err
	}
	s.table[pos] = setEntry{dummy: true, hash: -1}
	s.used--
	return true, nil
}

// Clear removes every element.
func (s *Set) Clear() {
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used = 0, 0
}

// frozenCopy returns a frozenset with s's elements.
func (s *Set) frozenCopy() *Set {
	c := s.copyAs(true)
	return c
}

// copyAs returns an exact set or frozenset with s's elements, laid out as set_merge lays
// them out when copying into an empty set.
func (s *Set) copyAs(frozen bool) *Set {
	c := newSet(frozen)
	_ = c.mergeSet(nil, s) // into an empty set: no comparisons, no errors
	return c
}

// mergeSet adds the elements of another set (set_merge): slot for slot when s is empty and
// the same size, by clean insertion when s is empty, else one by one.
func (s *Set) mergeSet(ts *Thread, o *Set) error {
	if o == s || o.used == 0 {
		return nil
	}
	if (s.fill+o.used)*5 >= s.mask()*3 {
		s.resize((s.used + o.used) * 2)
	}
	s.hashed = false
	if s.fill == 0 && s.mask() == o.mask() {
		for i, e := range o.table {
			if e.key != nil && !e.dummy {
				s.table[i] = e
			}
		}
		s.fill, s.used = o.used, o.used
		return nil
	}
	if s.fill == 0 {
		for _, e := range o.table {
			if e.key != nil && !e.dummy {
				insertClean(s.table, e.key, e.hash)
			}
		}
		s.fill, s.used = o.used, o.used
		return nil
	}
	// Adding may run __eq__, which may change o: walk a snapshot.
	for _, e := range append([]setEntry(nil), o.table...) {
		if e.key != nil && !e.dummy {
			if err := s.addEntry(ts, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// Update adds the elements of an iterable (set_update_internal).
func (s *Set) Update(ts *Thread, iterable Object) error {
	switch o := iterable.(type) {
	case *Set:
		return s.mergeSet(ts, o)
	case *Dict:
		if (s.fill+o.live)*5 >= s.mask()*3 {
			s.resize((s.used + o.live) * 2)
		}
		for i := 0; i < len(o.entries); i++ {
			e := o.entries[i]
			if e.key == nil {
				continue
			}
			if err := s.addEntry(ts, e.key, e.hash); err != nil {
				return err
			}
		}
		return nil
	}
	return forEach(ts, iterable, func(e Object) error { return s.Add(ts, e) })
}

// Pop removes and returns an arbitrary element, scanning from the slot after the last one
// popped as CPython does.
func (s *Set) Pop() (Object, error) {
	if s.used == 0 {
		return nil, Errorf(KeyErrorType, "pop from an empty set")
	}
	i := s.finger & s.mask()
	for s.table[i].key == nil || s.table[i].dummy {
		i++
		if i > s.mask() {
			i = 0
		}
	}
	key := s.table[i].key
	s.table[i] = setEntry{dummy: true, hash: -1}
	s.used--
	s.finger = i + 1
	return key, nil
}

// frozenSetHash is CPython's frozenset_hash: the xor of the shuffled element hashes, mixed
// with the size.
func frozenSetHash(s *Set) int64 {
	if s.hashed {
		return s.hash
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	for _, e := range s.table {
		if e.key != nil && !e.dummy {
			h ^= shuffle(uint64(e.hash))
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	s.hash, s.hashed = int64(h), true
	return s.hash
}
