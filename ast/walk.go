package ast

import "reflect"

// Inspect traverses the tree rooted at node in depth-first order, fields in CPython's order.
// It calls f(n) for each node n; if f returns false, n's children are skipped. Operator and
// context singletons are visited like any node; nil (None) children are not.
func Inspect(node Node, f func(Node) bool) {
	if node == nil || !f(node) {
		return
	}
	v := reflect.ValueOf(node)
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	l := layoutOf(reflect.TypeOf(node))
	for _, fl := range l.fields {
		inspectValue(v.Field(fl.index), f)
	}
}

var nodeType = reflect.TypeOf((*Node)(nil)).Elem()

func inspectValue(v reflect.Value, f func(Node) bool) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() || !v.Type().Implements(nodeType) {
			return
		}
		Inspect(v.Interface().(Node), f)
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			inspectValue(v.Index(i), f)
		}
	}
}

// Visitor is called by Walk for each node; it returns the visitor for the node's children, or
// nil to skip them. Walk calls v.Visit(nil) after a node's children, as go/ast does.
type Visitor interface {
	Visit(node Node) (w Visitor)
}

// Walk traverses the tree rooted at node with a Visitor.
func Walk(v Visitor, node Node) {
	if v = v.Visit(node); v == nil {
		return
	}
	rv := reflect.ValueOf(node)
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	for _, fl := range layoutOf(reflect.TypeOf(node)).fields {
		walkValue(v, rv.Field(fl.index))
	}
	v.Visit(nil)
}

func walkValue(v Visitor, fv reflect.Value) {
	switch fv.Kind() {
	case reflect.Interface, reflect.Pointer:
		if fv.IsNil() || !fv.Type().Implements(nodeType) {
			return
		}
		Walk(v, fv.Interface().(Node))
	case reflect.Slice:
		for i := 0; i < fv.Len(); i++ {
			walkValue(v, fv.Index(i))
		}
	}
}
