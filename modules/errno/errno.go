// Package errno is CPython's errno module: the system's error numbers and the errorcode
// dict mapping each number to its name.
package errno

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

//go:generate sh -c "cpython313 gen_names.py | gofmt > names.go"

// Module is the errno module.
var Module = vm.BuiltinModule{Name: "errno", Init: initModule}

func initModule(ts *objects.Thread, m *objects.Module) error {
	codes := objects.NewDict()
	for _, n := range names {
		m.Dict.SetStr(objects.NewStr(n.name), objects.NewInt(n.value))
	}
	for _, n := range names {
		name, ok := codeNames[n.value]
		if !ok {
			continue
		}
		if err := codes.SetItem(ts, objects.NewInt(n.value), objects.NewStr(name)); err != nil {
			return err
		}
	}
	m.Dict.SetStr(objects.NewStr("errorcode"), codes)
	m.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr("This module makes available standard errno system symbols.\n\nThe value of each symbol is the corresponding integer value,\ne.g., on most systems, errno.ENOENT equals the integer 2.\n\nThe dictionary errno.errorcode maps numeric codes to symbol names,\ne.g., errno.errorcode[2] could be the string 'ENOENT'.\n\nSymbols that are not relevant to the underlying system are not defined.\n\nTo map error codes to error messages, use the function os.strerror(),\ne.g. os.strerror(2) could return 'No such file or directory'."))
	return nil
}
