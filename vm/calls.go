package vm

import "github.com/taipanpy/taipan/objects"

// The helpers of calls, functions and classes. Function objects, classes and method lookup
// arrive with the object model's user-defined types; until then these report what is missing.

// LoadMethod looks up name on owner for a call. When the attribute is a plain function found
// on the type it returns the function and owner as self, saving a bound method; otherwise the
// attribute and nil.
func LoadMethod(ts *objects.Thread, owner objects.Object, name *objects.Str) (attr, self objects.Object, err error) {
	attr, isMethod, err := objects.GetMethod(ts, owner, name)
	if err != nil {
		return nil, nil, err
	}
	if isMethod {
		return attr, owner, nil
	}
	return attr, nil, nil
}

// LoadSuperAttr implements super().name and super(cls, self).name (LOAD_SUPER_ATTR): with oparg
// bit 1 the compiler passed the class and first argument of a zero-argument super(), and with
// bit 0 the attribute is wanted for a call (a plain function comes back with self, saving a
// bound method). The builtin super is looked through without making a super object.
func LoadSuperAttr(ts *objects.Thread, frame *Frame, globalSuper, class, self objects.Object, name *objects.Str, oparg int) (attr, selfOrNull objects.Object, err error) {
	if oparg&2 != 0 && globalSuper == objects.SuperType {
		if cls, ok := class.(*objects.Type); ok {
			if oparg&1 != 0 {
				return objects.SuperLookupMethod(ts, cls, self, name)
			}
			attr, err := objects.SuperGetAttr(ts, cls, self, name)
			return attr, nil, err
		}
	}
	var args []objects.Object
	if oparg&2 != 0 {
		args = []objects.Object{class, self}
	}
	sup, err := objects.Call(ts, globalSuper, args, nil)
	if err != nil {
		return nil, nil, err
	}
	attr, err = objects.GetAttr(ts, sup, name)
	return attr, nil, err
}

// IsBuiltinLen reports whether callable is the builtin len.
func IsBuiltinLen(ts *objects.Thread, callable objects.Object) bool {
	return callable == ThreadOf(ts).Interp.Builtins.GetStr(objects.NewStr("len")) && callable != nil
}

// CallFunctionEx calls callable(*callargs, **kwargs).
func CallFunctionEx(ts *objects.Thread, callable, callargs, kwargs objects.Object) (objects.Object, error) {
	var args []objects.Object
	// A tuple subclass may iterate its own way, so only an exact tuple is used as it is.
	switch a, exact := callargs.(*objects.Tuple); {
	case exact && a.Type() == objects.TupleType:
		args = a.Items()
	default:
		if callargs.Type().Slots.Iter == nil && callargs.Type().Slots.GetItem == nil {
			return nil, objects.Errorf(objects.TypeErrorType, "%s argument after * must be an iterable, not %s",
				objects.FunctionStr(ts, callable), callargs.Type().Name)
		}
		l := objects.NewList(nil)
		if err := ListExtend(ts, l, callargs); err != nil {
			return nil, err
		}
		args = l.Items()
	}
	if kwargs == nil {
		return objects.Call(ts, callable, args, nil)
	}
	kw, ok := kwargs.(*objects.Dict)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "%s argument after ** must be a mapping, not %s",
			objects.FunctionStr(ts, callable), kwargs.Type().Name)
	}
	all := append([]objects.Object(nil), args...)
	var names []objects.Object
	strKeys := true
	kw.Items(func(k, v objects.Object) bool {
		if _, strKeys = k.(*objects.Str); !strKeys {
			return false
		}
		names = append(names, k)
		all = append(all, v)
		return true
	})
	if !strKeys {
		return nil, objects.Errorf(objects.TypeErrorType, "keywords must be strings")
	}
	return objects.Call(ts, callable, all, objects.NewTuple(names))
}

// CallIntrinsic1 runs the one-argument intrinsic function number which.
func CallIntrinsic1(ts *objects.Thread, frame *Frame, which int, v objects.Object) (objects.Object, error) {
	switch which {
	case intrinsicListToTuple:
		return objects.NewTuple(v.(*objects.List).Items()), nil
	case intrinsicPrint:
		return displayHook(ts, v)
	case intrinsicUnaryPositive:
		return objects.Positive(ts, v)
	case intrinsicStopIterationError:
		return stopIterationError(frame, v), nil
	case intrinsicImportStar:
		return objects.None, importStar(ts, frame, v)
	case intrinsicAsyncGenWrap:
		return &asyncGenWrapped{value: v}, nil
	case intrinsicTypeVar, intrinsicParamSpec, intrinsicTypeVarTuple:
		name, ok := v.(*objects.Str)
		if !ok {
			return nil, objects.Errorf(objects.SystemErrorType, "%s expects a name", intrinsic1Names[which])
		}
		kind := objects.TypeParamKind(which - intrinsicTypeVar)
		return objects.NewTypeParam(kind, name, nil, nil), nil
	case intrinsicSubscriptGeneric:
		return objects.GenericClassParams(ts, v)
	case intrinsicTypeAlias:
		return objects.MakeTypeAlias(v)
	}
	return nil, notYet("intrinsic function " + intrinsic1Names[which%len(intrinsic1Names)])
}

// CallIntrinsic2 runs the two-argument intrinsic function number which.
func CallIntrinsic2(ts *objects.Thread, frame *Frame, which int, v2, v1 objects.Object) (objects.Object, error) {
	switch which {
	case intrinsicPrepReraiseStar:
		// v2 is the exception the try raised, v1 the list of what its except* clauses raised
		// or re-raised: what goes on unwinding after the try.
		l, ok := v1.(*objects.List)
		if !ok {
			return nil, objects.Errorf(objects.SystemErrorType, "INTRINSIC_PREP_RERAISE_STAR expects a list")
		}
		return objects.PrepReraiseStar(ts, v2, l.Items())
	case intrinsicTypeVarWithBound, intrinsicTypeVarWithConstraints:
		name, ok := v2.(*objects.Str)
		if !ok {
			return nil, objects.Errorf(objects.SystemErrorType, "%s expects a name", intrinsic2Names[which])
		}
		if which == intrinsicTypeVarWithBound {
			return objects.NewTypeParam(objects.KindTypeVar, name, v1, nil), nil
		}
		return objects.NewTypeParam(objects.KindTypeVar, name, nil, v1), nil
	case intrinsicSetFunctionTypeParams:
		f, ok := v2.(*objects.Function)
		tp, ok2 := v1.(*objects.Tuple)
		if !ok || !ok2 {
			return nil, objects.Errorf(objects.SystemErrorType, "INTRINSIC_SET_FUNCTION_TYPE_PARAMS expects a function and a tuple")
		}
		f.TypeParams = tp
		return f, nil
	case intrinsicSetTypeparamDefault:
		return objects.SetTypeParamDefault(v2, v1)
	}
	return nil, notYet("intrinsic function " + intrinsic2Names[which%len(intrinsic2Names)])
}

// The intrinsic functions of CALL_INTRINSIC_2, numbered as CPython 3.13 numbers them.
const (
	intrinsic2Invalid = iota
	intrinsicPrepReraiseStar
	intrinsicTypeVarWithBound
	intrinsicTypeVarWithConstraints
	intrinsicSetFunctionTypeParams
	intrinsicSetTypeparamDefault
)

// The intrinsic functions of CALL_INTRINSIC_1, numbered as CPython 3.13 numbers them.
const (
	intrinsicInvalid = iota
	intrinsicPrint
	intrinsicImportStar
	intrinsicStopIterationError
	intrinsicAsyncGenWrap
	intrinsicUnaryPositive
	intrinsicListToTuple
	intrinsicTypeVar
	intrinsicParamSpec
	intrinsicTypeVarTuple
	intrinsicSubscriptGeneric
	intrinsicTypeAlias
)

// Intrinsic1Names and Intrinsic2Names name the intrinsic functions by number, as
// _opcode.get_intrinsic1_descs() and get_intrinsic2_descs() list them.
func Intrinsic1Names() []string { return append([]string(nil), intrinsic1Names...) }

// Intrinsic2Names names the CALL_INTRINSIC_2 functions by number.
func Intrinsic2Names() []string { return append([]string(nil), intrinsic2Names...) }

var intrinsic1Names = []string{"INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
	"INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE",
	"INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE",
	"INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS"}

var intrinsic2Names = []string{"INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR",
	"INTRINSIC_TYPEVAR_WITH_BOUND", "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
	"INTRINSIC_SET_FUNCTION_TYPE_PARAMS", "INTRINSIC_SET_TYPEPARAM_DEFAULT"}

// LoadBuildClass loads builtins.__build_class__.
func LoadBuildClass(ts *objects.Thread, frame *Frame) (objects.Object, error) {
	if v := frame.Builtins.GetStr(objects.NewStr("__build_class__")); v != nil {
		return v, nil
	}
	return nil, objects.Errorf(objects.NameErrorType, "__build_class__ not found")
}

// stopIterationError is PEP 479's rule, applied by the handler the compiler wraps around
// generator bodies: a StopIteration (StopAsyncIteration in an async generator) escaping the
// body becomes a RuntimeError caused by it; any other exception passes unchanged.
func stopIterationError(frame *Frame, v objects.Object) objects.Object {
	exc, ok := v.(*objects.BaseException)
	if !ok {
		return v
	}
	flags := frame.Code.Flags
	var msg string
	switch {
	case exc.Type().IsSubtype(objects.StopIterationType):
		switch {
		case flags&objects.CodeGenerator != 0:
			msg = "generator raised StopIteration"
		case flags&objects.CodeCoroutine != 0:
			msg = "coroutine raised StopIteration"
		case flags&objects.CodeAsyncGenerator != 0:
			msg = "async generator raised StopIteration"
		}
	case exc.Type().IsSubtype(objects.StopAsyncIterationType) && flags&objects.CodeAsyncGenerator != 0:
		msg = "async generator raised StopAsyncIteration"
	}
	if msg == "" {
		return v
	}
	err := objects.Errorf(objects.RuntimeErrorType, "%s", msg)
	err.SetCause(exc)
	err.SetContext(exc)
	return err
}

// displayHook is INTRINSIC_PRINT, an interactive statement's value: sys.displayhook(v).
func displayHook(ts *objects.Thread, v objects.Object) (objects.Object, error) {
	sys, ok := ThreadOf(ts).Interp.Modules.GetStr(objects.NewStr("sys")).(*objects.Module)
	if !ok {
		return nil, objects.Errorf(objects.RuntimeErrorType, "lost sys.displayhook")
	}
	hook := sys.Dict.GetStr(objects.NewStr("displayhook"))
	if hook == nil || hook == objects.None {
		return nil, objects.Errorf(objects.RuntimeErrorType, "lost sys.displayhook")
	}
	if _, err := objects.Call(ts, hook, []objects.Object{v}, nil); err != nil {
		return nil, err
	}
	return objects.None, nil
}
