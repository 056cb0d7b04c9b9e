package array

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the array module.
var Module = vm.BuiltinModule{Name: "array", Init: initModule}

func initModule(ts *objects.Thread, m *objects.Module) error {
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	set("__doc__", objects.NewStr(moduleDoc))
	set("array", ArrayType)
	set("ArrayType", ArrayType)
	set("typecodes", objects.NewStr(typecodes))
	set("_array_reconstructor", objects.NewBuiltinFunction(&reconDef, m))
	return registerMutableSequence(ts)
}

var reconDef = objects.MethodDef{Name: "_array_reconstructor", Flags: objects.MethFastcall | objects.MethKeywords,
	Doc: "Internal. Used for pickling support.", Func: arrayReconstructor}

var newArgs = objects.ArgParser{FuncName: "array", Params: []string{"typecode", "initializer"}, PosOnly: 2, MinPos: 1, MaxPos: 2}

// arrayNew is array(typecode[, initializer]).
func arrayNew(ts *objects.Thread, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	// Keywords are for the __init__ of a subclass that has one.
	if kwnames.Len() > 0 && (cls == ArrayType || cls.Lookup(ts, objects.NewStr("__init__")) == objects.ObjectType.Lookup(ts, objects.NewStr("__init__"))) {
		return nil, objects.Errorf(objects.TypeErrorType, "array.array() takes no keyword arguments")
	}
	pos := args[:len(args)-kwnames.Len()]
	switch {
	case len(pos) < 1:
		return nil, objects.Errorf(objects.TypeErrorType, "array() takes at least 1 argument (0 given)")
	case len(pos) > 2:
		return nil, objects.Errorf(objects.TypeErrorType, "array() takes at most 2 arguments (%d given)", len(pos))
	}
	tc, ok := pos[0].(*objects.Str)
	if !ok || tc.Len() != 1 {
		return nil, objects.Errorf(objects.TypeErrorType, "array() argument 1 must be a unicode character, not %s", pos[0].Type().Name)
	}
	c := tc.At(0)
	if c == 'u' {
		if err := objects.Warn(ts, objects.DeprecationWarningType, "The 'u' type code is deprecated and will be removed in Python 3.16", 1); err != nil {
			return nil, err
		}
	}
	var init objects.Object
	if len(pos) > 1 {
		init = pos[1]
	}
	d := lookupDescr(c)
	if d == nil {
		return nil, badTypecode()
	}
	if init != nil && d.kind != charKind {
		if _, isStr := init.(*objects.Str); isStr {
			return nil, objects.Errorf(objects.TypeErrorType, "cannot use a str to initialize an array with typecode '%c'", c)
		}
		if b := asArray(init); b != nil && b.d.kind == charKind {
			return nil, objects.Errorf(objects.TypeErrorType, "cannot use a unicode array to initialize an array with typecode '%c'", c)
		}
	}
	a := newArray(cls, d)
	switch v := init.(type) {
	case nil:
	case *objects.List:
		if err := a.appendAll(ts, v.Items()); err != nil {
			return nil, err
		}
	case *objects.Tuple:
		if err := a.appendAll(ts, v.Items()); err != nil {
			return nil, err
		}
	case *objects.Bytes, *objects.ByteArray:
		if err := a.fromBytes(v); err != nil {
			return nil, err
		}
	case *objects.Str:
		if err := a.fromUnicode(v); err != nil {
			return nil, err
		}
	case *Array:
		if v.d == d {
			a.buf = append([]byte(nil), v.buf...)
			break
		}
		if err := a.extendIter(ts, v); err != nil {
			return nil, err
		}
	default:
		if err := a.extend(ts, v); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// appendAll converts and appends items.
func (a *Array) appendAll(ts *objects.Thread, items []objects.Object) error {
	for _, v := range items {
		if err := a.appendItem(ts, v); err != nil {
			return err
		}
	}
	return nil
}

func init() {
	initIter()
	t := ArrayType
	t.Flags |= objects.TypeWeakrefable
	t.Doc = arrayDoc
	t.Slots.New = arrayNew
	t.Slots.Repr = arrayRepr
	t.Slots.Len = func(_ *objects.Thread, o objects.Object) (int, error) { return o.(*Array).Len(), nil }
	t.Slots.GetItem = arrayGetItem
	t.Slots.SetItem = arraySetItem
	t.Slots.Contains = arrayContains
	t.Slots.RichCompare = arrayRichCompare
	t.Slots.Concat = arrayConcat
	t.Slots.InplaceConcat = arrayInplaceConcat
	t.Slots.Repeat = arrayRepeat
	t.Slots.InplaceRepeat = arrayInplaceRepeat
	t.Slots.Iter = func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
		return &arrayIter{a: o.(*Array)}, nil
	}
	t.Slots.Hash = func(_ *objects.Thread, o objects.Object) (int64, error) {
		return 0, objects.Errorf(objects.TypeErrorType, "unhashable type: '%s'", o.Type().Name)
	}
	t.Methods = arrayMethods
	t.GetSets = []objects.GetSetDef{
		{Name: "typecode", Doc: "the typecode character used to create the array",
			Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
				return objects.NewStr(string(rune(o.(*Array).d.code))), nil
			}},
		{Name: "itemsize", Doc: "the size, in bytes, of one array item",
			Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
				return objects.NewInt(int64(o.(*Array).d.size)), nil
			}},
	}
	objects.ReadyType(t)
}

const moduleDoc = `This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating-point
numbers.  Arrays are sequence types and behave very much like lists,
except that the type of objects stored in them is constrained.
`

const arrayDoc = `array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type.

Arrays represent basic values and behave very much like lists, except
the type of objects stored in them is constrained. The type is specified
at object creation time by using a type code, which is a single character.
`
