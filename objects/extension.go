package objects

// Extension is what an instance of a Python subclass of a built-in type carries beyond the
// built-in value: its class, its __dict__ and its __slots__ values. Such an instance is the
// same Go type as the built-in's instances, so every Go fast path that asserts the Go type
// (o.(*Int)) accepts subclass instances, as CPython's PyLong_Check does; instances of the
// built-in type itself have no extension and pay one nil pointer.
type Extension struct {
	// Class is the instance's Python class, a subclass of the built-in type.
	Class *Type
	// Dict is the instance's __dict__, nil when the class has none or it is not made yet.
	Dict *Dict
	// SlotValues holds the values of the class's __slots__ (nil for an unset slot).
	SlotValues []Object
	// State is what a module's type deriving from a built-in type keeps in its instances
	// besides the built-in value (collections.defaultdict's default_factory).
	State any
	// finalizerSet records that the instance has its __del__ finalizer.
	finalizerSet bool
}

// ExtensionOf returns o's extension: nil for an instance of a built-in type itself.
func ExtensionOf(o Object) *Extension {
	if x, ok := o.(extended); ok {
		return x.extension()
	}
	return nil
}

// NewExtension returns the extension of a new instance of cls, a class deriving from a
// built-in type: a built-in type's constructor calls it when asked for an instance of a
// subclass (cls != its own type), and stores it in the instance.
func NewExtension(cls *Type) *Extension {
	e := &Extension{Class: cls}
	if cls.nSlots > 0 {
		e.SlotValues = make([]Object, cls.nSlots)
	}
	return e
}

// classOr returns the extension's class, or builtin when there is no extension.
func (e *Extension) classOr(builtin *Type) *Type {
	if e == nil {
		return builtin
	}
	return e.Class
}

// extended is implemented by the Go types whose values may carry an Extension.
type extended interface {
	extension() *Extension
	setExtension(*Extension)
}

func (i *Int) extension() *Extension              { return i.ext }
func (i *Int) setExtension(e *Extension)          { i.ext = e }
func (f *Float) extension() *Extension            { return f.ext }
func (f *Float) setExtension(e *Extension)        { f.ext = e }
func (s *Str) extension() *Extension              { return s.ext }
func (s *Str) setExtension(e *Extension)          { s.ext = e }
func (t *Tuple) extension() *Extension            { return t.ext }
func (t *Tuple) setExtension(e *Extension)        { t.ext = e }
func (l *List) extension() *Extension             { return l.ext }
func (l *List) setExtension(e *Extension)         { l.ext = e }
func (d *Dict) extension() *Extension             { return d.ext }
func (d *Dict) setExtension(e *Extension)         { d.ext = e }
func (s *Set) extension() *Extension              { return s.ext }
func (s *Set) setExtension(e *Extension)          { s.ext = e }
func (c *ClassMethod) extension() *Extension      { return c.ext }
func (c *ClassMethod) setExtension(e *Extension)  { c.ext = e }
func (s *StaticMethod) extension() *Extension     { return s.ext }
func (s *StaticMethod) setExtension(e *Extension) { s.ext = e }
func (p *Property) extension() *Extension         { return p.ext }
func (p *Property) setExtension(e *Extension)     { p.ext = e }
func (s *Super) extension() *Extension            { return s.ext }
func (s *Super) setExtension(e *Extension)        { s.ext = e }
func (c *Complex) extension() *Extension          { return c.ext }
func (c *Complex) setExtension(e *Extension)      { c.ext = e }
func (b *Bytes) extension() *Extension            { return b.ext }
func (b *Bytes) setExtension(e *Extension)        { b.ext = e }
func (b *ByteArray) extension() *Extension        { return b.ext }
func (b *ByteArray) setExtension(e *Extension)    { b.ext = e }

// instanceDict returns a pointer to the place holding o's __dict__ (which may still be nil,
// made on first use), or nil when o's instances have no __dict__.
func instanceDict(o Object) **Dict {
	switch v := o.(type) {
	case *Instance:
		if v.class.Flags&TypeHasDict == 0 {
			return nil
		}
		v.materialize() // whoever asks for the dict may change it behind the inline values
		return &v.dict
	case dictHolder:
		return v.dictPtr()
	case DictOwner:
		return v.InstanceDictPtr()
	case extended:
		if e := v.extension(); e != nil && e.Class.Flags&TypeHasDict != 0 {
			return &e.Dict
		}
	}
	return nil
}

// dictHolder is implemented by built-in types whose instances always have a __dict__
// (functions, modules' namespaces are handled by the module type itself).
type dictHolder interface {
	dictPtr() **Dict
}

// DictOwner is implemented by the Go types of built-in modules' classes whose instances
// carry a __dict__ (the _io classes): InstanceDictPtr returns the place holding it, which
// may still be nil, made on first use.
type DictOwner interface {
	InstanceDictPtr() **Dict
}

// slotValues returns o's __slots__ values, or nil.
func slotValues(o Object) []Object {
	switch v := o.(type) {
	case *Instance:
		return v.slots
	case extended:
		if e := v.extension(); e != nil {
			return e.SlotValues
		}
	}
	return nil
}

// Extensible, embedded in the Go value of a type defined outside this package (a module's
// type, such as _collections.deque), lets Python classes derive from that type: it holds a
// subclass instance's extension as the package's own types' values do, so that its __dict__,
// __slots__ and __class__ assignment work the same.
type Extensible struct{ ext *Extension }

func (x *Extensible) extension() *Extension     { return x.ext }
func (x *Extensible) setExtension(e *Extension) { x.ext = e }

// Extend gives a new instance the extension of cls, its class, unless cls is builtin itself.
func (x *Extensible) Extend(cls, builtin *Type) {
	if cls != builtin {
		x.ext = NewExtension(cls)
	}
}

// ExtendAlways gives a new instance the extension of cls even when cls is the module's type
// itself: a type whose own instances have a __dict__ (TypeHasDict, DictGetSet among its
// GetSets) keeps it there.
func (x *Extensible) ExtendAlways(cls *Type) { x.ext = NewExtension(cls) }

// DictGetSet is the __dict__ attribute of instances that have one, for the GetSets of a
// module's type whose own instances have a __dict__.
var DictGetSet = instanceDictGetSet

// ClassOr returns the instance's class: its extension's, or builtin when it has none.
func (x *Extensible) ClassOr(builtin *Type) *Type { return x.ext.classOr(builtin) }
