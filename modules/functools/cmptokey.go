package functools

import (
	"github.com/taipanpy/taipan/modules/internal/goclass"
	"github.com/taipanpy/taipan/objects"
)

// keyWrapper is what cmp_to_key returns (cmp set, obj nil) and what calling that returns:
// an object ordered by cmp against other objects it made.
type keyWrapper struct {
	cls      *objects.Type
	cmp, obj objects.Object
}

// Type returns functools.KeyWrapper.
func (k *keyWrapper) Type() *objects.Type { return k.cls }

var cmpToKeyArgs = objects.ArgParser{FuncName: "cmp_to_key", Params: []string{"mycmp"}, MinPos: 1, MaxPos: 1}

func newKeyWrapperClass(ts *objects.Thread) (*objects.Type, error) {
	cls, err := goclass.New(ts, goclass.Spec{Module: "functools", Name: "KeyWrapper", Slots: []string{}, Final: true})
	if err != nil {
		return nil, err
	}
	cls.Slots.New = nil
	cls.Slots.Call = func(ts *objects.Thread, o objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
		k := o.(*keyWrapper)
		var a [1]objects.Object
		p := objects.ArgParser{FuncName: "K", Params: []string{"obj"}, MinPos: 1, MaxPos: 1}
		if err := p.Parse(args, kwnames, a[:]); err != nil {
			return nil, err
		}
		return &keyWrapper{cls: k.cls, cmp: k.cmp, obj: a[0]}, nil
	}
	cls.Slots.RichCompare = func(ts *objects.Thread, a, b objects.Object, op objects.CompareOp) (objects.Object, error) {
		x := a.(*keyWrapper)
		y, ok := b.(*keyWrapper)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "other argument must be K instance")
		}
		if x.obj == nil || y.obj == nil {
			return nil, objects.Errorf(objects.AttributeErrorType, "object")
		}
		r, err := objects.Call(ts, x.cmp, []objects.Object{x.obj, y.obj}, nil)
		if err != nil {
			return nil, err
		}
		return objects.Compare(ts, r, objects.NewInt(0), op)
	}
	cls.Slots.Hash = func(_ *objects.Thread, o objects.Object) (int64, error) {
		return 0, objects.Errorf(objects.TypeErrorType, "unhashable type: 'functools.KeyWrapper'")
	}
	cls.Dict.SetStr(objects.NewStr("__hash__"), objects.None)
	cls.Slots.GetAttr = func(ts *objects.Thread, o objects.Object, name *objects.Str) (objects.Object, error) {
		if k, ok := o.(*keyWrapper); ok && name.Value() == "obj" && k.obj != nil {
			return k.obj, nil
		}
		return objects.GenericGetAttr(ts, o, name)
	}
	return cls, nil
}

func cmpToKey(cls *objects.Type) objects.MethodFunc {
	return func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
		var a [1]objects.Object
		if err := cmpToKeyArgs.Parse(args, kwnames, a[:]); err != nil {
			return nil, err
		}
		return &keyWrapper{cls: cls, cmp: a[0]}, nil
	}
}
