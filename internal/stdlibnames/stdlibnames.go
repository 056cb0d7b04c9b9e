// Package stdlibnames lists the standard library's top-level module names, as CPython 3.13's
// sys.stdlib_module_names does.
package stdlibnames

import "sort"

// Names returns the names, sorted.
func Names() []string { return append([]string(nil), names...) }

// Contains reports whether name is a top-level module of the standard library.
func Contains(name string) bool {
	i := sort.SearchStrings(names, name)
	return i < len(names) && names[i] == name
}
