package ast

import (
	"github.com/taipanpy/taipan/objects"
)

// astMethods are the methods of ast.AST that every node class inherits.
func astMethods(st *state) []objects.MethodDef {
	return []objects.MethodDef{
		{Name: "__init__", Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "Initialize self.  See help(type(self)) for accurate signature.",
			Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				return objects.None, st.initNode(ts, self, args, kwnames)
			}},
		{Name: "__reduce__", Flags: objects.MethNoArgs,
			Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return reduceNode(ts, self)
			}},
	}
}

var (
	fieldsName     = objects.NewStr("_fields")
	fieldTypesName = objects.NewStr("_field_types")
	dictName       = objects.NewStr("__dict__")
)

// classFields returns the _fields of o's class as strings.
func classFields(ts *objects.Thread, o objects.Object) ([]*objects.Str, error) {
	f, err := objects.GetAttr(ts, o.Type(), fieldsName)
	if err != nil {
		return nil, err
	}
	items, err := objects.IterableItems(ts, f)
	if err != nil {
		return nil, err
	}
	names := make([]*objects.Str, len(items))
	for i, it := range items {
		s, ok := it.(*objects.Str)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "attribute name must be string, not '%s'", it.Type().Name)
		}
		names[i] = s
	}
	return names, nil
}

// initNode is AST.__init__ as 3.13 has it: positional arguments fill _fields in order,
// keywords name fields or anything else, and fields left unset get their default from
// _field_types: [] for a list, Load() for an expression context (an optional field reads
// the None its class holds). (CPython also warns about missing required fields and unknown keywords; the
// node is built the same either way.)
func (st *state) initNode(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) error {
	fields, err := classFields(ts, self)
	if err != nil {
		return err
	}
	npos := len(args) - kwnames.Len()
	name := self.Type().Name
	if npos > len(fields) {
		plural := "s"
		if len(fields) == 1 {
			plural = ""
		}
		return objects.Errorf(objects.TypeErrorType, "%s constructor takes at most %d positional argument%s", name, len(fields), plural)
	}
	set := make([]bool, len(fields))
	for i := 0; i < npos; i++ {
		if err := objects.SetAttr(ts, self, fields[i], args[i]); err != nil {
			return err
		}
		set[i] = true
	}
	var kws []objects.Object
	if kwnames != nil {
		kws = kwnames.Items()
	}
	for i, k := range kws {
		key := k.(*objects.Str)
		for j, f := range fields {
			if f.Value() == key.Value() {
				if set[j] {
					return objects.Errorf(objects.TypeErrorType, "%s got multiple values for argument '%s'", name, key.Value())
				}
				set[j] = true
			}
		}
		if err := objects.SetAttr(ts, self, key, args[npos+i]); err != nil {
			return err
		}
	}
	var types objects.Object
	for j, f := range fields {
		if set[j] {
			continue
		}
		if types == nil {
			if types, err = objects.GetAttr(ts, self.Type(), fieldTypesName); err != nil {
				if isError(err, objects.AttributeErrorType) {
					return nil
				}
				return err
			}
		}
		t, err := objects.GetItem(ts, types, f)
		if err != nil {
			if isError(err, objects.KeyErrorType) {
				continue
			}
			return err
		}
		var v objects.Object
		switch t := t.(type) {
		case *objects.GenericAlias:
			v = objects.NewList(nil)
		case *objects.Type:
			if t == st.byName["expr_context"] {
				v = st.singleton("Load")
			}
		}
		if v != nil {
			if err := objects.SetAttr(ts, self, f, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// reduceNode is AST.__reduce__: the class, a None for each leading field the node has (so
// that unpickling calls the class without missing-field defaults getting in the way), and
// the instance dict.
func reduceNode(ts *objects.Thread, self objects.Object) (objects.Object, error) {
	dict, err := objects.GetAttr(ts, self, dictName)
	if err != nil {
		if !isError(err, objects.AttributeErrorType) {
			return nil, err
		}
		return objects.NewTuple([]objects.Object{self.Type(), objects.NewTuple(nil)}), nil
	}
	fields, err := classFields(ts, self)
	if err != nil {
		return nil, err
	}
	var pos []objects.Object
	if d, ok := dict.(*objects.Dict); ok {
		for _, f := range fields {
			if d.GetStr(f) == nil {
				break
			}
			pos = append(pos, objects.None)
		}
	}
	return objects.NewTuple([]objects.Object{self.Type(), objects.NewTuple(pos), dict}), nil
}

// isError reports whether err is a Python exception of class t.
func isError(err error, t *objects.Type) bool {
	e, ok := err.(*objects.BaseException)
	return ok && e.Type().IsSubtype(t)
}
