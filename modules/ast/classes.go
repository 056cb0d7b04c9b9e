package ast

import (
	"strings"

	"github.com/taipanpy/taipan/modules/internal/goclass"
	"github.com/taipanpy/taipan/objects"
)

// quant is an ASDL field's quantifier: exactly one value, an optional one (`?`), or a list
// (`*`).
type quant uint8

const (
	one quant = iota
	opt
	seq
)

// fieldDef is one field of a node class: its name, ASDL type (a node type name or one of
// identifier, string, int, constant) and quantifier.
type fieldDef struct {
	name  string
	typ   string
	quant quant
}

// classDef describes one class of the _ast module. An abstract class is a sum type (expr,
// stmt ...) whose subclasses are its constructors; attrs are the position attributes its
// nodes carry, a trailing "?" marking an optional one.
type classDef struct {
	name     string
	base     string
	abstract bool
	fields   []fieldDef
	attrs    []string
	doc      string
}

// state is one interpreter's _ast module: its classes, and the instances of the field-less
// classes (Load, Add ...) that converted trees share, as CPython's do.
type state struct {
	ast        *objects.Type
	byName     map[string]*objects.Type
	defs       map[*objects.Type]*classDef
	singletons map[string]objects.Object
}

// astNodeClasses indexes the table by class name.
var astNodeClasses = func() map[string]*classDef {
	m := make(map[string]*classDef, len(classes))
	for i := range classes {
		m[classes[i].name] = &classes[i]
	}
	return m
}()

// newState makes the classes of a fresh _ast module.
func newState(ts *objects.Thread) (*state, error) {
	st := &state{byName: map[string]*objects.Type{}, defs: map[*objects.Type]*classDef{}, singletons: map[string]objects.Object{}}
	// Like CPython's, AST instances have a __dict__ but no weak reference slot; its
	// subclasses get one.
	root, err := goclass.New(ts, goclass.Spec{Module: "ast", Name: "AST", Slots: []string{"__dict__"}, Methods: astMethods(st)})
	if err != nil {
		return nil, err
	}
	// The __slots__ entry did its work when the class was made; CPython's AST has none.
	if err := objects.SetAttr(ts, root, objects.NewStr("__slots__"), nil); err != nil {
		return nil, err
	}
	st.ast = root
	st.byName["AST"] = root
	empty := objects.NewTuple(nil)
	for _, n := range []string{"_fields", "_attributes", "__match_args__"} {
		if err := objects.SetAttr(ts, root, objects.NewStr(n), empty); err != nil {
			return nil, err
		}
	}
	for i := range classes {
		d := &classes[i]
		cls, err := goclass.New(ts, goclass.Spec{Module: "ast", Name: d.name, Base: st.byName[d.base], Doc: d.doc})
		if err != nil {
			return nil, err
		}
		st.byName[d.name] = cls
		st.defs[cls] = d
	}
	for i := range classes {
		d := &classes[i]
		if err := st.fillClass(ts, d); err != nil {
			return nil, err
		}
		// The instances that converted trees share are made now, so that the map is only
		// read afterwards, by any thread.
		if !d.abstract && len(d.fields) == 0 && d.attrs == nil && d.base != "stmt" {
			st.singletons[d.name] = objects.NewInstance(st.byName[d.name])
		}
	}
	return st, nil
}

// fillClass sets the class attributes that describe a node class: _fields, __match_args__,
// _attributes, _field_types and __annotations__, and None defaults for optional fields and
// attributes.
func (st *state) fillClass(ts *objects.Thread, d *classDef) error {
	cls := st.byName[d.name]
	set := func(name string, v objects.Object) error {
		return objects.SetAttr(ts, cls, objects.NewStr(name), v)
	}
	names := make([]objects.Object, len(d.fields))
	for i, f := range d.fields {
		names[i] = objects.NewStr(f.name)
	}
	if err := set("_fields", objects.NewTuple(names)); err != nil {
		return err
	}
	if err := set("__match_args__", objects.NewTuple(names)); err != nil {
		return err
	}
	if d.attrs != nil || d.base == "AST" {
		attrs := make([]objects.Object, len(d.attrs))
		for i, a := range d.attrs {
			attrs[i] = objects.NewStr(strings.TrimSuffix(a, "?"))
		}
		if err := set("_attributes", objects.NewTuple(attrs)); err != nil {
			return err
		}
	}
	for _, f := range d.fields {
		if f.quant == opt {
			if err := set(f.name, objects.None); err != nil {
				return err
			}
		}
	}
	for _, a := range d.attrs {
		if strings.HasSuffix(a, "?") {
			if err := set(strings.TrimSuffix(a, "?"), objects.None); err != nil {
				return err
			}
		}
	}
	if d.abstract {
		return nil
	}
	types := objects.NewDict()
	for _, f := range d.fields {
		t, err := st.fieldType(ts, f)
		if err != nil {
			return err
		}
		types.SetStr(objects.NewStr(f.name), t)
	}
	if err := set("_field_types", types); err != nil {
		return err
	}
	annotations := objects.NewDict()
	types.Items(func(k, v objects.Object) bool {
		annotations.SetStr(k.(*objects.Str), v)
		return true
	})
	return set("__annotations__", annotations)
}

// fieldType is a field's entry in _field_types: its class, list[class] for a list and
// class | None for an optional field.
func (st *state) fieldType(ts *objects.Thread, f fieldDef) (objects.Object, error) {
	var t objects.Object
	switch f.typ {
	case "identifier", "string":
		t = objects.StrType
	case "int":
		t = objects.IntType
	case "constant":
		t = objects.ObjectType
	default:
		t = st.byName[f.typ]
	}
	switch f.quant {
	case seq:
		return objects.NewGenericAlias(ts, objects.ListType, t)
	case opt:
		return objects.Binary(ts, t, objects.None, objects.OpOr)
	}
	return t, nil
}

// singleton returns the shared instance of a field-less class such as Load or Add.
func (st *state) singleton(name string) objects.Object { return st.singletons[name] }

// nodeClass returns the _ast class that o is an instance of (the nearest in its class's MRO)
// and its description, or nil.
func (st *state) nodeClass(o objects.Object) (*objects.Type, *classDef) {
	for _, t := range o.Type().MRO {
		if d, ok := st.defs[t]; ok {
			return t, d
		}
	}
	return nil, nil
}
