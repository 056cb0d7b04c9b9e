package vm

import "github.com/taipanpy/taipan/objects"

// The conversions of CONVERT_VALUE, as f-strings write them: !s, !r and !a.
const (
	convertStr   = 1
	convertRepr  = 2
	convertASCII = 3
)

// ConvertValue applies an f-string conversion to v.
func ConvertValue(ts *objects.Thread, v objects.Object, which int) (objects.Object, error) {
	switch which {
	case convertStr:
		return objects.StrOf(ts, v)
	case convertRepr:
		return objects.Repr(ts, v)
	case convertASCII:
		return objects.ASCII(ts, v)
	}
	return nil, objects.Errorf(objects.SystemErrorType, "unknown conversion %d", which)
}
