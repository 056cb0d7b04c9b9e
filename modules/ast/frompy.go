package ast

import (
	"reflect"
	"strings"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/codegen"
	"github.com/taipanpy/taipan/objects"
)

// IsAST reports whether o is an instance of ast.AST in the interpreter running ts.
func IsAST(ts *objects.Thread, o objects.Object) bool {
	st, err := stateOf(ts)
	if err != nil {
		return false
	}
	return o.Type().IsSubtype(st.ast)
}

// modeRoots names the node class compile() expects for each mode.
var modeRoots = map[string]string{"exec": "Module", "eval": "Expression", "single": "Interactive", "func_type": "FunctionType"}

// FromPython converts a tree of _ast node objects into the Go AST for compile() in the given
// mode, raising CPython's errors for a malformed tree.
func FromPython(ts *objects.Thread, o objects.Object, mode string) (ast.Mod, error) {
	st, err := stateOf(ts)
	if err != nil {
		return nil, err
	}
	want := modeRoots[mode]
	if cls, _ := st.nodeClass(o); cls == nil || cls != st.byName[want] && !o.Type().IsSubtype(st.byName[want]) {
		return nil, objects.Errorf(objects.TypeErrorType, "expected %s node, got %s", want, o.Type().Name)
	}
	_, p := layouts()
	c := &fromPy{ts: ts, st: st, layouts: p}
	n, err := c.sum(o, "mod")
	if err != nil {
		return nil, err
	}
	mod := n.(ast.Mod)
	if err := validate(mod); err != nil {
		return nil, err
	}
	return mod, nil
}

// fromPy converts Python nodes to Go ones.
type fromPy struct {
	ts      *objects.Thread
	st      *state
	layouts map[string]*goLayout
	depth   int
	// fold is the tuple or frozenset value of the Constant being converted.
	fold codegen.Const
}

// maxNesting bounds recursion over a hostile tree, as CPython's recursion check does.
const maxNesting = 4000

// attr reads an attribute, returning nil when o has none.
func (c *fromPy) attr(o objects.Object, name string) (objects.Object, error) {
	v, err := objects.GetAttr(c.ts, o, objects.NewStr(name))
	if err != nil {
		if isError(err, objects.AttributeErrorType) {
			return nil, nil
		}
		return nil, err
	}
	return v, nil
}

// sum converts o, which must be an instance of one of the constructors of the sum type
// named sum (or of the product class of that name). None gives nil.
//
// Like CPython's obj2ast functions, a sum type reads its position attributes before it
// checks the class, and None means no node; a product type (arguments, arg, keyword ...)
// reads its fields and then its attributes from whatever object it is given, None included.
func (c *fromPy) sum(o objects.Object, sum string) (ast.Node, error) {
	sd := astNodeClasses[sum]
	if o == objects.None && sd.abstract {
		return nil, nil
	}
	c.depth++
	defer func() { c.depth-- }()
	if c.depth > maxNesting {
		return nil, objects.Errorf(objects.RecursionErrorType, "maximum recursion depth exceeded during ast construction")
	}
	var span ast.Range
	if len(sd.attrs) > 0 && sd.abstract {
		var err error
		if span, err = c.span(o, sd); err != nil {
			return nil, err
		}
	}
	var def *classDef
	if sd.abstract {
		if _, d := c.st.nodeClass(o); d != nil && d.base == sum {
			def = d
		} else {
			r, err := objects.Repr(c.ts, o)
			if err != nil {
				return nil, err
			}
			return nil, objects.Errorf(objects.TypeErrorType, "expected some sort of %s, but got %s", sum, r.Value())
		}
	} else {
		def = sd
	}
	l := c.layouts[def.name]
	if !l.ptr {
		return reflect.New(l.goType).Elem().Interface().(ast.Node), nil
	}
	pv := reflect.New(l.goType)
	s := pv.Elem()
	if l.hasSpan {
		s.Field(0).Set(reflect.ValueOf(span))
	}
	for i, fi := range l.fields {
		if err := c.field(o, def, def.fields[i], s.Field(fi)); err != nil {
			return nil, err
		}
	}
	if len(sd.attrs) > 0 && !sd.abstract {
		var err error
		if span, err = c.span(o, sd); err != nil {
			return nil, err
		}
		s.Field(0).Set(reflect.ValueOf(span))
	}
	if c.fold != nil {
		k := c.fold
		c.fold = nil
		return codegen.NewFolded(pv.Interface().(*ast.Constant), k), nil
	}
	return pv.Interface().(ast.Node), nil
}

// span reads the position attributes of a node of sum type sd.
func (c *fromPy) span(o objects.Object, sd *classDef) (ast.Range, error) {
	var vals [4]int
	for i, a := range sd.attrs {
		optional := strings.HasSuffix(a, "?")
		a = strings.TrimSuffix(a, "?")
		v, err := c.attr(o, a)
		if err != nil {
			return ast.Range{}, err
		}
		if v == nil || (optional && v == objects.None) {
			if !optional {
				return ast.Range{}, objects.Errorf(objects.TypeErrorType, "required field \"%s\" missing from %s", a, sd.name)
			}
			vals[i] = vals[i-2] // end_lineno defaults to lineno, end_col_offset to col_offset
			continue
		}
		if vals[i], err = c.integer(v); err != nil {
			return ast.Range{}, err
		}
	}
	return ast.Range{Lineno: vals[0], ColOffset: vals[1], EndLineno: vals[2], EndColOffset: vals[3]}, nil
}

// integer converts an int field or attribute.
func (c *fromPy) integer(v objects.Object) (int, error) {
	if i, ok := v.(*objects.Int); ok {
		if n, small := i.Int64(); small && n == int64(int(n)) && n >= -1<<31 && n < 1<<31 {
			return int(n), nil
		}
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
	}
	if b, ok := v.(*objects.Bool); ok {
		if b.Value() {
			return 1, nil
		}
		return 0, nil
	}
	r, err := objects.Repr(c.ts, v)
	if err != nil {
		return 0, err
	}
	return 0, objects.Errorf(objects.ValueErrorType, "invalid integer value: %s", r.Value())
}

// field reads one field of node o, of class def, into the Go struct field dst.
func (c *fromPy) field(o objects.Object, def *classDef, f fieldDef, dst reflect.Value) error {
	v, err := c.attr(o, f.name)
	if err != nil {
		return err
	}
	if v == nil && f.quant == seq {
		return nil // a missing list is empty, as 3.13's constructor would have made it
	}
	if v == nil || v == objects.None && f.quant == opt {
		if f.quant == one {
			return objects.Errorf(objects.TypeErrorType, "required field \"%s\" missing from %s", f.name, def.name)
		}
		return nil
	}
	if f.quant == seq {
		list, ok := v.(*objects.List)
		if !ok {
			return objects.Errorf(objects.TypeErrorType, "%s field \"%s\" must be a list, not a %s", def.name, f.name, v.Type().Name)
		}
		items := append([]objects.Object(nil), list.Items()...)
		out := reflect.MakeSlice(dst.Type(), len(items), len(items))
		for i, it := range items {
			if err := c.scalar(it, def, f, out.Index(i)); err != nil {
				return err
			}
			if list.Len() != len(items) {
				return objects.Errorf(objects.RuntimeErrorType, "%s field \"%s\" changed size during iteration", def.name, f.name)
			}
		}
		dst.Set(out)
		return nil
	}
	if err := c.scalar(v, def, f, dst); err != nil {
		return err
	}
	if f.quant == one && f.typ != "int" && f.typ != "constant" && dst.IsZero() && v == objects.None {
		return objects.Errorf(objects.ValueErrorType, "field '%s' is required for %s", f.name, def.name)
	}
	return nil
}

// scalar converts one value (a list element, for a list field) into dst.
func (c *fromPy) scalar(v objects.Object, def *classDef, f fieldDef, dst reflect.Value) error {
	switch f.typ {
	case "identifier", "string":
		if v == objects.None {
			return nil
		}
		// Like CPython, only exact strs are taken (and bytes for a string field).
		if s, ok := v.(*objects.Str); ok && s.Type() == objects.StrType {
			dst.SetString(s.Value())
			return nil
		}
		if f.typ == "identifier" {
			return objects.Errorf(objects.TypeErrorType, "AST identifier must be of type str")
		}
		if b, ok := v.(*objects.Bytes); ok && b.Type() == objects.BytesType {
			dst.SetString(b.Value())
			return nil
		}
		return objects.Errorf(objects.TypeErrorType, "AST string must be of type str")
	case "int":
		n, err := c.integer(v)
		if err != nil {
			return err
		}
		dst.SetInt(int64(n))
		return nil
	case "constant":
		k, err := c.constant(v)
		if err != nil {
			return err
		}
		if val, ok := k.(ast.Value); ok {
			dst.Set(reflect.ValueOf(&val).Elem())
			return nil
		}
		if def.name == "Constant" {
			c.fold = k
			return nil
		}
		return objects.Errorf(objects.TypeErrorType, "got an invalid type in %s: %s", def.name, v.Type().Name)
	}
	if v == objects.None && f.typ == "arguments" {
		// CPython compiles a function or lambda whose args is None as one without
		// parameters.
		dst.Set(reflect.ValueOf(&ast.Arguments{}))
		return nil
	}
	n, err := c.sum(v, f.typ)
	if err != nil || n == nil {
		return err
	}
	nv := reflect.ValueOf(n)
	if !nv.Type().AssignableTo(dst.Type()) {
		return objects.Errorf(objects.TypeErrorType, "expected some sort of %s, but got %s", f.typ, v.Type().Name)
	}
	dst.Set(nv)
	return nil
}

// constant converts the value of a Constant: an ast.Value, or a codegen.Tuple or FrozenSet.
func (c *fromPy) constant(v objects.Object) (codegen.Const, error) {
	bad := func() error {
		return objects.Errorf(objects.TypeErrorType, "got an invalid type in Constant: %s", v.Type().Name)
	}
	switch x := v.(type) {
	case *objects.Bool:
		return ast.Bool(x.Value()), nil
	case *objects.Int:
		if x.Type() != objects.IntType {
			return nil, bad()
		}
		if n, small := x.Int64(); small {
			return ast.Int(n), nil
		}
		return &ast.BigInt{V: x.Big()}, nil
	case *objects.Float:
		if x.Type() != objects.FloatType {
			return nil, bad()
		}
		return ast.Float(x.Value()), nil
	case *objects.Complex:
		if x.Type() != objects.ComplexType {
			return nil, bad()
		}
		return ast.Complex(x.Value()), nil
	case *objects.Str:
		if x.Type() != objects.StrType {
			return nil, bad()
		}
		return ast.Str(x.Value()), nil
	case *objects.Bytes:
		if x.Type() != objects.BytesType {
			return nil, bad()
		}
		return ast.Bytes(x.Value()), nil
	case *objects.Tuple, *objects.Set:
		if v.Type() != objects.TupleType && v.Type() != objects.FrozenSetType {
			return nil, bad()
		}
		items, err := objects.IterableItems(c.ts, v)
		if err != nil {
			return nil, err
		}
		out := make([]codegen.Const, len(items))
		for i, it := range items {
			if out[i], err = c.constant(it); err != nil {
				return nil, err
			}
		}
		if v.Type() == objects.TupleType {
			return codegen.Tuple(out), nil
		}
		return codegen.FrozenSet(out), nil
	}
	switch v {
	case objects.None:
		return ast.NoneType{}, nil
	case objects.Ellipsis:
		return ast.EllipsisType{}, nil
	}
	return nil, bad()
}
