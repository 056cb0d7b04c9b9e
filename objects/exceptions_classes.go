package objects

// The exception classes whose instances carry a value or names beyond their args:
// StopIteration, SystemExit, ImportError, NameError and AttributeError, and KeyError's str.

var _ = defineSpec(StopIterationType, &excSpec{
	members: []excMember{{name: "value"}},
	init: func(ts *Thread, e *BaseException, args []Object, kw []kwArg) error {
		if err := baseInit(e, args, kw); err != nil {
			return err
		}
		if len(args) > 0 {
			e.setField(0, args[0])
		}
		return nil
	},
})

var _ = defineSpec(SystemExitType, &excSpec{
	members: []excMember{{name: "code"}},
	init: func(ts *Thread, e *BaseException, args []Object, kw []kwArg) error {
		if err := baseInit(e, args, kw); err != nil {
			return err
		}
		switch len(args) {
		case 0:
		case 1:
			e.setField(0, args[0])
		default:
			e.setField(0, NewTuple(args))
		}
		return nil
	},
})

// ImportError's members, in layout order.
const (
	importMsg = iota
	importName
	importPath
	importNameFrom
)

var _ = defineSpec(ImportErrorType, &excSpec{
	members: []excMember{{name: "msg"}, {name: "name"}, {name: "path"}, {name: "name_from"}},
	init: func(ts *Thread, e *BaseException, args []Object, kw []kwArg) error {
		var name, path, nameFrom Object
		if err := keywordsOnly(e.Type().Name, kw, []string{"name", "path", "name_from"},
			[]*Object{&name, &path, &nameFrom}); err != nil {
			return err
		}
		e.args = append([]Object(nil), args...)
		e.setField(importName, name)
		e.setField(importPath, path)
		e.setField(importNameFrom, nameFrom)
		var msg Object
		if len(args) == 1 {
			msg = args[0]
		}
		e.setField(importMsg, msg) // __init__ again without a message clears it
		return nil
	},
	str: func(ts *Thread, e *BaseException) (*Str, error) {
		if s, ok := e.field(importMsg).(*Str); ok && s.ext == nil {
			return s, nil
		}
		return baseStr(ts, e)
	},
})

var _ = defineSpec(NameErrorType, &excSpec{
	members: []excMember{{name: "name"}},
	init: func(ts *Thread, e *BaseException, args []Object, kw []kwArg) error {
		var name Object
		if err := keywordsOnly(e.Type().Name, kw, []string{"name"}, []*Object{&name}); err != nil {
			return err
		}
		e.args = append([]Object(nil), args...)
		e.setField(0, name)
		return nil
	},
})

var _ = defineSpec(AttributeErrorType, &excSpec{
	members: []excMember{{name: "name"}, {name: "obj"}},
	init: func(ts *Thread, e *BaseException, args []Object, kw []kwArg) error {
		var name, obj Object
		if err := keywordsOnly(e.Type().Name, kw, []string{"name", "obj"}, []*Object{&name, &obj}); err != nil {
			return err
		}
		e.args = append([]Object(nil), args...)
		e.setField(0, name)
		e.setField(1, obj)
		return nil
	},
})

// KeyError's str is the repr of a single key, so that KeyError(”) does not print as an
// empty message.
var _ = defineSpec(KeyErrorType, &excSpec{
	str: func(ts *Thread, e *BaseException) (*Str, error) {
		if len(e.args) == 1 {
			return Repr(ts, e.args[0])
		}
		return baseStr(ts, e)
	},
})

// NewNameError returns NameError(msg) with its name attribute set, as the interpreter
// raises it for an unbound name.
func NewNameError(t *Type, name, msg string) *BaseException {
	e := NewException(t, NewStr(msg))
	e.setMember("name", NewStr(name))
	return e
}

// NewAttributeError returns AttributeError(msg) with its name and obj attributes set, as
// failed attribute lookups raise it.
func NewAttributeError(obj Object, name, msg string) *BaseException {
	e := NewException(AttributeErrorType, NewStr(msg))
	e.setMember("name", NewStr(name))
	e.setMember("obj", obj)
	return e
}

// NewImportError returns an ImportError (or a subclass such as ModuleNotFoundError) with
// its msg, name and path set; empty strings leave name and path None.
func NewImportError(t *Type, msg, name, path string) *BaseException {
	e := NewException(t, NewStr(msg))
	if name != "" {
		e.setMember("name", NewStr(name))
	}
	if path != "" {
		e.setMember("path", NewStr(path))
	}
	return e
}

// StopIterationValue returns StopIteration.value of e, None for other exceptions.
func (e *BaseException) StopIterationValue() Object {
	if e.Type().IsSubtype(StopIterationType) {
		return e.field(0)
	}
	return None
}

// SystemExitCode returns SystemExit.code of e, None for other exceptions.
func (e *BaseException) SystemExitCode() Object {
	if e.Type().IsSubtype(SystemExitType) {
		return e.field(0)
	}
	return None
}

// Attr returns the member called name (StopIteration.value, OSError.errno, ...), None when
// the class has no such member or it is unset.
func (e *BaseException) Attr(name string) Object { return e.memberValue(name) }
