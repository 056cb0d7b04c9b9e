package objects

import "sync/atomic"

// DictType is the type of Python dicts.
var DictType = newType("dict", ObjectType)

// Dict is a Python dict: a compact, insertion-ordered hash table. Entries sit in insertion
// order in entries; index maps hash slots to entry positions, as CPython's dict does, so
// iteration follows insertion and specialized instructions can cache an entry's position.
type Dict struct {
	entries []dictEntry
	// index holds, per slot, an entry position, slotEmpty or slotDummy (a deleted entry).
	index []int32
	// live counts the entries whose key is not nil; filled counts slots not empty.
	live, filled int
	// keysVersion identifies the current set of keys and their positions; 0 means none
	// assigned yet. It is reset whenever a key is added or removed.
	keysVersion uint32
	ext         *Extension
}

type dictEntry struct {
	hash  int64
	key   Object // nil for a deleted entry
	value Object
}

const (
	slotEmpty int32 = -1
	slotDummy int32 = -2
	// minDictSlots is the smallest index table, CPython's PyDict_MINSIZE.
	minDictSlots = 8
)

// nextKeysVersion hands out dict keys versions; 0 is never handed out.
var nextKeysVersion atomic.Uint32

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// Type returns DictType.
func (d *Dict) Type() *Type { return d.ext.classOr(DictType) }

// Len returns the number of items.
func (d *Dict) Len() int { return d.live }

// KeysVersion returns a version that stays the same while the dict's keys and their positions
// do: caches that hold an entry position check it.
func (d *Dict) KeysVersion() uint32 {
	if d.keysVersion == 0 {
		d.keysVersion = nextKeysVersion.Add(1)
	}
	return d.keysVersion
}

// EntryValue returns the value of the entry at position i, or nil when there is none.
func (d *Dict) EntryValue(i int) Object {
	if i < 0 || i >= len(d.entries) || d.entries[i].key == nil {
		return nil
	}
	return d.entries[i].value
}

// EntryIndex returns the position of key's entry, or -1.
func (d *Dict) EntryIndex(ts *Thread, key Object) (int, error) {
	h, err := Hash(ts, key)
	if err != nil {
		return -1, err
	}
	_, pos, err := d.lookup(ts, key, h)
	return pos, err
}

// lookup returns the index slot holding key (or the slot where it would go) and its entry
// position (-1 when absent).
func (d *Dict) lookup(ts *Thread, key Object, hash int64) (slot int, pos int, err error) {
restart:
	if len(d.index) == 0 {
		return -1, -1, nil
	}
	index := d.index
	mask := uint64(len(d.index) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	free := -1
	for {
		switch e := d.index[i]; e {
		case slotEmpty:
			if free < 0 {
				free = int(i)
			}
			return free, -1, nil
		case slotDummy:
			if free < 0 {
				free = int(i)
			}
		default:
			ent := &d.entries[e]
			if ent.key == key {
				return int(i), int(e), nil
			}
			if ent.hash == hash {
				start := ent.key
				eq, err := keysEqual(ts, start, key)
				if err != nil {
					return -1, -1, err
				}
				// An __eq__ that changed the dict invalidates the probe: start again,
				// as CPython's lookdict does.
				if len(d.index) != len(index) || &d.index[0] != &index[0] || int(e) >= len(d.entries) || d.entries[e].key != start {
					goto restart
				}
				if eq {
					return int(i), int(e), nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// keysEqual compares two keys with equal hashes, without a protocol call for strs.
func keysEqual(ts *Thread, a, b Object) (bool, error) {
	if x, ok := a.(*Str); ok {
		if y, ok := b.(*Str); ok {
			return x.value == y.value, nil
		}
	}
	if ts == nil && (a.Type().Flags&TypeHeap != 0 || b.Type().Flags&TypeHeap != 0) {
		// A lookup without a thread (GetStr) cannot run a class's __eq__ written in
		// Python: such a key matches by identity alone.
		return false, nil
	}
	return Equal(ts, a, b)
}

// GetItem returns d[key], or nil and no error when key is absent.
func (d *Dict) GetItem(ts *Thread, key Object) (Object, error) {
	h, err := Hash(ts, key)
	if err != nil {
		return nil, err
	}
	_, pos, err := d.lookup(ts, key, h)
	if pos < 0 || err != nil {
		return nil, err
	}
	return d.entries[pos].value, nil
}

// GetStr returns d[name] for a str key, or nil when absent.
func (d *Dict) GetStr(name *Str) Object {
	v, _ := d.GetItem(nil, name) // str hashing and comparison run no Python code
	return v
}

// SetStr sets d[name] for a str key.
func (d *Dict) SetStr(name *Str, v Object) {
	d.SetItem(nil, name, v) // str hashing and comparison run no Python code
}

// SetItem sets d[key] = v.
func (d *Dict) SetItem(ts *Thread, key, v Object) error {
	h, err := Hash(ts, key)
	if err != nil {
		return err
	}
	slot, pos, err := d.lookup(ts, key, h)
	if err != nil {
		return err
	}
	if pos >= 0 {
		d.entries[pos].value = v
		return nil
	}
	if len(d.index) == 0 || (d.filled+1)*3 > len(d.index)*2 {
		d.resize()
		slot, _, _ = d.lookup(ts, key, h)
	}
	if d.index[slot] == slotEmpty {
		d.filled++
	}
	d.index[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{hash: h, key: key, value: v})
	d.live++
	d.keysVersion = 0
	return nil
}

// DelItem removes key, reporting whether it was present.
func (d *Dict) DelItem(ts *Thread, key Object) (bool, error) {
	h, err := Hash(ts, key)
	if err != nil {
		return false, err
	}
	slot, pos, err := d.lookup(ts, key, h)
	if pos < 0 || err != nil {
		return false, err
	}
	d.removeAt(slot, pos)
	return true, nil
}

// removeAt removes the entry at position pos, whose index slot is slot. Deleted entries keep
// their place (so iterators' positions stay valid) until the next resize compacts them.
func (d *Dict) removeAt(slot, pos int) {
	d.index[slot] = slotDummy
	d.entries[pos] = dictEntry{}
	d.live--
	d.keysVersion = 0
}

// Contains reports whether key is in d.
func (d *Dict) Contains(ts *Thread, key Object) (bool, error) {
	v, err := d.GetItem(ts, key)
	return v != nil, err
}

// resize rebuilds the index for the live entries, compacting them.
func (d *Dict) resize() {
	n := minDictSlots
	for n*2 < (d.live+1)*3 {
		n *= 2
	}
	live := make([]dictEntry, 0, n*2/3)
	for _, e := range d.entries {
		if e.key != nil {
			live = append(live, e)
		}
	}
	d.entries = live
	d.index = make([]int32, n)
	for i := range d.index {
		d.index[i] = slotEmpty
	}
	mask := uint64(n - 1)
	for pos, e := range live {
		perturb := uint64(e.hash)
		i := uint64(e.hash) & mask
		for d.index[i] != slotEmpty {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		d.index[i] = int32(pos)
	}
	d.filled = len(live)
	d.keysVersion = 0
}

// slotOf returns the index slot that refers to entry position pos.
func (d *Dict) slotOf(pos int) int {
	mask := uint64(len(d.index) - 1)
	h := d.entries[pos].hash
	perturb := uint64(h)
	i := uint64(h) & mask
	for d.index[i] != int32(pos) {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}

// Clear removes every item.
func (d *Dict) Clear() {
	*d = Dict{ext: d.ext}
}

// Copy returns a new exact dict with the same items, in the same order.
func (d *Dict) Copy() *Dict {
	c := &Dict{}
	if d.live == len(d.entries) && len(d.index) > 0 {
		// No deleted entries: the table can be copied as it is.
		c.entries = append([]dictEntry(nil), d.entries...)
		c.index = append([]int32(nil), d.index...)
		c.live, c.filled = d.live, d.filled
		return c
	}
	for _, e := range d.entries {
		if e.key != nil {
			c.insertNew(e.hash, e.key, e.value)
		}
	}
	return c
}

// insertNew adds a key known to be absent, with its hash.
func (d *Dict) insertNew(h int64, key, v Object) {
	if len(d.index) == 0 || (d.filled+1)*3 > len(d.index)*2 {
		d.resize()
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for d.index[i] != slotEmpty {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	d.index[i] = int32(len(d.entries))
	d.filled++
	d.entries = append(d.entries, dictEntry{hash: h, key: key, value: v})
	d.live++
	d.keysVersion = 0
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Object {
	keys := make([]Object, 0, d.live)
	for _, e := range d.entries {
		if e.key != nil {
			keys = append(keys, e.key)
		}
	}
	return keys
}

// Items calls f for each item in insertion order until f returns false.
func (d *Dict) Items(f func(key, value Object) bool) {
	for _, e := range d.entries {
		if e.key != nil && !f(e.key, e.value) {
			return
		}
	}
}

// NewDictFromPairs builds a dict from alternating keys and values.
func NewDictFromPairs(ts *Thread, kv []Object) (*Dict, error) {
	d := NewDict()
	for i := 0; i+1 < len(kv); i += 2 {
		if err := d.SetItem(ts, kv[i], kv[i+1]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// NewDictFromKeys builds a dict from a tuple of keys and the matching values.
func NewDictFromKeys(ts *Thread, keys *Tuple, values []Object) (*Dict, error) {
	d := NewDict()
	for i, k := range keys.items {
		if err := d.SetItem(ts, k, values[i]); err != nil {
			return nil, err
		}
	}
	return d, nil
}
