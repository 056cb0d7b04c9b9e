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
	t.Slots.New = singletonNew("EllipsisType", func() Object { return Ellipsis })
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) { return NewStr("Ellipsis"), nil }
	t.Methods = append(t.Methods, MethodDef{Name: "__reduce__", Flags: MethNoArgs,
		Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) { return NewStr("Ellipsis"), nil }})
}
