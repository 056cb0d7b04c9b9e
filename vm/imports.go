package vm

import "github.com/taipanpy/taipan/objects"

// ImportName implements import name: it returns the module (the top-level package when
// fromlist is empty).
func ImportName(ts *objects.Thread, frame *Frame, name *objects.Str, fromlist, level objects.Object) (objects.Object, error) {
	return nil, notYet("import")
}

// ImportFrom implements from module import name.
func ImportFrom(ts *objects.Thread, module objects.Object, name *objects.Str) (objects.Object, error) {
	return nil, notYet("import")
}
