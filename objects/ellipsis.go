package objects

// EllipsisType is the type of Ellipsis (types.EllipsisType); its repr names it "ellipsis".
var EllipsisType = newType("ellipsis", ObjectType)

type ellipsisObject struct{}

// Type returns EllipsisType.
func (*ellipsisObject) Type() *Type { return EllipsisType }

// Ellipsis is Python's Ellipsis, the value of `...`.
var Ellipsis Object = &ellipsisObject{}

func init() {
	t := EllipsisType
	t.Flags |= TypeFinal
	t.Slots.New = func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		if len(args) != 0 {
			return nil, Errorf(TypeErrorType, "EllipsisType takes no arguments")
		}
		return Ellipsis, nil
	}
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) { return NewStr("Ellipsis"), nil }
	t.Methods = append(t.Methods, MethodDef{Name: "__reduce__", Flags: MethNoArgs,
		Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) { return NewStr("Ellipsis"), nil }})
}
