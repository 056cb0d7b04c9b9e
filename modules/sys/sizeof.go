package sys

import "github.com/taipanpy/taipan/objects"

// sizeOf is sys.getsizeof's answer: the size CPython 3.13 on a 64-bit machine reports for the
// same object, which is what programs that print or compare sizes expect. Taipan's own
// representation differs, and Go does not expose an object's size.
func sizeOf(ts *objects.Thread, o objects.Object) int64 {
	const word = 8
	switch v := o.(type) {
	case *objects.Bool:
		return 28
	case *objects.Int:
		digits := (int64(v.BitLen()) + 29) / 30
		return 24 + 4*max(digits, 1)
	case *objects.Float:
		return 24
	case *objects.Str:
		n := int64(v.Len())
		if v.IsASCII() {
			return 40 + n + 1
		}
		kind := int64(1)
		for _, r := range v.Runes() {
			switch {
			case r > 0xffff:
				kind = 4
			case r > 0xff && kind < 2:
				kind = 2
			}
		}
		return 56 + (n+1)*kind
	case *objects.Bytes:
		return 33 + int64(len(v.Value()))
	case *objects.Tuple:
		return 40 + word*int64(v.Len())
	case *objects.List:
		return 56 + word*int64(len(v.Items()))
	case *objects.Dict:
		if v.Len() == 0 {
			return 64
		}
		return 64 + 120 + 24*int64(v.Len())
	case *objects.Set:
		return 216
	case *objects.Range:
		return 48
	}
	return 16
}
