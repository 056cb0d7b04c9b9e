package objects

// SetType is the type of Python sets.
var SetType = newType("set", ObjectType)

// Set is a Python set. It keeps its elements in a Dict for now, which iterates in insertion
// order; CPython iterates a set in hash-table order.
type Set struct {
	d   Dict
	ext *Extension
}

// Type returns SetType.
func (s *Set) Type() *Type { return s.ext.classOr(SetType) }

// NewSetFrom returns a set of the given elements.
func NewSetFrom(ts *Thread, elems []Object) (*Set, error) {
	s := &Set{}
	for _, e := range elems {
		if err := s.Add(ts, e); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Add adds e to the set.
func (s *Set) Add(ts *Thread, e Object) error { return s.d.SetItem(ts, e, None) }

// Contains reports whether e is in the set.
func (s *Set) Contains(ts *Thread, e Object) (bool, error) { return s.d.Contains(ts, e) }

// Len returns the number of elements.
func (s *Set) Len() int { return s.d.live }

func init() {
	SetType.Slots.Len = func(ts *Thread, o Object) (int, error) { return o.(*Set).d.live, nil }
	SetType.Slots.Contains = func(ts *Thread, o, e Object) (bool, error) { return o.(*Set).Contains(ts, e) }
	SetType.Slots.Iter = func(ts *Thread, o Object) (Object, error) { return DictType.Slots.Iter(ts, &o.(*Set).d) }
}
