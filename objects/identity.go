package objects

import (
	"reflect"
	"unsafe"
)

// idOf returns a number identifying o for its lifetime, as id() does: the address of the
// value behind the interface. Every built-in object is a pointer.
func idOf(o Object) uintptr {
	if o == nil {
		return 0
	}
	return reflect.ValueOf(o).Pointer()
}

// ID returns id(o).
func ID(o Object) uintptr { return idOf(o) }

// uintptrOfDef identifies a method definition, for hashing bound built-in methods.
func uintptrOfDef(d *MethodDef) uintptr { return uintptr(unsafe.Pointer(d)) }
