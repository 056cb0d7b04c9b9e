package objects

// Pickling of exceptions: BaseException.__reduce__ is (type, args) plus the instance's
// __dict__ when it has one; OSError puts its filenames back among the arguments, and
// ImportError carries name, path and name_from in the state, as CPython's do.

// exceptionState returns the __dict__ to pickle, nil when empty.
func exceptionState(e *BaseException) *Dict {
	if e.dict == nil || e.dict.Len() == 0 {
		return nil
	}
	return e.dict
}

// reduceException builds (type, args) or (type, args, state).
func reduceException(e *BaseException, args []Object, state *Dict) Object {
	items := []Object{e.Type(), NewTuple(args)}
	if state != nil {
		items = append(items, state)
	}
	return NewTuple(items)
}

func baseExceptionReduce(_ *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
	e := self.(*BaseException)
	return reduceException(e, e.args, exceptionState(e)), nil
}

func osErrorReduce(_ *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
	e := self.(*BaseException)
	args := e.args
	if len(args) == 2 && osFilename < len(e.fields) && e.fields[osFilename] != nil {
		args = []Object{args[0], args[1], e.fields[osFilename]}
		if osFilename2 < len(e.fields) && e.fields[osFilename2] != nil {
			args = append(args, None, e.fields[osFilename2])
		}
	}
	return reduceException(e, args, exceptionState(e)), nil
}

func importErrorReduce(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
	e := self.(*BaseException)
	state := exceptionState(e)
	for _, m := range []struct {
		i    int
		name string
	}{{importName, "name"}, {importPath, "path"}, {importNameFrom, "name_from"}} {
		if m.i >= len(e.fields) || e.fields[m.i] == nil {
			continue
		}
		if state == nil || state == e.dict {
			copied := NewDict()
			if state != nil {
				if err := copied.Merge(ts, state); err != nil {
					return nil, err
				}
			}
			state = copied
		}
		state.SetStr(NewStr(m.name), e.fields[m.i])
	}
	return reduceException(e, e.args, state), nil
}

func init() {
	reduce := func(f MethodFunc) MethodDef { return MethodDef{Name: "__reduce__", Flags: MethNoArgs, Func: f} }
	BaseExceptionType.Methods = append(BaseExceptionType.Methods, reduce(baseExceptionReduce))
	OSErrorType.Methods = append(OSErrorType.Methods, reduce(osErrorReduce))
	ImportErrorType.Methods = append(ImportErrorType.Methods, reduce(importErrorReduce))
}
