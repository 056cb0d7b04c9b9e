package objects

// NoneType is the type of None.
var NoneType = newType("NoneType", ObjectType)

// noneObject is the Go type of the single None value.
type noneObject struct{}

// Type returns NoneType.
func (*noneObject) Type() *Type { return NoneType }

// None is Python's None.
var None Object = &noneObject{}

// BoolType is the type of True and False.
var BoolType = newType("bool", IntType)

// Bool is a Python bool. Only the two values True and False exist.
type Bool struct{ value bool }

// Type returns BoolType.
func (*Bool) Type() *Type { return BoolType }

// True and False are Python's two bools.
var (
	True  = &Bool{true}
	False = &Bool{false}
)

// NewBool returns True or False.
func NewBool(b bool) *Bool {
	if b {
		return True
	}
	return False
}

// Value returns the bool as a Go bool.
func (b *Bool) Value() bool { return b.value }

func init() {
	// None, True and False are the only instances their types may have, so the types cannot
	// be subclassed.
	NoneType.Flags |= TypeFinal
	BoolType.Flags |= TypeFinal
	CellType.Flags |= TypeFinal
	CodeType.Flags |= TypeFinal
	SliceType.Flags |= TypeFinal
	NoneType.Slots.New = singletonNew("NoneType", func() Object { return None })
}

// singletonNew is the constructor of a type with one instance: calling the type with no
// arguments returns that instance. value is a function because the instance variables may not
// be initialised yet when the slot is built.
func singletonNew(name string, value func() Object) func(*Thread, *Type, []Object, *Tuple) (Object, error) {
	return func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		if len(args) != 0 {
			return nil, Errorf(TypeErrorType, "%s takes no arguments", name)
		}
		return value(), nil
	}
}
