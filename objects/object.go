// Package objects is Taipan's object model: the Object interface, types with their slots and
// version tags, the built-in types and the abstract protocols over them.
//
// Behaviour lives on *Type (so Python subclasses can override it); concrete Go types give the
// hot built-in types fast paths. objects imports nothing of the interpreter: where an object
// must run Python code, it does so through slots that the interpreter fills in.
package objects

// Object is a Python value. Every value knows its type.
type Object interface {
	Type() *Type
}

// Instance is an instance of a class whose built-in base is object: its class, its
// __dict__ (nil until first set, and always nil when the class has __slots__ without
// __dict__) and its __slots__ values.
type Instance struct {
	class *Type
	dict  *Dict
	// values holds the attributes inline, in the class's shared layout, while dict is nil
	// (see inlinevalues.go).
	values []Object
	slots  []Object
}

// Type returns the instance's class.
func (i *Instance) Type() *Type { return i.class }

// NewInstance returns a new instance of cls, a class whose built-in base is object, as
// object.__new__ makes it.
func NewInstance(cls *Type) *Instance {
	i := &Instance{class: cls}
	if cls.nSlots > 0 {
		i.slots = make([]Object, cls.nSlots)
	}
	watchFinalizer(i, cls)
	return i
}

// Dict returns the instance's __dict__, making it if need be (which moves inline attribute
// values into it); nil when the class gives its instances none.
func (i *Instance) Dict() *Dict {
	if i.class.Flags&TypeHasDict == 0 {
		return nil
	}
	i.materialize()
	if i.dict == nil {
		i.dict = NewDict()
	}
	return i.dict
}

// InstanceDict returns o's __dict__ when it has one made, else nil: the attribute
// specializations read instance attributes from it by position, checking its keys version.
// An instance holding its attributes inline gets its dict made (see InlineValue for reading
// those without one).
func InstanceDict(o Object) *Dict {
	if dp := instanceDict(o); dp != nil {
		return *dp
	}
	return nil
}
