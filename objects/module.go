package objects

// ModuleType is the type of modules.
var ModuleType = newType("module", ObjectType)

// Module is a Python module: a namespace dict, which is also its __dict__.
type Module struct {
	// Dict is the module's namespace, its globals.
	Dict *Dict
	ext  *Extension
	// Builtin marks a module written in Go, which repr calls "(built-in)".
	Builtin bool
}

// Type returns ModuleType or the subclass.
func (m *Module) Type() *Type { return m.ext.classOr(ModuleType) }

func (m *Module) dictPtr() **Dict { return &m.Dict }

func (m *Module) extension() *Extension     { return m.ext }
func (m *Module) setExtension(e *Extension) { m.ext = e }

// NewModule returns a module named name with a fresh namespace holding __name__, __doc__
// (None), __package__, __loader__ and __spec__ (None), as types.ModuleType(name) makes it.
func NewModule(name string) *Module {
	m := &Module{Dict: NewDict()}
	m.initDict(NewStr(name), None)
	return m
}

func (m *Module) initDict(name, doc Object) {
	m.Dict.SetStr(NewStr("__name__"), name)
	m.Dict.SetStr(NewStr("__doc__"), doc)
	m.Dict.SetStr(NewStr("__package__"), None)
	m.Dict.SetStr(NewStr("__loader__"), None)
	m.Dict.SetStr(NewStr("__spec__"), None)
}

// moduleName returns the module's __name__ for messages.
func (m *Module) moduleName() string {
	if s, ok := m.Dict.GetStr(NewStr("__name__")).(*Str); ok {
		return s.value
	}
	return "?"
}

var moduleArgs = ArgParser{FuncName: "module", Params: []string{"name", "doc"}, MinPos: 1, MaxPos: 2}

// moduleGetAttr is module.__getattribute__: the generic lookup, then the module's own
// __getattr__ (PEP 562), then "module 'm' has no attribute 'x'".
func moduleGetAttr(ts *Thread, o Object, name *Str) (Object, error) {
	v, err := GenericGetAttr(ts, o, name)
	if err == nil || !IsAttributeError(err) {
		return v, err
	}
	m := o.(*Module)
	if getattr := m.Dict.GetStr(NewStr("__getattr__")); getattr != nil {
		return Call(ts, getattr, []Object{name}, nil)
	}
	if _, ok := m.Dict.GetStr(NewStr("__name__")).(*Str); !ok {
		return nil, newAttributeError(o, name, "module has no attribute '"+name.value+"'")
	}
	return nil, newAttributeError(o, name, "module '"+m.moduleName()+"' has no attribute '"+name.value+"'")
}

func init() {
	t := ModuleType
	t.Doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type."
	t.Flags |= TypeHasDict
	t.Slots.GetAttr = moduleGetAttr
	t.Slots.SetAttr = GenericSetAttr
	t.Slots.New = func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		m := &Module{Dict: NewDict()}
		if cls != ModuleType {
			m.ext = NewExtension(cls)
		}
		return m, nil
	}
	t.Slots.Init = func(ts *Thread, o Object, args []Object, kwnames *Tuple) error {
		var a [2]Object
		if err := moduleArgs.Parse(args, kwnames, a[:]); err != nil {
			return err
		}
		if _, ok := a[0].(*Str); !ok {
			return Errorf(TypeErrorType, "module() argument 'name' must be str, not %s", a[0].Type().Name)
		}
		if a[1] == nil {
			a[1] = None
		}
		o.(*Module).initDict(a[0], a[1])
		return nil
	}
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		m := o.(*Module)
		name := "?"
		if n := m.Dict.GetStr(NewStr("__name__")); n != nil {
			if s, ok := n.(*Str); ok {
				name = s.value
			}
		}
		if f, ok := m.Dict.GetStr(NewStr("__file__")).(*Str); ok {
			r, err := Repr(ts, f)
			if err != nil {
				return nil, err
			}
			return NewStr("<module '" + name + "' from " + r.value + ">"), nil
		}
		if m.Builtin {
			return NewStr("<module '" + name + "' (built-in)>"), nil
		}
		return NewStr("<module '" + name + "'>"), nil
	}
	t.GetSets = []GetSetDef{
		{Name: "__dict__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*Module).Dict, nil }},
	}
	t.Methods = []MethodDef{{Name: "__dir__", Flags: MethNoArgs, Func: moduleDir,
		Doc: "__dir__() -> list\nspecialized dir() implementation"}}
}

// moduleDir is module.__dir__: the module's own __dir__ function when it defines one (PEP 562),
// else the names in its namespace.
func moduleDir(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
	d := self.(*Module).Dict
	if f := d.GetStr(NewStr("__dir__")); f != nil {
		return Call(ts, f, nil, nil)
	}
	return NewList(d.Keys()), nil
}
