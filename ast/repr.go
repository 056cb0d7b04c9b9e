package ast

import (
	"strconv"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

// Repr returns Python's repr() of a constant value.
func Repr(v Value) string {
	switch v := v.(type) {
	case NoneType:
		return "None"
	case EllipsisType:
		return "Ellipsis"
	case Bool:
		if v {
			return "True"
		}
		return "False"
	case Int:
		return strconv.FormatInt(int64(v), 10)
	case *BigInt:
		return v.V.String()
	case Float:
		return pyfmt.FloatRepr(float64(v))
	case Complex:
		return pyfmt.ComplexRepr(complex128(v))
	case Str:
		return pyfmt.StrRepr(string(v))
	case Bytes:
		return pyfmt.BytesRepr(string(v))
	}
	return "None"
}
