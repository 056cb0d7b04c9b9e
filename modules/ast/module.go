// Package ast is the _ast module: the node classes of Python's abstract syntax trees, and
// the conversions between Taipan's Go AST (package ast at the repository root) and trees of
// their instances, which compile() uses for PyCF_ONLY_AST and to compile AST objects.
package ast

import (
	"runtime"
	"sync"
	"weak"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _ast built-in module.
var Module = vm.BuiltinModule{Name: "_ast", Init: initModule}

// The compile() flags the module exports.
const (
	FlagOnlyAST            = 0x400
	FlagTypeComments       = 0x1000
	FlagAllowTopLevelAwait = 0x2000
	FlagOptimizedAST       = 0x8000 | FlagOnlyAST
)

// states maps each interpreter's _ast module to its classes. The module is held weakly, so
// that an interpreter that is done with leaves nothing behind here.
var states sync.Map // weak.Pointer[objects.Module] -> *state

func initModule(ts *objects.Thread, m *objects.Module) error {
	st, err := newState(ts)
	if err != nil {
		return err
	}
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	set("AST", st.ast)
	set("PyCF_ALLOW_TOP_LEVEL_AWAIT", objects.NewInt(FlagAllowTopLevelAwait))
	set("PyCF_ONLY_AST", objects.NewInt(FlagOnlyAST))
	set("PyCF_TYPE_COMMENTS", objects.NewInt(FlagTypeComments))
	set("PyCF_OPTIMIZED_AST", objects.NewInt(FlagOptimizedAST))
	for i := range classes {
		set(classes[i].name, st.byName[classes[i].name])
	}
	key := weak.Make(m)
	states.Store(key, st)
	runtime.AddCleanup(m, func(k weak.Pointer[objects.Module]) { states.Delete(k) }, key)
	return nil
}

// stateOf returns the classes of the _ast module of the interpreter running ts, importing
// the module if need be.
func stateOf(ts *objects.Thread) (*state, error) {
	m, ok, err := vm.ThreadOf(ts).Interp.ImportBuiltin(ts, "_ast")
	if err != nil {
		return nil, err
	}
	if ok {
		if st, found := states.Load(weak.Make(m)); found {
			return st.(*state), nil
		}
	}
	return nil, objects.Errorf(objects.SystemErrorType, "the _ast module is not available")
}
