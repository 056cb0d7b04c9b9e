// Package opcode is CPython's _opcode module: what Lib/opcode.py and Lib/dis.py ask of the
// instruction set, answered from the metadata generated from defs/bytecodes.def.
package opcode

import (
	"github.com/taipanpy/taipan/internal/generated/opcode"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _opcode module.
var Module = vm.BuiltinModule{Name: "_opcode", Init: initModule}

// nbOpNames are the NB_* names of BINARY_OP's operands, in oparg order.
var nbOpNames = []string{"ADD", "AND", "FLOOR_DIVIDE", "LSHIFT", "MATRIX_MULTIPLY", "MULTIPLY",
	"REMAINDER", "OR", "POWER", "RSHIFT", "SUBTRACT", "TRUE_DIVIDE", "XOR"}

func initModule(ts *objects.Thread, m *objects.Module) error {
	defs := []objects.MethodDef{
		{Name: "stack_effect", Flags: objects.MethFastcall | objects.MethKeywords, Func: stackEffect},
		predicate("is_valid", opcode.IsValid),
		predicate("has_arg", opcode.HasArg),
		predicate("has_const", opcode.HasConst),
		predicate("has_name", opcode.HasName),
		predicate("has_jump", opcode.HasJump),
		predicate("has_free", opcode.HasFree),
		predicate("has_local", opcode.HasLocal),
		predicate("has_exc", func(op int) bool {
			return op == opcode.SETUP_FINALLY || op == opcode.SETUP_CLEANUP || op == opcode.SETUP_WITH
		}),
		{Name: "get_intrinsic1_descs", Flags: objects.MethNoArgs, Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
			return strList(vm.Intrinsic1Names()), nil
		}},
		{Name: "get_intrinsic2_descs", Flags: objects.MethNoArgs, Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
			return strList(vm.Intrinsic2Names()), nil
		}},
		{Name: "get_nb_ops", Flags: objects.MethNoArgs, Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
			var items []objects.Object
			for i := range 2 * len(nbOpNames) {
				name := "NB_" + nbOpNames[i%len(nbOpNames)]
				if i >= len(nbOpNames) {
					name = "NB_INPLACE_" + nbOpNames[i%len(nbOpNames)]
				}
				items = append(items, objects.NewTuple([]objects.Object{objects.NewStr(name), objects.NewStr(objects.BinaryOp(i).Symbol())}))
			}
			return objects.NewList(items), nil
		}},
		{Name: "get_executor", Flags: objects.MethFastcall | objects.MethKeywords, Func: getExecutor},
		{Name: "get_specialization_stats", Flags: objects.MethNoArgs, Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
			return objects.None, nil
		}},
	}
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	m.Dict.SetStr(objects.NewStr("ENABLE_SPECIALIZATION"), objects.NewInt(1))
	return nil
}

func strList(names []string) *objects.List {
	items := make([]objects.Object, len(names))
	for i, n := range names {
		items[i] = objects.NewStr(n)
	}
	return objects.NewList(items)
}

// predicate makes one of the has_* functions: false for anything but a valid opcode.
func predicate(name string, f func(int) bool) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethO,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			op, err := intArg(ts, args[0])
			if err != nil {
				return nil, err
			}
			return objects.NewBool(opcode.IsValid(op) && f(op)), nil
		}}
}

func intArg(ts *objects.Thread, o objects.Object) (int, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, ok := i.Int64()
	if !ok || v < -1<<31 || v >= 1<<31 {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(v), nil
}

var stackEffectArgs = objects.ArgParser{FuncName: "stack_effect", Params: []string{"opcode", "oparg", "jump"},
	PosOnly: 2, MinPos: 1, MaxPos: 2}

// stackEffect is stack_effect(opcode, oparg=None, /, *, jump=None), as CPython's compiler
// computes it: pushed minus popped, with the handler's view of the block-push pseudo-ops when
// jump is true.
func stackEffect(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [3]objects.Object
	if err := stackEffectArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	op, err := intArg(ts, v[0])
	if err != nil {
		return nil, err
	}
	oparg := 0
	if v[1] != nil && v[1] != objects.None {
		if oparg, err = intArg(ts, v[1]); err != nil {
			return nil, err
		}
	}
	jump := v[2] == objects.True
	if v[2] != nil && v[2] != objects.None && v[2] != objects.True && v[2] != objects.False {
		return nil, objects.Errorf(objects.ValueErrorType, "stack_effect: jump must be False, True or None")
	}
	invalid := objects.Errorf(objects.ValueErrorType, "invalid opcode or oparg")
	if op >= 0 && op <= 255 {
		if !opcode.IsValid(op) || int(opcode.Deopt[op]) != op {
			return nil, invalid
		}
		popped, pushed := opcode.NumPopped(op, oparg), opcode.NumPushed(op, oparg)
		if popped < 0 || pushed < 0 {
			return nil, invalid
		}
		return objects.NewInt(int64(pushed - popped)), nil
	}
	effect := 0
	switch op {
	case opcode.POP_BLOCK, opcode.JUMP, opcode.JUMP_NO_INTERRUPT:
	case opcode.SETUP_FINALLY, opcode.SETUP_WITH:
		if jump {
			effect = 1
		}
	case opcode.SETUP_CLEANUP:
		if jump {
			effect = 2
		}
	case opcode.STORE_FAST_MAYBE_NULL, opcode.LOAD_SUPER_METHOD, opcode.LOAD_ZERO_SUPER_METHOD, opcode.LOAD_ZERO_SUPER_ATTR:
		effect = -1
	case opcode.LOAD_CLOSURE, opcode.LOAD_METHOD:
		effect = 1
	default:
		return nil, invalid
	}
	return objects.NewInt(int64(effect)), nil
}

var getExecutorArgs = objects.ArgParser{FuncName: "get_executor", Params: []string{"code", "offset"}, MinPos: 2, MaxPos: 2}

// getExecutor is get_executor(code, offset): there are no tier-2 executors to return yet.
func getExecutor(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [2]objects.Object
	if err := getExecutorArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	if _, ok := v[0].(*objects.Code); !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "expected a code object, not '%s'", v[0].Type().Name)
	}
	return nil, objects.Errorf(objects.RuntimeErrorType, "Executors are not available in this build")
}
