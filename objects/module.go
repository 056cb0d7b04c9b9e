package objects

// ModuleType is the type of modules.
var ModuleType = newType("module", ObjectType)

// Module is a Python module: a namespace dict.
type Module struct {
	// Dict is the module's namespace, its globals.
	Dict *Dict
}

// Type returns ModuleType.
func (*Module) Type() *Type { return ModuleType }

// NewModule returns a module named name with a fresh namespace.
func NewModule(name string) *Module {
	m := &Module{Dict: NewDict()}
	m.Dict.SetStr(NewStr("__name__"), NewStr(name))
	return m
}

// moduleName returns the module's __name__ for messages.
func (m *Module) moduleName() string {
	if s, ok := m.Dict.GetStr(NewStr("__name__")).(*Str); ok {
		return s.value
	}
	return "?"
}

func init() {
	ModuleType.Slots.GetAttr = func(ts *Thread, o Object, name *Str) (Object, error) {
		m := o.(*Module)
		if v := m.Dict.GetStr(name); v != nil {
			return v, nil
		}
		return nil, Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", m.moduleName(), name.value)
	}
	ModuleType.Slots.SetAttr = func(ts *Thread, o Object, name *Str, v Object) error {
		m := o.(*Module)
		if v != nil {
			return m.Dict.SetItem(ts, name, v)
		}
		if found, _ := m.Dict.DelItem(ts, name); !found {
			return Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", m.moduleName(), name.value)
		}
		return nil
	}
}
