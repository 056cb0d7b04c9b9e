package objects

// Inline attribute values: the instances of a class keep their attributes in a slice laid out
// by names the class shares among them (CPython's shared keys and inline values), not in a
// dict of their own, as long as they set their attributes in the class's order and delete
// none. Reading one then needs no hashing, an instance costs one small slice instead of a
// dict, and a specialized attribute load can cache (type version, index). The first time an
// instance's __dict__ is asked for, or its attributes leave the shared order, the values move
// into a real dict for good.

// maxInlineAttrs bounds a class's shared layout, as CPython bounds its shared keys.
const maxInlineAttrs = 30

// inlineLayout is the order of the attribute names a class's instances share. Names are only
// ever appended, so an index, once given, keeps its meaning.
type inlineLayout struct {
	names []*Str
}

// find returns the index of name, or -1.
func (l *inlineLayout) find(name *Str) int {
	if l == nil {
		return -1
	}
	for i, n := range l.names {
		if n == name || n.value == name.value {
			return i
		}
	}
	return -1
}

// InlineAttrIndex returns the index of the attribute name in the shared layout of t's
// instances, or -1: with the type's version tag, what a specialized attribute access caches.
func (t *Type) InlineAttrIndex(name *Str) int { return t.inline.find(name) }

// InlineValue returns the instance's attribute at index i of its class's shared layout, or
// nil when the instance does not hold it inline (it has a real __dict__, or has not set it).
func (i *Instance) InlineValue(idx int) Object {
	if i.dict != nil || idx < 0 || idx >= len(i.values) {
		return nil
	}
	return i.values[idx]
}

// inlineGet looks name up among the instance's inline values; ok is false when the instance
// keeps its attributes in a dict instead.
func (i *Instance) inlineGet(name *Str) (v Object, ok bool) {
	if i.dict != nil {
		return nil, false
	}
	idx := i.class.inline.find(name)
	if idx < 0 || idx >= len(i.values) {
		return nil, true
	}
	return i.values[idx], true
}

// inlineSet sets (v != nil) an attribute inline when the shared order allows it, reporting
// whether it did; otherwise the caller uses the dict.
func (i *Instance) inlineSet(name *Str, v Object) bool {
	if i.dict != nil || v == nil {
		return false
	}
	l := i.class.inline
	if l == nil {
		return false
	}
	idx := l.find(name)
	if idx < 0 && len(l.names) < maxInlineAttrs && len(i.values) == len(l.names) {
		l.names = append(l.names, name)
		idx = len(l.names) - 1
	}
	switch {
	case idx < 0:
		return false
	case idx < len(i.values):
		i.values[idx] = v
		return true
	case idx == len(i.values):
		i.values = append(i.values, v)
		return true
	}
	return false
}

// materialize moves the inline values into a real __dict__, in the order they were set.
func (i *Instance) materialize() {
	if i.dict != nil || i.values == nil {
		return
	}
	d := NewDict()
	for idx, v := range i.values {
		d.SetStr(i.class.inline.names[idx], v)
	}
	i.dict = d
	i.values = nil
}
