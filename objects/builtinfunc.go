package objects

// BuiltinFunctionType is the type of built-in functions and of built-in methods bound to
// their object: builtin_function_or_method.
var BuiltinFunctionType = newType("builtin_function_or_method", ObjectType)

// BuiltinFunction is a built-in function (len), or a built-in method bound to its object
// ("abc".upper) or class (dict.fromkeys).
type BuiltinFunction struct {
	Def *MethodDef
	// Self is __self__: the bound object, the module of a module's function, nil for a
	// static method.
	Self Object
	// Module is __module__ (nil for None): a module's functions carry the module's name.
	Module Object
}

// Type returns BuiltinFunctionType.
func (*BuiltinFunction) Type() *Type { return BuiltinFunctionType }

// NewBuiltinFunction returns a module's function: def bound to the module, whose name is
// its __module__.
func NewBuiltinFunction(def *MethodDef, module *Module) *BuiltinFunction {
	f := &BuiltinFunction{Def: def}
	if module != nil {
		f.Self = module
		f.Module = NewStr(module.moduleName())
	}
	return f
}

// isFunction reports whether f is a plain function (bound to a module or nothing) rather
// than a bound method.
func (f *BuiltinFunction) isFunction() bool {
	if f.Self == nil {
		return true
	}
	_, isModule := f.Self.(*Module)
	return isModule
}

// qualname is meth_get__qualname__: the name, prefixed by the class's qualified name for a
// method.
func (f *BuiltinFunction) qualname() string {
	if f.isFunction() {
		return f.Def.Name
	}
	t, ok := f.Self.(*Type)
	if !ok {
		t = f.Self.Type()
	}
	return t.QualName() + "." + f.Def.Name
}

func init() {
	t := BuiltinFunctionType
	t.Flags |= TypeFinal
	t.Slots.Call = func(ts *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		f := o.(*BuiltinFunction)
		self := f.Self
		if f.Def.Flags&MethStatic != 0 {
			self = nil // a static method gets no self, though it is bound to its type
		}
		return f.Def.call(ts, f, self, args, kwnames)
	}
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		f := o.(*BuiltinFunction)
		if f.isFunction() {
			return NewStr("<built-in function " + f.Def.Name + ">"), nil
		}
		return NewStr("<built-in method " + f.Def.Name + " of " + f.Self.Type().Name + " object at " + addressOf(f.Self) + ">"), nil
	}
	t.Slots.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*BuiltinFunction)
		y, ok := b.(*BuiltinFunction)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		eq := x.Def == y.Def && x.Self == y.Self
		return NewBool(eq == (op == CmpEQ)), nil
	}
	t.Slots.Hash = func(ts *Thread, o Object) (int64, error) {
		f := o.(*BuiltinFunction)
		h := int64(idOf(f.Self)>>4) ^ int64(uintptrOfDef(f.Def)>>4)
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	// meth_reduce: pickle saves a module's function by name, and a bound method as
	// getattr(self, name).
	t.Methods = append(t.Methods, MethodDef{Name: "__reduce__", Flags: MethNoArgs,
		Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			f := self.(*BuiltinFunction)
			if f.isFunction() {
				return NewStr(f.Def.Name), nil
			}
			var getattr Object
			if ts != nil && ts.builtins != nil {
				getattr = ts.builtins(ts).GetStr(NewStr("getattr"))
			}
			if getattr == nil {
				return nil, Errorf(RuntimeErrorType, "lost builtins.getattr")
			}
			return NewTuple([]Object{getattr, NewTuple([]Object{f.Self, NewStr(f.Def.Name)})}), nil
		}})
	t.GetSets = []GetSetDef{
		{Name: "__name__", Get: func(ts *Thread, o Object) (Object, error) {
			return NewStr(o.(*BuiltinFunction).Def.Name), nil
		}},
		{Name: "__qualname__", Get: func(ts *Thread, o Object) (Object, error) {
			return NewStr(o.(*BuiltinFunction).qualname()), nil
		}},
		{Name: "__self__", Get: func(ts *Thread, o Object) (Object, error) {
			// A static method's type is no self (PyCFunction_GET_SELF).
			if f := o.(*BuiltinFunction); f.Self != nil && f.Def.Flags&MethStatic == 0 {
				return f.Self, nil
			}
			return None, nil
		}},
		{Name: "__module__", Get: func(ts *Thread, o Object) (Object, error) {
			if m := o.(*BuiltinFunction).Module; m != nil {
				return m, nil
			}
			return None, nil
		}, Set: func(ts *Thread, o, v Object) error {
			o.(*BuiltinFunction).Module = v
			return nil
		}},
		{Name: "__doc__", Get: func(ts *Thread, o Object) (Object, error) {
			def := o.(*BuiltinFunction).Def
			return docText(def.Name, def.Doc), nil
		}},
		{Name: "__text_signature__", Get: func(ts *Thread, o Object) (Object, error) {
			def := o.(*BuiltinFunction).Def
			return textSignature(def.Name, def.Doc), nil
		}},
	}
}
