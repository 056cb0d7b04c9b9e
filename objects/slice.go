package objects

// SliceType is the type of slice objects.
var SliceType = newType("slice", ObjectType)

// Slice is a Python slice: start, stop and step as given (None when omitted).
type Slice struct{ Start, Stop, Step Object }

// Type returns SliceType.
func (*Slice) Type() *Type { return SliceType }

// NewSlice returns the slice start:stop:step.
func NewSlice(start, stop, step Object) *Slice { return &Slice{start, stop, step} }
