package sre

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Template is a compiled replacement template (_sre.SRE_Template): a literal, then for each
// group reference the group's number and the literal after it (nil when empty).
type Template struct {
	literal objects.Object
	items   []templateItem
}

type templateItem struct {
	index   int
	literal objects.Object
}

// TemplateType is _sre.SRE_Template.
var TemplateType = objects.ReadyType(&objects.Type{Name: "_sre.SRE_Template", Flags: objects.TypeFinal,
	Attrs: []objects.TypeAttr{{Name: "__module__", Value: objects.NewStr("_sre")}}})

// Type returns TemplateType.
func (*Template) Type() *objects.Type { return TemplateType }

// template is _sre.template(pattern, template, /): template is the list re._parser's
// parse_template makes, [literal, group, literal, ..., group, literal].
func template(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("template", len(args), 2, 2); err != nil {
		return nil, err
	}
	list, ok := args[1].(*objects.List)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "template() argument 2 must be list, not %s", args[1].Type().Name)
	}
	parts := list.Items()
	if len(parts)&1 == 0 {
		return nil, objects.Errorf(objects.TypeErrorType, "invalid template")
	}
	t := &Template{literal: parts[0], items: make([]templateItem, len(parts)/2)}
	for i := range t.items {
		// The group numbers must be ints proper: no __index__ here.
		index := -1
		switch g := parts[2*i+1].(type) {
		case *objects.Int:
			v, ok := g.Int64()
			if !ok {
				return nil, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C ssize_t")
			}
			index = int(v)
		case *objects.Bool:
			if g == objects.True {
				index = 1
			} else {
				index = 0
			}
		default:
			return nil, objects.Errorf(objects.TypeErrorType, "an integer is required")
		}
		if index < 0 {
			return nil, objects.Errorf(objects.TypeErrorType, "invalid template")
		}
		lit := parts[2*i+2]
		if s, ok := lit.(*objects.Str); ok && s.Len() == 0 {
			lit = nil
		} else if b, ok := lit.(*objects.Bytes); ok && len(b.Value()) == 0 {
			lit = nil
		}
		t.items[i] = templateItem{index: index, literal: lit}
	}
	return t, nil
}

// compileTemplate compiles a replacement string through re._compile_template, which caches
// the results; a str or bytes-like object re cannot hash is first made a plain str or bytes.
func compileTemplate(ts *objects.Thread, p *Pattern, repl objects.Object) (*Template, error) {
	re, err := vm.Import(ts, nil, objects.NewStr("re"), objects.None, 0)
	if err != nil {
		return nil, err
	}
	fn, err := objects.GetAttr(ts, re, objects.NewStr("_compile_template"))
	if err != nil {
		return nil, err
	}
	res, err := objects.Call(ts, fn, []objects.Object{p, repl}, nil)
	if err != nil && isExc(err, objects.TypeErrorType) {
		var plain objects.Object
		switch v := repl.(type) {
		case *objects.Str:
			if v.Type() != objects.StrType {
				plain = objects.NewStr(v.Value())
			}
		case *objects.Bytes:
			if v.Type() != objects.BytesType {
				plain = objects.NewBytesString(v.Value())
			}
		default:
			if b, err := objects.BytesLike(repl); err == nil {
				plain = objects.NewBytes(b)
			}
		}
		if plain == nil {
			return nil, err
		}
		res, err = objects.Call(ts, fn, []objects.Object{p, plain}, nil)
	}
	if err != nil {
		return nil, err
	}
	t, ok := res.(*Template)
	if !ok {
		return nil, objects.Errorf(objects.RuntimeErrorType, "the result of compiling a replacement string is %s", res.Type().Name)
	}
	return t, nil
}

// expand fills the template in with the groups of m (expand_template).
func (t *Template) expand(ts *objects.Thread, m *Match) (objects.Object, error) {
	if len(t.items) == 0 {
		return t.literal, nil
	}
	pieces := []objects.Object{t.literal}
	for _, it := range t.items {
		if it.index >= len(m.marks)/2 {
			return nil, objects.Errorf(objects.IndexErrorType, "no such group")
		}
		if g := m.groupSlice(it.index, objects.None); g != objects.None {
			pieces = append(pieces, g)
		}
		if it.literal != nil {
			pieces = append(pieces, it.literal)
		}
	}
	return join(ts, t.literal, pieces)
}

// join concatenates pieces with the empty str or bytes, as like is a str or not.
func join(ts *objects.Thread, like objects.Object, pieces []objects.Object) (objects.Object, error) {
	var joiner objects.Object = objects.EmptyStr
	if _, ok := like.(*objects.Str); !ok {
		joiner = objects.NewBytes(nil)
	}
	return objects.CallMethod(ts, joiner, "join", objects.NewList(pieces))
}
