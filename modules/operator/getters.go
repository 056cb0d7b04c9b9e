package operator

import (
	"strings"

	"github.com/taipanpy/taipan/modules/internal/goclass"
	"github.com/taipanpy/taipan/objects"
)

// getterKind tells the three callable classes apart.
type getterKind int

const (
	itemGetter getterKind = iota
	attrGetter
	methodCaller
)

var getterNames = [...]string{"itemgetter", "attrgetter", "methodcaller"}

// getter is an itemgetter, attrgetter or methodcaller.
type getter struct {
	cls  *objects.Type
	kind getterKind
	// items are itemgetter's keys.
	items []objects.Object
	// attrs are attrgetter's names, each split at its dots.
	attrs [][]*objects.Str
	// name, args and kwnames are methodcaller's call: args ends with the keyword values.
	name    *objects.Str
	args    []objects.Object
	kwnames *objects.Tuple
	// inRepr guards repr against an item containing the getter itself.
	inRepr bool
}

// Type returns the getter's class.
func (g *getter) Type() *objects.Type { return g.cls }

var getterDocs = [...]string{
	"Return a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
	"Return a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).",
	"Return a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).",
}

func addGetters(ts *objects.Thread, m *objects.Module) error {
	for k := range getterNames {
		kind := getterKind(k)
		name := getterNames[k]
		cls, err := goclass.New(ts, goclass.Spec{Module: "operator", Name: name, Slots: []string{}, Final: true, Doc: getterDocs[k],
			New: func(ts *objects.Thread, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				return newGetter(cls, kind, args, kwnames)
			},
			Methods: []objects.MethodDef{
				{Name: "__call__", Flags: objects.MethFastcall | objects.MethKeywords,
					Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
						return callGetter(ts, self, args, kwnames)
					}},
				{Name: "__repr__", Flags: objects.MethNoArgs,
					Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
						return reprGetter(ts, self)
					}},
			}})
		if err != nil {
			return err
		}
		cls.Slots.Call = callGetter
		m.Dict.SetStr(objects.NewStr(name), cls)
	}
	return nil
}

func newGetter(cls *objects.Type, kind getterKind, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	name := getterNames[kind]
	g := &getter{cls: cls, kind: kind}
	if kind == methodCaller {
		if len(args)-kwnames.Len() < 1 {
			return nil, objects.Errorf(objects.TypeErrorType, "methodcaller needs at least one argument, the method name")
		}
		s, ok := args[0].(*objects.Str)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "method name must be a string")
		}
		g.name = objects.NewStr(s.Value())
		g.args = append([]objects.Object(nil), args[1:]...)
		g.kwnames = kwnames
		return g, nil
	}
	if err := objects.NoKeywords(name, kwnames); err != nil {
		return nil, err
	}
	if len(args) < 1 {
		return nil, objects.Errorf(objects.TypeErrorType, "%s expected 1 argument, got 0", name)
	}
	if kind == itemGetter {
		g.items = append([]objects.Object(nil), args...)
		return g, nil
	}
	for _, a := range args {
		s, ok := a.(*objects.Str)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "attribute name must be a string")
		}
		var parts []*objects.Str
		for _, p := range strings.Split(s.Value(), ".") {
			parts = append(parts, objects.NewStr(p))
		}
		g.attrs = append(g.attrs, parts)
	}
	return g, nil
}

func callGetter(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	g, ok := self.(*getter)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "'%s' object is not callable", self.Type().Name)
	}
	name := getterNames[g.kind]
	if err := objects.NoKeywords(name, kwnames); err != nil {
		return nil, err
	}
	if err := objects.CheckPositional(name, len(args), 1, 1); err != nil {
		return nil, err
	}
	obj := args[0]
	switch g.kind {
	case itemGetter:
		if len(g.items) == 1 {
			return objects.GetItem(ts, obj, g.items[0])
		}
		out := make([]objects.Object, len(g.items))
		for i, k := range g.items {
			v, err := objects.GetItem(ts, obj, k)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return objects.NewTuple(out), nil
	case attrGetter:
		if len(g.attrs) == 1 {
			return dottedAttr(ts, obj, g.attrs[0])
		}
		out := make([]objects.Object, len(g.attrs))
		for i, parts := range g.attrs {
			v, err := dottedAttr(ts, obj, parts)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return objects.NewTuple(out), nil
	}
	method, err := objects.GetAttr(ts, obj, g.name)
	if err != nil {
		return nil, err
	}
	return objects.Call(ts, method, g.args, g.kwnames)
}

func dottedAttr(ts *objects.Thread, obj objects.Object, parts []*objects.Str) (objects.Object, error) {
	for _, p := range parts {
		var err error
		if obj, err = objects.GetAttr(ts, obj, p); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

func reprGetter(ts *objects.Thread, self objects.Object) (objects.Object, error) {
	g, ok := self.(*getter)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "descriptor '__repr__' requires an operator object")
	}
	prefix := "operator." + getterNames[g.kind]
	if g.inRepr {
		return objects.NewStr(prefix + "(...)"), nil
	}
	g.inRepr = true
	defer func() { g.inRepr = false }()
	var parts []string
	add := func(o objects.Object) error {
		s, err := objects.Repr(ts, o)
		if err != nil {
			return err
		}
		parts = append(parts, s.Value())
		return nil
	}
	switch g.kind {
	case itemGetter:
		for _, it := range g.items {
			if err := add(it); err != nil {
				return nil, err
			}
		}
	case attrGetter:
		for _, a := range g.attrs {
			names := make([]string, len(a))
			for i, p := range a {
				names[i] = p.Value()
			}
			if err := add(objects.NewStr(strings.Join(names, "."))); err != nil {
				return nil, err
			}
		}
	default:
		if err := add(g.name); err != nil {
			return nil, err
		}
		npos := len(g.args) - g.kwnames.Len()
		for _, a := range g.args[:npos] {
			if err := add(a); err != nil {
				return nil, err
			}
		}
		for i := 0; i < g.kwnames.Len(); i++ {
			if err := add(g.args[npos+i]); err != nil {
				return nil, err
			}
			k := g.kwnames.Items()[i].(*objects.Str).Value()
			parts[len(parts)-1] = k + "=" + parts[len(parts)-1]
		}
	}
	return objects.NewStr(prefix + "(" + strings.Join(parts, ", ") + ")"), nil
}
