// Package operator is CPython's _operator module: the functions of the intrinsic operators
// and the itemgetter, attrgetter and methodcaller classes that Lib/operator.py takes from it.
package operator

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _operator module.
var Module = vm.BuiltinModule{Name: "_operator", Init: initModule}

type fn1 func(ts *objects.Thread, a objects.Object) (objects.Object, error)
type fn2 func(ts *objects.Thread, a, b objects.Object) (objects.Object, error)

// unary makes a function of one positional argument.
func unary(name string, f fn1) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethO,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return f(ts, args[0])
		}}
}

// binary makes a function of two positional arguments.
func binary(name string, f fn2) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethFastcall,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			if err := objects.CheckPositional(name, len(args), 2, 2); err != nil {
				return nil, err
			}
			return f(ts, args[0], args[1])
		}}
}

func binop(op objects.BinaryOp) fn2 {
	return func(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
		return objects.Binary(ts, a, b, op)
	}
}

func compare(op objects.CompareOp) fn2 {
	return func(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
		return objects.Compare(ts, a, b, op)
	}
}

func initModule(ts *objects.Thread, m *objects.Module) error {
	defs := []objects.MethodDef{
		unary("abs", objects.Absolute),
		unary("neg", objects.Negative),
		unary("pos", objects.Positive),
		unary("inv", objects.Invert),
		unary("invert", objects.Invert),
		unary("index", func(ts *objects.Thread, a objects.Object) (objects.Object, error) { return objects.Index(ts, a) }),
		unary("truth", truth(false)),
		unary("not_", truth(true)),
		binary("is_", func(_ *objects.Thread, a, b objects.Object) (objects.Object, error) {
			return objects.NewBool(a == b), nil
		}),
		binary("is_not", func(_ *objects.Thread, a, b objects.Object) (objects.Object, error) {
			return objects.NewBool(a != b), nil
		}),
		binary("lt", compare(objects.CmpLT)),
		binary("le", compare(objects.CmpLE)),
		binary("eq", compare(objects.CmpEQ)),
		binary("ne", compare(objects.CmpNE)),
		binary("gt", compare(objects.CmpGT)),
		binary("ge", compare(objects.CmpGE)),
		binary("add", binop(objects.OpAdd)),
		binary("and_", binop(objects.OpAnd)),
		binary("floordiv", binop(objects.OpFloorDivide)),
		binary("lshift", binop(objects.OpLshift)),
		binary("matmul", binop(objects.OpMatrixMultiply)),
		binary("mod", binop(objects.OpRemainder)),
		binary("mul", binop(objects.OpMultiply)),
		binary("or_", binop(objects.OpOr)),
		binary("pow", func(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
			return objects.Power(ts, a, b, nil)
		}),
		binary("rshift", binop(objects.OpRshift)),
		binary("sub", binop(objects.OpSubtract)),
		binary("truediv", binop(objects.OpTrueDivide)),
		binary("xor", binop(objects.OpXor)),
		binary("iadd", binop(objects.OpInplaceAdd)),
		binary("iand", binop(objects.OpInplaceAnd)),
		binary("ifloordiv", binop(objects.OpInplaceFloorDivide)),
		binary("ilshift", binop(objects.OpInplaceLshift)),
		binary("imatmul", binop(objects.OpInplaceMatrixMultiply)),
		binary("imod", binop(objects.OpInplaceRemainder)),
		binary("imul", binop(objects.OpInplaceMultiply)),
		binary("ior", binop(objects.OpInplaceOr)),
		binary("ipow", binop(objects.OpInplacePower)),
		binary("irshift", binop(objects.OpInplaceRshift)),
		binary("isub", binop(objects.OpInplaceSubtract)),
		binary("itruediv", binop(objects.OpInplaceTrueDivide)),
		binary("ixor", binop(objects.OpInplaceXor)),
		binary("concat", concat(objects.OpAdd)),
		binary("iconcat", concat(objects.OpInplaceAdd)),
		binary("contains", func(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
			ok, err := objects.Contains(ts, a, b)
			if err != nil {
				return nil, err
			}
			return objects.NewBool(ok), nil
		}),
		binary("countOf", countOf),
		binary("indexOf", indexOf),
		binary("getitem", objects.GetItem),
		binary("delitem", func(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
			return objects.None, objects.DelItem(ts, a, b)
		}),
		{Name: "setitem", Flags: objects.MethFastcall, Func: setitem},
		{Name: "length_hint", Flags: objects.MethFastcall, Func: lengthHint},
		{Name: "call", Flags: objects.MethFastcall | objects.MethKeywords, Func: call},
		binary("_compare_digest", compareDigest),
	}
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	m.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."))
	return addGetters(ts, m)
}

func truth(negate bool) fn1 {
	return func(ts *objects.Thread, a objects.Object) (objects.Object, error) {
		t, err := objects.IsTrue(ts, a)
		if err != nil {
			return nil, err
		}
		return objects.NewBool(t != negate), nil
	}
}

// isSequence is PySequence_Check: o supports indexing and is not a mapping.
func isSequence(o objects.Object) bool {
	t := o.Type()
	return t.Slots.GetItem != nil && !t.IsSubtype(objects.DictType)
}

func concat(op objects.BinaryOp) fn2 {
	return func(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
		if !isSequence(a) {
			return nil, objects.Errorf(objects.TypeErrorType, "'%s' object can't be concatenated", a.Type().Name)
		}
		return objects.Binary(ts, a, b, op)
	}
}

// search walks the iterable seq, calling found with the index of each item identical or
// equal to v until it returns false.
func search(ts *objects.Thread, seq, v objects.Object, found func(i int) bool) error {
	it, err := objects.GetIter(ts, seq)
	if err != nil {
		if e, ok := err.(*objects.BaseException); ok && e.Type().IsSubtype(objects.TypeErrorType) {
			return objects.Errorf(objects.TypeErrorType, "argument of type '%s' is not iterable", seq.Type().Name)
		}
		return err
	}
	for i := 0; ; i++ {
		item, err := objects.Next(ts, it)
		if item == nil || err != nil {
			return err
		}
		eq := item == v
		if !eq {
			if eq, err = objects.Equal(ts, item, v); err != nil {
				return err
			}
		}
		if eq && !found(i) {
			return nil
		}
	}
}

func countOf(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
	n := 0
	err := search(ts, a, b, func(int) bool { n++; return true })
	if err != nil {
		return nil, err
	}
	return objects.NewInt(int64(n)), nil
}

func indexOf(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
	at := -1
	err := search(ts, a, b, func(i int) bool { at = i; return false })
	if err != nil {
		return nil, err
	}
	if at < 0 {
		return nil, objects.Errorf(objects.ValueErrorType, "sequence.index(x): x not in sequence")
	}
	return objects.NewInt(int64(at)), nil
}

func setitem(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("setitem", len(args), 3, 3); err != nil {
		return nil, err
	}
	return objects.None, objects.SetItem(ts, args[0], args[1], args[2])
}

// call is call(obj, /, *args, **kwargs).
func call(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	if n := len(args) - kwnames.Len(); n < 1 {
		return nil, objects.Errorf(objects.TypeErrorType, "call expected at least 1 argument, got %d", n)
	}
	return objects.Call(ts, args[0], args[1:], kwnames)
}

// lengthHint is length_hint(obj, default=0, /): len(obj), else obj.__length_hint__(), else
// default.
func lengthHint(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("length_hint", len(args), 1, 2); err != nil {
		return nil, err
	}
	dflt := objects.Object(objects.NewInt(0))
	if len(args) == 2 {
		dflt = args[1]
		if _, ok := dflt.(*objects.Int); !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", dflt.Type().Name)
		}
	}
	o := args[0]
	if o.Type().Slots.Len != nil {
		n, err := objects.Len(ts, o)
		if err == nil {
			return objects.NewInt(int64(n)), nil
		}
		if e, ok := err.(*objects.BaseException); !ok || !e.Type().IsSubtype(objects.TypeErrorType) {
			return nil, err
		}
	}
	hint, err := objects.LookupSpecial(ts, o, objects.NewStr("__length_hint__"))
	if err != nil {
		return nil, err
	}
	if hint == nil {
		return dflt, nil
	}
	r, err := objects.Call(ts, hint, nil, nil)
	if err != nil {
		if e, ok := err.(*objects.BaseException); ok && e.Type().IsSubtype(objects.TypeErrorType) {
			return dflt, nil
		}
		return nil, err
	}
	if r == objects.NotImplemented {
		return dflt, nil
	}
	n, ok := r.(*objects.Int)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "__length_hint__ must be an integer, not %s", r.Type().Name)
	}
	if n.Sign() < 0 {
		return nil, objects.Errorf(objects.ValueErrorType, "__length_hint__() should return >= 0")
	}
	if _, small := n.Int64(); !small {
		return nil, objects.Errorf(objects.OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return n, nil
}

// compareDigest is _compare_digest(a, b): a comparison of ASCII strs or bytes-like objects
// whose time depends on the length of b only.
func compareDigest(_ *objects.Thread, a, b objects.Object) (objects.Object, error) {
	var x, y string
	sa, aStr := a.(*objects.Str)
	sb, bStr := b.(*objects.Str)
	switch {
	case aStr && bStr:
		x, y = sa.Value(), sb.Value()
		for _, s := range []string{x, y} {
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					return nil, objects.Errorf(objects.TypeErrorType, "comparing strings with non-ASCII characters is not supported")
				}
			}
		}
	default:
		var ok, ok2 bool
		x, ok = bytesOf(a)
		y, ok2 = bytesOf(b)
		if !ok && !ok2 {
			return nil, objects.Errorf(objects.TypeErrorType, "unsupported operand types(s) or combination of types: '%s' and '%s'", a.Type().Name, b.Type().Name)
		}
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", a.Type().Name)
		}
		if !ok2 {
			return nil, objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", b.Type().Name)
		}
	}
	// Walk b whole whatever a holds, so that the time says nothing of where they differ.
	var diff byte
	if len(x) != len(y) {
		diff = 1
		x = y
	}
	for i := 0; i < len(y); i++ {
		diff |= x[i] ^ y[i]
	}
	return objects.NewBool(diff == 0), nil
}

func bytesOf(o objects.Object) (string, bool) {
	switch v := o.(type) {
	case *objects.Bytes:
		return v.Value(), true
	case *objects.ByteArray:
		return string(v.Bytes()), true
	}
	return "", false
}
