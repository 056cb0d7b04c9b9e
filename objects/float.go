package objects

// FloatType is the type of Python floats.
var FloatType = newType("float", ObjectType)

// Float is a Python float.
type Float struct {
	value float64
	ext   *Extension
}

// Type returns FloatType.
func (f *Float) Type() *Type { return f.ext.classOr(FloatType) }

// NewFloat returns the float v.
func NewFloat(v float64) *Float { return &Float{value: v} }

// Value returns the float as a Go float64.
func (f *Float) Value() float64 { return f.value }
