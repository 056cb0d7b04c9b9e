package objects

// Extension is what an instance of a Python subclass of a built-in type carries beyond the
// built-in value: its class, its __dict__ and its __slots__ values. Such an instance is the
// same Go type as the built-in's instances, so every Go fast path that asserts the Go type
// (o.(*Int)) accepts subclass instances, as CPython's PyLong_Check does; instances of the
// built-in type itself have no extension and pay one nil pointer.
type Extension struct {
	// Class is the instance's Python class, a subclass of the built-in type.
	Class *Type
	// Dict is the instance's __dict__, nil when the class has none.
	Dict *Dict
	// SlotValues holds the values of the class's __slots__.
	SlotValues []Object
}

// classOr returns the extension's class, or builtin when there is no extension.
func (e *Extension) classOr(builtin *Type) *Type {
	if e == nil {
		return builtin
	}
	return e.Class
}
