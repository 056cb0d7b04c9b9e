package objects

// The method cache: _PyType_Lookup's results keyed by (version tag, name), so that looking up
// an attribute on a type does not walk its MRO on a hit. Each thread has its own table (Go
// has no thread-local storage, and a shared table would need locking); a version tag
// changes whenever the type or one of its bases is modified, so an entry never goes stale.

// methodCacheBits sizes the table: 4096 entries, as CPython's.
const methodCacheBits = 12

type methodCacheEntry struct {
	version uint32
	name    string
	value   Object // nil records that the name is absent
}

type methodCache [1 << methodCacheBits]methodCacheEntry

// Lookup finds name in the namespaces of t's MRO without calling descriptors, as CPython's
// _PyType_Lookup; it returns nil when no class defines it. With a thread it consults the
// thread's method cache first, and does not allocate on a hit.
func (t *Type) Lookup(ts *Thread, name *Str) Object {
	if ts == nil {
		return t.lookupMRO(name)
	}
	if ts.methodCache == nil {
		ts.methodCache = new(methodCache)
	}
	version := t.VersionTag()
	e := &ts.methodCache[(uint32(name.Hash())^version)&(1<<methodCacheBits-1)] // a str caches its hash
	if e.version == version && e.name == name.value {
		return e.value
	}
	v := t.lookupMRO(name)
	*e = methodCacheEntry{version: version, name: name.value, value: v}
	return v
}

// lookupMRO walks the MRO.
func (t *Type) lookupMRO(name *Str) Object {
	mro := t.MRO
	if mro == nil {
		mro = []*Type{t} // a type being created
	}
	for _, c := range mro {
		if c.Dict == nil {
			continue
		}
		if v := c.Dict.GetStr(name); v != nil {
			return v
		}
	}
	return nil
}

// inheritsFrom reports whether t gets the attribute name from base rather than defining
// its own, as CPython's tests like `type->tp_new == PyList_Type.tp_new` do: a built-in
// rejects keyword arguments only when a subclass has not replaced the method that would
// take them.
func (t *Type) inheritsFrom(ts *Thread, base *Type, name string) bool {
	n := Intern(name)
	return t == base || t.Lookup(ts, n) == base.Lookup(ts, n)
}
