package symtable

import "strings"

// Mangle applies private-name mangling: inside class private, a name __x
// becomes _private__x. Dunder names (__x__), dotted names (only import
// statements produce them) and classes named only with underscores are left
// alone, as CPython's _Py_Mangle does. An empty private means "not in a class".
func Mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") {
		return name
	}
	if strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	stripped := strings.TrimLeft(private, "_")
	if stripped == "" {
		return name
	}
	return "_" + stripped + name
}

// MaybeMangle is Mangle as seen from scope e. The type-parameter scope of a
// generic class mangles only the names of its type parameters, so that a
// private type parameter can be used in the class body while other names in
// its bases stay as written (CPython's _Py_MaybeMangle).
func MaybeMangle(private string, e *Entry, name string) string {
	if e != nil && e.mangledNames != nil && !e.mangledNames[name] {
		return name
	}
	return Mangle(private, name)
}
