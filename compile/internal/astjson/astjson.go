// Package astjson reads the JSON form of a CPython AST written by
// compile/testdata/astjson.py into Taipan's ast nodes. The compiler's golden
// tests use it so that they exercise the compiler on exactly the tree CPython
// built, independently of Taipan's parser.
package astjson

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"unicode"

	"github.com/taipanpy/taipan/ast"
)

// Decode builds the node that raw (one JSON value of the format described in
// astjson.py) describes.
func Decode(raw json.RawMessage) (ast.Node, error) {
	var v any
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	n, err := decodeNode(v)
	if err != nil {
		return nil, err
	}
	return n, nil
}

// Module decodes raw and checks that it is a Module.
func Module(raw json.RawMessage) (*ast.Module, error) {
	n, err := Decode(raw)
	if err != nil {
		return nil, err
	}
	m, ok := n.(*ast.Module)
	if !ok {
		return nil, fmt.Errorf("astjson: want a Module, got %T", n)
	}
	return m, nil
}

// nodeTypes maps Python class names to the Go types of the nodes.
var nodeTypes = func() map[string]reflect.Type {
	all := []ast.Node{
		&ast.Module{}, &ast.Interactive{}, &ast.Expression{}, &ast.FunctionType{}, &ast.TypeIgnore{},
		&ast.FunctionDef{}, &ast.AsyncFunctionDef{}, &ast.ClassDef{}, &ast.Return{}, &ast.Delete{},
		&ast.Assign{}, &ast.TypeAlias{}, &ast.AugAssign{}, &ast.AnnAssign{}, &ast.For{},
		&ast.AsyncFor{}, &ast.While{}, &ast.If{}, &ast.With{}, &ast.AsyncWith{}, &ast.Match{},
		&ast.Raise{}, &ast.Try{}, &ast.TryStar{}, &ast.Assert{}, &ast.Import{}, &ast.ImportFrom{},
		&ast.Global{}, &ast.Nonlocal{}, &ast.ExprStmt{}, &ast.Pass{}, &ast.Break{}, &ast.Continue{},
		&ast.BoolOpExpr{}, &ast.NamedExpr{}, &ast.BinOp{}, &ast.UnaryOpExpr{}, &ast.Lambda{},
		&ast.IfExp{}, &ast.Dict{}, &ast.Set{}, &ast.ListComp{}, &ast.SetComp{}, &ast.DictComp{},
		&ast.GeneratorExp{}, &ast.Await{}, &ast.Yield{}, &ast.YieldFrom{}, &ast.Compare{},
		&ast.Call{}, &ast.FormattedValue{}, &ast.JoinedStr{}, &ast.Constant{}, &ast.Attribute{},
		&ast.Subscript{}, &ast.Starred{}, &ast.Name{}, &ast.List{}, &ast.Tuple{}, &ast.Slice{},
		&ast.Comprehension{}, &ast.ExceptHandler{}, &ast.Arguments{}, &ast.Arg{}, &ast.Keyword{},
		&ast.Alias{}, &ast.WithItem{}, &ast.MatchCase{}, &ast.TypeVar{}, &ast.ParamSpec{},
		&ast.TypeVarTuple{}, &ast.MatchValue{}, &ast.MatchSingleton{}, &ast.MatchSequence{},
		&ast.MatchMapping{}, &ast.MatchClass{}, &ast.MatchStar{}, &ast.MatchAs{}, &ast.MatchOr{},
		ast.Load{}, ast.Store{}, ast.Del{}, ast.And{}, ast.Or{}, ast.Add{}, ast.Sub{}, ast.Mult{},
		ast.MatMult{}, ast.Div{}, ast.ModOp{}, ast.Pow{}, ast.LShift{}, ast.RShift{}, ast.BitOr{},
		ast.BitXor{}, ast.BitAnd{}, ast.FloorDiv{}, ast.Invert{}, ast.Not{}, ast.UAdd{}, ast.USub{},
		ast.Eq{}, ast.NotEq{}, ast.Lt{}, ast.LtE{}, ast.Gt{}, ast.GtE{}, ast.Is{}, ast.IsNot{},
		ast.In{}, ast.NotIn{},
	}
	m := make(map[string]reflect.Type, len(all))
	for _, n := range all {
		m[ast.PythonName(n)] = reflect.TypeOf(n)
	}
	return m
}()

var (
	valueType = reflect.TypeOf((*ast.Value)(nil)).Elem()
	rangeType = reflect.TypeOf(ast.Range{})
)

func decodeNode(v any) (ast.Node, error) {
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("astjson: want a node object, got %T", v)
	}
	name, _ := obj["_"].(string)
	t, ok := nodeTypes[name]
	if !ok {
		return nil, fmt.Errorf("astjson: unknown node class %q", name)
	}
	if t.Kind() != reflect.Pointer {
		return reflect.Zero(t).Interface().(ast.Node), nil
	}
	pv := reflect.New(t.Elem())
	sv := pv.Elem()
	for i := 0; i < sv.NumField(); i++ {
		f := sv.Type().Field(i)
		if f.Anonymous && f.Type == rangeType {
			if err := decodeRange(obj["@"], sv.Field(i).Addr().Interface().(*ast.Range)); err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			continue
		}
		fv, present := obj[snakeCase(f.Name)]
		if !present || fv == nil {
			continue
		}
		if err := decodeField(sv.Field(i), fv); err != nil {
			return nil, fmt.Errorf("%s.%s: %w", name, f.Name, err)
		}
	}
	return pv.Interface().(ast.Node), nil
}

func decodeRange(v any, r *ast.Range) error {
	a, ok := v.([]any)
	if !ok || len(a) != 4 {
		return fmt.Errorf("astjson: bad position %v", v)
	}
	var ns [4]int
	for i, x := range a {
		n, err := x.(json.Number).Int64()
		if err != nil {
			return err
		}
		ns[i] = int(n)
	}
	*r = ast.Range{Lineno: ns[0], ColOffset: ns[1], EndLineno: ns[2], EndColOffset: ns[3]}
	return nil
}

func decodeField(dst reflect.Value, v any) error {
	switch {
	case dst.Type() == valueType:
		c, err := decodeConst(v)
		if err != nil {
			return err
		}
		dst.Set(reflect.ValueOf(&c).Elem())
		return nil
	case dst.Kind() == reflect.String:
		s, ok := v.(string)
		if !ok {
			return fmt.Errorf("want a string, got %T", v)
		}
		dst.SetString(s)
		return nil
	case dst.Kind() == reflect.Int:
		n, err := v.(json.Number).Int64()
		if err != nil {
			return err
		}
		dst.SetInt(n)
		return nil
	case dst.Kind() == reflect.Slice:
		a, ok := v.([]any)
		if !ok {
			return fmt.Errorf("want a list, got %T", v)
		}
		s := reflect.MakeSlice(dst.Type(), len(a), len(a))
		for i, x := range a {
			if x == nil {
				continue // a None inside a list: Dict keys, kw_defaults
			}
			if err := decodeField(s.Index(i), x); err != nil {
				return err
			}
		}
		dst.Set(s)
		return nil
	}
	n, err := decodeNode(v)
	if err != nil {
		return err
	}
	nv := reflect.ValueOf(n)
	if !nv.Type().AssignableTo(dst.Type()) {
		return fmt.Errorf("a %T cannot go in a %s", n, dst.Type())
	}
	dst.Set(nv)
	return nil
}

func decodeConst(v any) (ast.Value, error) {
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("want a constant, got %T", v)
	}
	text, _ := obj["v"].(string)
	switch obj["t"] {
	case "None":
		return ast.NoneType{}, nil
	case "Ellipsis":
		return ast.EllipsisType{}, nil
	case "bool":
		return ast.Bool(text == "True"), nil
	case "int":
		if n, err := strconv.ParseInt(text, 10, 64); err == nil {
			return ast.Int(n), nil
		}
		b, ok := new(big.Int).SetString(text, 10)
		if !ok {
			return nil, fmt.Errorf("bad int %q", text)
		}
		return &ast.BigInt{V: b}, nil
	case "float":
		f, err := parseHexFloat(text)
		return ast.Float(f), err
	case "complex":
		parts, _ := obj["v"].([]any)
		if len(parts) != 2 {
			return nil, fmt.Errorf("bad complex %v", obj["v"])
		}
		re, err1 := parseHexFloat(parts[0].(string))
		im, err2 := parseHexFloat(parts[1].(string))
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("bad complex %v", parts)
		}
		return ast.Complex(complex(re, im)), nil
	case "str":
		b, err := hex.DecodeString(text)
		return ast.Str(b), err
	case "bytes":
		b, err := hex.DecodeString(text)
		return ast.Bytes(b), err
	}
	return nil, fmt.Errorf("unknown constant kind %v", obj["t"])
}

// parseHexFloat reads float.hex() output, including inf and nan.
func parseHexFloat(s string) (float64, error) {
	switch s {
	case "inf", "-inf", "nan":
		return strconv.ParseFloat(s, 64)
	}
	return strconv.ParseFloat(s, 64)
}

// snakeCase turns a Go field name into the Python one, as ast.Dump does.
func snakeCase(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
