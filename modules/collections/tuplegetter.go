package collections

import "github.com/taipanpy/taipan/objects"

// TupleGetter is a collections._tuplegetter: the descriptor namedtuple classes use for their
// fields, returning item index of the tuple it is read from.
type TupleGetter struct {
	index int
	doc   objects.Object
}

// TupleGetterType is collections._tuplegetter.
var TupleGetterType = &objects.Type{Name: "collections._tuplegetter"}

// Type returns TupleGetterType.
func (*TupleGetter) Type() *objects.Type { return TupleGetterType }

func init() {
	t := TupleGetterType
	t.Flags |= objects.TypeFinal
	t.Slots.New = func(ts *objects.Thread, _ *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
		if err := objects.NoKeywords("_tuplegetter", kwnames); err != nil {
			return nil, err
		}
		if err := objects.CheckPositional("_tuplegetter", len(args), 2, 2); err != nil {
			return nil, err
		}
		i, err := ssize(ts, args[0])
		if err != nil {
			return nil, err
		}
		return &TupleGetter{index: i, doc: args[1]}, nil
	}
	t.Slots.DescrGet = func(_ *objects.Thread, descr, obj, _ objects.Object) (objects.Object, error) {
		g := descr.(*TupleGetter)
		if obj == nil || obj == objects.None {
			return g, nil
		}
		tup, ok := obj.(*objects.Tuple)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index, obj.Type().Name)
		}
		if g.index < 0 || g.index >= tup.Len() {
			return nil, objects.Errorf(objects.IndexErrorType, "tuple index out of range")
		}
		return tup.Items()[g.index], nil
	}
	t.Slots.DescrSet = func(_ *objects.Thread, _, _, v objects.Object) error {
		if v == nil {
			return objects.Errorf(objects.AttributeErrorType, "can't delete attribute")
		}
		return objects.Errorf(objects.AttributeErrorType, "can't set attribute")
	}
	t.Slots.Repr = func(ts *objects.Thread, o objects.Object) (*objects.Str, error) {
		g := o.(*TupleGetter)
		r, err := objects.Repr(ts, g.doc)
		if err != nil {
			return nil, err
		}
		return objects.NewStr("_tuplegetter(" + itoa(g.index) + ", " + r.Value() + ")"), nil
	}
	t.GetSets = []objects.GetSetDef{{Name: "__doc__",
		Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) { return o.(*TupleGetter).doc, nil },
		Set: func(_ *objects.Thread, o, v objects.Object) error {
			if v == nil {
				v = objects.None
			}
			o.(*TupleGetter).doc = v
			return nil
		}}}
	t.Methods = []objects.MethodDef{{Name: "__reduce__", Flags: objects.MethNoArgs,
		Func: func(_ *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			g := self.(*TupleGetter)
			return objects.NewTuple([]objects.Object{TupleGetterType, objects.NewTuple([]objects.Object{objects.NewInt(int64(g.index)), g.doc})}), nil
		}}}
	objects.ReadyType(t)
}
