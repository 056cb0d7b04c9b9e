package taipan

import (
	"github.com/taipanpy/taipan/internal/generated/tier1"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Interpreter is a Python interpreter with one thread.
type Interpreter struct {
	interp *vm.Interpreter
	thread *vm.Thread
}

// New returns an interpreter running the generated tier-1 loop.
func New() *Interpreter {
	interp := vm.NewInterpreter(&vm.Runtime{}, tier1.Run)
	return &Interpreter{interp: interp, thread: vm.NewThread(interp)}
}

// RunCode runs code as a module body with globals as its namespace and returns its result.
// A Python exception comes back as the error, an *objects.BaseException. No Go panic escapes:
// an internal failure (a malformed code object, a runtime bug) becomes a SystemError.
func (i *Interpreter) RunCode(code *objects.Code, globals *objects.Dict) (result objects.Object, err error) {
	defer func() {
		if r := recover(); r != nil {
			result, err = nil, objects.Errorf(objects.SystemErrorType, "internal error running %s: %v", code.Qualname, r)
		}
	}()
	return i.thread.RunModuleCode(code, globals)
}
