package json

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// text is a str being decoded. The scanner works on the UTF-8 bytes of the str, where every
// character JSON gives meaning to is a single ASCII byte, and converts byte offsets to the
// code point indexes Python sees only for the positions it reports.
type text struct {
	s     *objects.Str
	v     string
	ascii bool
	// lastByte and lastCP cache the last conversion, so that converting increasing offsets
	// of a non-ASCII str costs one pass over it in all.
	lastByte, lastCP int
}

func newText(s *objects.Str) *text {
	return &text{s: s, v: s.Value(), ascii: s.IsASCII()}
}

// cp returns the code point index of byte offset b.
func (t *text) cp(b int) int {
	if t.ascii {
		return b
	}
	i, n := 0, 0
	if b >= t.lastByte {
		i, n = t.lastByte, t.lastCP
	}
	for ; i < b; i++ {
		// Every code point has exactly one byte that is not a continuation byte.
		if t.v[i]&0xC0 != 0x80 {
			n++
		}
	}
	t.lastByte, t.lastCP = b, n
	return n
}

// byteOffset returns the byte offset of code point index i, 0 <= i <= len.
func (t *text) byteOffset(i int) int {
	if t.ascii {
		return i
	}
	b := t.s.ByteOffset(i)
	t.lastByte, t.lastCP = b, i
	return b
}

// fail returns the JSONDecodeError for msg at byte offset b.
func (t *text) fail(ts *objects.Thread, msg string, b int) error {
	return decodeError(ts, msg, t.s, t.cp(b))
}

var (
	jsonDecoderName = objects.NewStr("json.decoder")
	decodeErrorName = objects.NewStr("JSONDecodeError")
	decodeErrorFrom = objects.NewTuple([]objects.Object{decodeErrorName})
)

// decodeError builds json.decoder.JSONDecodeError(msg, doc, pos). Like CPython's _json, the
// class is looked up in json.decoder each time an error is raised, so that the module need
// not be imported until a document is invalid; when the lookup fails its error is raised
// instead.
func decodeError(ts *objects.Thread, msg string, doc *objects.Str, pos int) error {
	m, err := vm.Import(ts, nil, jsonDecoderName, decodeErrorFrom, 0)
	if err != nil {
		return err
	}
	cls, err := objects.GetAttr(ts, m, decodeErrorName)
	if err != nil {
		return err
	}
	exc, err := objects.Call(ts, cls, []objects.Object{objects.NewStr(msg), doc, objects.NewInt(int64(pos))}, nil)
	if err != nil {
		return err
	}
	e, ok := exc.(*objects.BaseException)
	if !ok {
		return objects.Errorf(objects.TypeErrorType, "exceptions must derive from BaseException")
	}
	return e
}

// stopIteration is the StopIteration(idx) the scanner raises where it finds no value.
func stopIteration(idx int) error {
	return objects.NewException(objects.StopIterationType, objects.NewInt(int64(idx)))
}

// readonly is the setter of the scanner's and encoder's attributes, which CPython makes
// read-only members.
func readonly(_ *objects.Thread, _, _ objects.Object) error {
	return objects.Errorf(objects.AttributeErrorType, "readonly attribute")
}
