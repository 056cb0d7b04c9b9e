package objects

// The docstrings of the slot wrappers (int.__add__, gen.__next__...), as CPython's slotdefs
// give them.
var slotDocs = map[string]string{
	"__getattribute__": "Return getattr(self, name).", "__getattr__": "Return getattr(self, name).",
	"__setattr__": "Implement setattr(self, name, value).", "__delattr__": "Implement delattr(self, name).",
	"__repr__": "Return repr(self).", "__hash__": "Return hash(self).", "__call__": "Call self as a function.",
	"__str__": "Return str(self).", "__lt__": "Return self<value.", "__le__": "Return self<=value.",
	"__eq__": "Return self==value.", "__ne__": "Return self!=value.", "__gt__": "Return self>value.",
	"__ge__": "Return self>=value.", "__iter__": "Implement iter(self).", "__next__": "Implement next(self).",
	"__get__": "Return an attribute of instance, which is of type owner.",
	"__set__": "Set an attribute of instance to value.", "__delete__": "Delete an attribute of instance.",
	"__init__":  "Initialize self.  See help(type(self)) for accurate signature.",
	"__del__":   "Called when the instance is about to be destroyed.",
	"__await__": "Return an iterator to be used in await expression.",
	"__aiter__": "Return an awaitable, that resolves in asynchronous iterator.",
	"__anext__": "Return a value or raise StopAsyncIteration.",
	"__len__":   "Return len(self).", "__getitem__": "Return self[key].", "__setitem__": "Set self[key] to value.",
	"__delitem__": "Delete self[key].", "__contains__": "Return bool(key in self).",
	"__neg__": "-self", "__pos__": "+self", "__abs__": "abs(self)", "__bool__": "True if self else False",
	"__invert__": "~self", "__int__": "int(self)", "__float__": "float(self)",
	"__index__":  "Return self converted to an integer, if self is suitable for use as an index into a list.",
	"__divmod__": "Return divmod(self, value).", "__rdivmod__": "Return divmod(value, self).",
	"__pow__": "Return pow(self, value, mod).", "__rpow__": "Return pow(value, self, mod).",
	"__buffer__":         "Return a buffer object that exposes the underlying memory of the object.",
	"__release_buffer__": "Release the buffer object that exposes the underlying memory of the object.",
}

func init() {
	for _, op := range []struct{ name, sym string }{{"add", "+"}, {"sub", "-"}, {"mul", "*"}, {"mod", "%"},
		{"lshift", "<<"}, {"rshift", ">>"}, {"and", "&"}, {"xor", "^"}, {"or", "|"}, {"floordiv", "//"},
		{"truediv", "/"}, {"matmul", "@"}} {
		slotDocs["__"+op.name+"__"] = "Return self" + op.sym + "value."
		slotDocs["__r"+op.name+"__"] = "Return value" + op.sym + "self."
		slotDocs["__i"+op.name+"__"] = "Return self" + op.sym + "=value."
	}
	slotDocs["__ipow__"] = "Return self**=value."
	// In place + and * are the sequences' (sq_inplace_concat, sq_inplace_repeat), worded so.
	slotDocs["__iadd__"] = "Implement self+=value."
	slotDocs["__imul__"] = "Implement self*=value."
}

// slotDoc returns a slot wrapper's __doc__, None when it has none.
func slotDoc(name string) Object {
	if d, ok := slotDocs[name]; ok {
		return NewStr(d)
	}
	return None
}
