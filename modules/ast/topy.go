package ast

import (
	"reflect"
	"sync"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/codegen"
	"github.com/taipanpy/taipan/objects"
)

// goLayout pairs a Go node type with its Python class: the indices of the struct fields in
// the order of the class's _fields, and whether it embeds ast.Range.
type goLayout struct {
	def     *classDef
	goType  reflect.Type // the struct type
	ptr     bool         // nodes are pointers to the struct (operators are plain values)
	fields  []int
	hasSpan bool
}

var (
	rangeType = reflect.TypeOf(ast.Range{})
	layoutsMu sync.Mutex
	byGoType  map[reflect.Type]*goLayout // keyed by the type stored in an ast.Node
	byPyName  map[string]*goLayout
)

// layouts builds the two indexes on first use.
func layouts() (map[reflect.Type]*goLayout, map[string]*goLayout) {
	layoutsMu.Lock()
	defer layoutsMu.Unlock()
	if byGoType != nil {
		return byGoType, byPyName
	}
	g := map[reflect.Type]*goLayout{}
	p := map[string]*goLayout{}
	for _, n := range goNodes {
		t := reflect.TypeOf(n)
		l := &goLayout{def: astNodeClasses[ast.PythonName(n)], goType: t}
		if t.Kind() == reflect.Pointer {
			l.ptr = true
			l.goType = t.Elem()
		}
		for i := 0; i < l.goType.NumField(); i++ {
			f := l.goType.Field(i)
			if f.Anonymous && f.Type == rangeType {
				l.hasSpan = true
				continue
			}
			l.fields = append(l.fields, i)
		}
		g[t] = l
		p[l.def.name] = l
	}
	byGoType, byPyName = g, p
	return g, p
}

// ToPython converts a Go AST into a tree of _ast node objects, as compile() with
// PyCF_ONLY_AST returns it.
func ToPython(ts *objects.Thread, mod ast.Mod) (objects.Object, error) {
	st, err := stateOf(ts)
	if err != nil {
		return nil, err
	}
	g, _ := layouts()
	c := &toPy{st: st, layouts: g}
	return c.node(reflect.ValueOf(mod)), nil
}

// toPy converts Go nodes to Python ones.
type toPy struct {
	st      *state
	layouts map[reflect.Type]*goLayout
}

var (
	linenoName       = objects.NewStr("lineno")
	colOffsetName    = objects.NewStr("col_offset")
	endLinenoName    = objects.NewStr("end_lineno")
	endColOffsetName = objects.NewStr("end_col_offset")
)

// node converts v, an ast.Node held in an interface or a pointer, to its Python object.
func (c *toPy) node(v reflect.Value) objects.Object {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return objects.None
		}
		if e, ok := v.Interface().(ast.Expr); ok {
			if k, folded := codegen.FoldedValue(e); folded {
				return c.folded(e, k)
			}
		}
		v = v.Elem()
	}
	if v.Kind() == reflect.Pointer && v.IsNil() {
		return objects.None
	}
	l := c.layouts[v.Type()]
	if !l.ptr {
		return c.st.singleton(l.def.name)
	}
	s := v.Elem()
	inst := objects.NewInstance(c.st.byName[l.def.name])
	d := inst.Dict()
	for i, fi := range l.fields {
		f := l.def.fields[i]
		d.SetStr(objects.NewStr(f.name), c.field(f, s.Field(fi)))
	}
	if l.hasSpan {
		r := s.Field(0).Interface().(ast.Range)
		d.SetStr(linenoName, objects.NewInt(int64(r.Lineno)))
		d.SetStr(colOffsetName, objects.NewInt(int64(r.ColOffset)))
		d.SetStr(endLinenoName, objects.NewInt(int64(r.EndLineno)))
		d.SetStr(endColOffsetName, objects.NewInt(int64(r.EndColOffset)))
	}
	return inst
}

// folded converts an expression the optimiser folded into a tuple or frozenset: a
// Constant, at the position of the display it replaced.
func (c *toPy) folded(e ast.Expr, k codegen.Const) objects.Object {
	inst := objects.NewInstance(c.st.byName["Constant"])
	d := inst.Dict()
	d.SetStr(objects.NewStr("value"), constObject(k))
	d.SetStr(objects.NewStr("kind"), objects.None)
	r := e.Span()
	d.SetStr(linenoName, objects.NewInt(int64(r.Lineno)))
	d.SetStr(colOffsetName, objects.NewInt(int64(r.ColOffset)))
	d.SetStr(endLinenoName, objects.NewInt(int64(r.EndLineno)))
	d.SetStr(endColOffsetName, objects.NewInt(int64(r.EndColOffset)))
	return inst
}

// field converts one field's value.
func (c *toPy) field(f fieldDef, v reflect.Value) objects.Object {
	if f.quant == seq {
		items := make([]objects.Object, v.Len())
		for i := range items {
			items[i] = c.scalar(f, v.Index(i))
		}
		return objects.NewList(items)
	}
	return c.scalar(f, v)
}

// scalar converts one value of a field (an element, for a list).
func (c *toPy) scalar(f fieldDef, v reflect.Value) objects.Object {
	switch f.typ {
	case "identifier", "string":
		s := v.String()
		if s == "" && f.quant != one {
			return objects.None
		}
		return objects.NewStr(s)
	case "int":
		return objects.NewInt(v.Int())
	case "constant":
		if v.IsNil() {
			return objects.None
		}
		return constObject(v.Interface().(ast.Value))
	}
	return c.node(v)
}

// constObject converts a constant: an ast.Value, or a tuple or frozenset the optimiser made.
func constObject(k codegen.Const) objects.Object {
	switch v := k.(type) {
	case ast.NoneType:
		return objects.None
	case ast.EllipsisType:
		return objects.Ellipsis
	case ast.Bool:
		return objects.NewBool(bool(v))
	case ast.Int:
		return objects.NewInt(int64(v))
	case *ast.BigInt:
		return objects.NewBigInt(v.V)
	case ast.Float:
		return objects.NewFloat(float64(v))
	case ast.Complex:
		return objects.NewComplex(complex128(v))
	case ast.Str:
		return objects.NewStr(string(v))
	case ast.Bytes:
		return objects.NewBytesString(string(v))
	case codegen.Tuple:
		items := make([]objects.Object, len(v))
		for i, x := range v {
			items[i] = constObject(x)
		}
		return objects.NewTuple(items)
	case codegen.FrozenSet:
		items := make([]objects.Object, len(v))
		for i, x := range v {
			items[i] = constObject(x)
		}
		// Constants hash without running Python code, so no thread is needed.
		s, err := objects.NewFrozenSet(nil, objects.NewTuple(items))
		if err != nil {
			return objects.None
		}
		return s
	}
	return objects.None
}
