package objects

// FloatType is the type of Python floats.
var FloatType = newType("float", ObjectType)

// Float is a Python float.
type Float struct{ value float64 }

// Type returns FloatType.
func (*Float) Type() *Type { return FloatType }

// NewFloat returns the float v.
func NewFloat(v float64) *Float { return &Float{v} }

// Value returns the float as a Go float64.
func (f *Float) Value() float64 { return f.value }
