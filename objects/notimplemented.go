package objects

// NotImplementedType is the type of NotImplemented.
var NotImplementedType = newType("NotImplementedType", ObjectType)

type notImplementedObject struct{}

// Type returns NotImplementedType.
func (*notImplementedObject) Type() *Type { return NotImplementedType }

// NotImplemented is what a binary or comparison slot returns for operands it does not handle,
// so that the other operand's reflected slot is tried.
var NotImplemented Object = &notImplementedObject{}

func init() {
	NotImplementedType.Slots.Repr = constRepr("NotImplemented")
	NotImplementedType.Flags |= TypeFinal
	NotImplementedType.Slots.Bool = func(ts *Thread, o Object) (bool, error) {
		return true, Warn(ts, DeprecationWarningType, "NotImplemented should not be used in a boolean context", 1)
	}
	NotImplementedType.Slots.New = singletonNew("NotImplementedType", func() Object { return NotImplemented })
}
