package ast

import (
	"github.com/taipanpy/taipan/internal/pyfmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// Dump returns exactly what CPython 3.13's ast.dump(node) prints, or with includeAttributes
// ast.dump(node, include_attributes=True). Following 3.13, fields that are None or empty
// lists are left out, except the value of Constant and MatchSingleton.
func Dump(node Node, includeAttributes bool) string {
	var b strings.Builder
	d := dumper{b: &b, attrs: includeAttributes}
	d.value(reflect.ValueOf(node))
	return b.String()
}

// PythonName returns the Python class name of a node: "Expr" for ExprStmt, "arguments" for
// Arguments, and so on; other nodes share their Go type's name.
func PythonName(node Node) string {
	return layoutOf(reflect.TypeOf(node)).name
}

var renamed = map[string]string{
	"ExprStmt":      "Expr",
	"BoolOpExpr":    "BoolOp",
	"UnaryOpExpr":   "UnaryOp",
	"ModOp":         "Mod",
	"Arguments":     "arguments",
	"Arg":           "arg",
	"Keyword":       "keyword",
	"Alias":         "alias",
	"WithItem":      "withitem",
	"MatchCase":     "match_case",
	"Comprehension": "comprehension",
}

// layout is the reflected shape of one node type, computed once per type.
type layout struct {
	name    string
	fields  []fieldLayout
	hasSpan bool // embeds Range: the node has CPython's four position attributes
	keepNil bool // Constant and MatchSingleton show value=None
}

type fieldLayout struct {
	index int
	name  string
}

var layouts sync.Map // reflect.Type -> *layout

var (
	rangeType = reflect.TypeOf(Range{})
	valueType = reflect.TypeOf((*Value)(nil)).Elem()
)

func layoutOf(t reflect.Type) *layout {
	if l, ok := layouts.Load(t); ok {
		return l.(*layout)
	}
	st := t
	if st.Kind() == reflect.Pointer {
		st = st.Elem()
	}
	l := &layout{name: st.Name()}
	if n, ok := renamed[l.name]; ok {
		l.name = n
	}
	l.keepNil = l.name == "Constant" || l.name == "MatchSingleton"
	for i := 0; i < st.NumField(); i++ {
		f := st.Field(i)
		if f.Anonymous && f.Type == rangeType {
			l.hasSpan = true
			continue
		}
		l.fields = append(l.fields, fieldLayout{i, snakeCase(f.Name)})
	}
	layouts.Store(t, l)
	return l
}

// snakeCase turns a Go field name into the Python one: DecoratorList -> decorator_list.
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

type dumper struct {
	b     *strings.Builder
	attrs bool
}

// isNone reports whether a field value is Python's None or an empty list, which 3.13's dump
// leaves out.
func isNone(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer, reflect.Slice:
		return v.IsNil() || (v.Kind() == reflect.Slice && v.Len() == 0)
	case reflect.String:
		return v.Len() == 0
	}
	return false
}

func (d *dumper) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			d.b.WriteString("None")
			return
		}
		if v.Type() == valueType {
			d.b.WriteString(Repr(v.Interface().(Value)))
			return
		}
		d.value(v.Elem())
	case reflect.Pointer:
		if v.IsNil() {
			d.b.WriteString("None")
			return
		}
		d.node(v.Type(), v.Elem())
	case reflect.Struct:
		d.node(v.Type(), v)
	case reflect.Slice:
		d.b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.value(v.Index(i))
		}
		d.b.WriteByte(']')
	case reflect.String:
		d.b.WriteString(pyfmt.StrRepr(v.String()))
	case reflect.Int:
		d.b.WriteString(strconv.FormatInt(v.Int(), 10))
	default:
		d.b.WriteString("None")
	}
}

func (d *dumper) node(t reflect.Type, v reflect.Value) {
	l := layoutOf(t)
	d.b.WriteString(l.name)
	d.b.WriteByte('(')
	first := true
	sep := func() {
		if !first {
			d.b.WriteString(", ")
		}
		first = false
	}
	for _, f := range l.fields {
		fv := v.Field(f.index)
		if isNone(fv) {
			if !(l.keepNil && f.name == "value") {
				continue
			}
		}
		sep()
		d.b.WriteString(f.name)
		d.b.WriteByte('=')
		if l.keepNil && f.name == "value" && fv.IsNil() {
			d.b.WriteString("None")
			continue
		}
		d.value(fv)
	}
	if d.attrs && l.hasSpan {
		r := v.Field(0).Interface().(Range)
		for i, n := range [4]int{r.Lineno, r.ColOffset, r.EndLineno, r.EndColOffset} {
			sep()
			d.b.WriteString([4]string{"lineno=", "col_offset=", "end_lineno=", "end_col_offset="}[i])
			d.b.WriteString(strconv.Itoa(n))
		}
	}
	d.b.WriteByte(')')
}
