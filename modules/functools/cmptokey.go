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

var keyCallArgs = objects.ArgParser{FuncName: "K", Params: []string{"obj"}, MinPos: 1, MaxPos: 1}

var cmpToKeyArgs = objects.ArgParser{FuncName: "cmp_to_key", Params: []string{"mycmp"}, MinPos: 1, MaxPos: 1}

func newKeyWrapperClass(ts *objects.Thread) (*objects.Type, error) {
	call := func(ts *objects.Thread, o objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
		k, ok := o.(*keyWrapper)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "descriptor '__call__' requires a 'functools.KeyWrapper' object")
		}
		var a [1]objects.Object
		if err := keyCallArgs.Parse(args, kwnames, a[:]); err != nil {
			return nil, err
		}
		return &keyWrapper{cls: k.cls, cmp: k.cmp, obj: a[0]}, nil
	}
	cls, err := goclass.New(ts, goclass.Spec{Module: "functools", Name: "KeyWrapper", Slots: []string{}, Final: true,
		Methods: []objects.MethodDef{{Name: "__call__", Flags: objects.MethFastcall | objects.MethKeywords,
			Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				return call(ts, self, args, kwnames)
			}}},
		// obj is the object a key made by calling the wrapper stands for (None for cmp_to_key's
		// own result).
		GetSets: []objects.GetSetDef{{Name: "obj", Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
			if k, ok := o.(*keyWrapper); ok && k.obj != nil {
				return k.obj, nil
			}
			return objects.None, nil
		}}}})
	if err != nil {
		return nil, err
	}
	cls.Slots.New = nil
	cls.Slots.Call = call
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
