package vm

import (
	"path/filepath"
	"strings"

	"github.com/taipanpy/taipan/objects"
)

// FindModuleSource locates the source of module name without running it, as `python -m` needs:
// its parent packages are imported, then the module is looked for along sys.path (or the
// parent's __path__). It returns the file and whether the module is a package (whose
// __init__.py the file then is); "" when there is no such source module.
func (interp *Interpreter) FindModuleSource(ts *objects.Thread, name string) (file string, isPackage bool, err error) {
	path := interp.sysPath(ts)
	child := name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent, err := interp.importModule(ts, name[:i])
		if err != nil {
			return "", false, err
		}
		p, ok := moduleAttr(parent, "__path__")
		if !ok {
			return "", false, nil
		}
		path = strList(ts, p)
		child = name[i+1:]
	}
	for _, dir := range path {
		if dir == "" {
			dir = "."
		}
		if init := filepath.Join(dir, child, "__init__.py"); isFile(init) {
			return absPath(init), true, nil
		}
		if f := filepath.Join(dir, child+".py"); isFile(f) {
			return absPath(f), false, nil
		}
	}
	return "", false, nil
}
