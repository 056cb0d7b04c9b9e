package cconv

import (
	"strings"

	"github.com/taipanpy/taipan/objects"
)

// FSName returns the bytes a str argument names as the system sees them (UTF-8 with
// surrogateescape), refusing other types with "<what> must be str, not <type>" and names
// holding a NUL, as the C functions taking char* do.
func FSName(ts *objects.Thread, o objects.Object, what string) ([]byte, error) {
	s, ok := o.(*objects.Str)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "%s must be str, not %s", what, o.Type().Name)
	}
	b, err := s.Encode(ts, "utf-8", "surrogateescape")
	if err != nil {
		return nil, err
	}
	v, _ := objects.BytesLikeData(b)
	if strings.IndexByte(v, 0) >= 0 {
		return nil, objects.Errorf(objects.ValueErrorType, "embedded null byte")
	}
	return []byte(v), nil
}

// FSDecode returns the str of bytes the system gave (UTF-8 with surrogateescape), None for
// nil (a NULL char*).
func FSDecode(ts *objects.Thread, b []byte) (objects.Object, error) {
	if b == nil {
		return objects.None, nil
	}
	return objects.DecodeBytes(ts, string(b), "utf-8", "surrogateescape")
}
