package objects

import "reflect"

// idOf returns a number identifying o for its lifetime, as id() does: the address of the
// value behind the interface. Every built-in object is a pointer.
func idOf(o Object) uintptr {
	return reflect.ValueOf(o).Pointer()
}

// ID returns id(o).
func ID(o Object) uintptr { return idOf(o) }
