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
