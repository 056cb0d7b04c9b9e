package array

import (
	"encoding/binary"
	"math"
	"math/big"
	"unicode"

	"github.com/taipanpy/taipan/objects"
)

// kind says how a typecode's items are stored.
type kind uint8

const (
	intKind kind = iota
	floatKind
	charKind
)

// descr describes one typecode: its items' size and C type, and how they convert.
type descr struct {
	code    byte
	size    int
	kind    kind
	signed  bool
	format  string // the buffer protocol's struct format
	mformat int    // the machine format code pickles carry
	set     func(ts *objects.Thread, b []byte, v objects.Object) error
}

// typecodes lists the typecodes in the order CPython's array.typecodes does.
const typecodes = "bBuwhHiIlLqQfd"

// The machine format codes of _array_reconstructor: the layouts an array's bytes may have in a
// pickle, so that it can be read on a machine with other sizes or byte order.
const (
	mfUint8 = iota
	mfInt8
	mfUint16LE
	mfUint16BE
	mfInt16LE
	mfInt16BE
	mfUint32LE
	mfUint32BE
	mfInt32LE
	mfInt32BE
	mfUint64LE
	mfUint64BE
	mfInt64LE
	mfInt64BE
	mfFloatLE
	mfFloatBE
	mfDoubleLE
	mfDoubleBE
	mfUTF16LE
	mfUTF16BE
	mfUTF32LE
	mfUTF32BE
	mfLast = mfUTF32BE
)

var descrs = [...]descr{
	{code: 'b', size: 1, signed: true, format: "b", mformat: mfInt8, set: setShortRange(-128, 127, "signed char")},
	{code: 'B', size: 1, format: "B", mformat: mfUint8, set: setLongRange(0, 255, "unsigned byte integer")},
	{code: 'u', size: 4, kind: charKind, format: "w", mformat: mfUTF32LE, set: setChar},
	{code: 'w', size: 4, kind: charKind, format: "w", mformat: mfUTF32LE, set: setChar},
	{code: 'h', size: 2, signed: true, format: "h", mformat: mfInt16LE, set: setShortRange(math.MinInt16, math.MaxInt16, "signed short integer")},
	{code: 'H', size: 2, format: "H", mformat: mfUint16LE, set: setIntRange(0, math.MaxUint16, "unsigned short")},
	{code: 'i', size: 4, signed: true, format: "i", mformat: mfInt32LE, set: setIntRange(math.MinInt32, math.MaxInt32, "signed integer")},
	{code: 'I', size: 4, format: "I", mformat: mfUint32LE, set: setUnsigned(math.MaxUint32, "unsigned int is greater than maximum")},
	{code: 'l', size: 8, signed: true, format: "l", mformat: mfInt64LE, set: setLongRange(math.MinInt64, math.MaxInt64, "")},
	{code: 'L', size: 8, format: "L", mformat: mfUint64LE, set: setUnsigned(math.MaxUint64, "")},
	{code: 'q', size: 8, signed: true, format: "q", mformat: mfInt64LE, set: setLongLong},
	{code: 'Q', size: 8, format: "Q", mformat: mfUint64LE, set: setUnsignedLongLong},
	{code: 'f', size: 4, kind: floatKind, format: "f", mformat: mfFloatLE, set: setFloat},
	{code: 'd', size: 8, kind: floatKind, format: "d", mformat: mfDoubleLE, set: setFloat},
}

// lookupDescr returns the descriptor of typecode c, nil for an unknown one.
func lookupDescr(c rune) *descr {
	for i := range descrs {
		if rune(descrs[i].code) == c {
			return &descrs[i]
		}
	}
	return nil
}

// get returns the item stored in b; only a character beyond Unicode's range fails.
func (d *descr) get(b []byte) (objects.Object, error) {
	switch d.kind {
	case floatKind:
		if d.size == 4 {
			return objects.NewFloat(float64(math.Float32frombits(binary.LittleEndian.Uint32(b)))), nil
		}
		return objects.NewFloat(math.Float64frombits(binary.LittleEndian.Uint64(b))), nil
	case charKind:
		c := binary.LittleEndian.Uint32(b)
		if c > unicode.MaxRune {
			return nil, objects.Errorf(objects.ValueErrorType, "chr() arg not in range(0x110000)")
		}
		return objects.NewStrFromRunes([]rune{rune(c)}), nil
	}
	if d.signed {
		return objects.NewInt(d.getInt(b)), nil
	}
	u := d.getUint(b)
	if u > math.MaxInt64 {
		return objects.NewBigInt(new(big.Int).SetUint64(u)), nil
	}
	return objects.NewInt(int64(u)), nil
}

// getInt returns a signed integer item.
func (d *descr) getInt(b []byte) int64 {
	switch d.size {
	case 1:
		return int64(int8(b[0]))
	case 2:
		return int64(int16(binary.LittleEndian.Uint16(b)))
	case 4:
		return int64(int32(binary.LittleEndian.Uint32(b)))
	}
	return int64(binary.LittleEndian.Uint64(b))
}

// getUint returns an unsigned integer item (or a character's code point).
func (d *descr) getUint(b []byte) uint64 {
	switch d.size {
	case 1:
		return uint64(b[0])
	case 2:
		return uint64(binary.LittleEndian.Uint16(b))
	case 4:
		return uint64(binary.LittleEndian.Uint32(b))
	}
	return binary.LittleEndian.Uint64(b)
}

// putUint stores the low size bytes of v in b.
func putUint(b []byte, v uint64) {
	switch len(b) {
	case 1:
		b[0] = byte(v)
	case 2:
		binary.LittleEndian.PutUint16(b, uint16(v))
	case 4:
		binary.LittleEndian.PutUint32(b, uint32(v))
	default:
		binary.LittleEndian.PutUint64(b, v)
	}
}

// asLong is PyLong_AsLong on the index of v.
func asLong(ts *objects.Thread, v objects.Object) (int64, error) {
	i, err := objects.Index(ts, v)
	if err != nil {
		return 0, err
	}
	n, ok := i.Int64()
	if !ok {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C long")
	}
	return n, nil
}

func rangeError(what string, tooBig bool) error {
	if tooBig {
		return objects.Errorf(objects.OverflowErrorType, "%s is greater than maximum", what)
	}
	return objects.Errorf(objects.OverflowErrorType, "%s is less than minimum", what)
}

// setShortRange converts as the "h" argument format does, then checks the item's own range.
func setShortRange(lo, hi int64, what string) func(*objects.Thread, []byte, objects.Object) error {
	return func(ts *objects.Thread, b []byte, v objects.Object) error {
		n, err := asLong(ts, v)
		if err != nil {
			return err
		}
		if n < math.MinInt16 || n > math.MaxInt16 {
			return rangeError("signed short integer", n > 0)
		}
		if n < lo || n > hi {
			return rangeError(what, n > 0)
		}
		putUint(b, uint64(n))
		return nil
	}
}

// setIntRange converts as the "i" argument format does, then checks the item's own range.
func setIntRange(lo, hi int64, what string) func(*objects.Thread, []byte, objects.Object) error {
	return func(ts *objects.Thread, b []byte, v objects.Object) error {
		n, err := asLong(ts, v)
		if err != nil {
			return err
		}
		if n < math.MinInt32 || n > math.MaxInt32 {
			return rangeError("signed integer", n > 0)
		}
		if n < lo || n > hi {
			return rangeError(what, n > 0)
		}
		putUint(b, uint64(n))
		return nil
	}
}

// setLongRange converts to a C long and checks the item's range (none when what is empty).
func setLongRange(lo, hi int64, what string) func(*objects.Thread, []byte, objects.Object) error {
	return func(ts *objects.Thread, b []byte, v objects.Object) error {
		n, err := asLong(ts, v)
		if err != nil {
			return err
		}
		if what != "" && (n < lo || n > hi) {
			return rangeError(what, n > 0)
		}
		putUint(b, uint64(n))
		return nil
	}
}

// setUnsigned converts as PyLong_AsUnsignedLong does, then checks max (with message tooBig).
func setUnsigned(max uint64, tooBig string) func(*objects.Thread, []byte, objects.Object) error {
	return func(ts *objects.Thread, b []byte, v objects.Object) error {
		i, err := objects.Index(ts, v)
		if err != nil {
			return err
		}
		if i.Sign() < 0 {
			return objects.Errorf(objects.OverflowErrorType, "can't convert negative value to unsigned int")
		}
		bi := i.Big()
		if !bi.IsUint64() {
			return objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C unsigned long")
		}
		u := bi.Uint64()
		if u > max {
			return objects.Errorf(objects.OverflowErrorType, "%s", tooBig)
		}
		putUint(b, u)
		return nil
	}
}

func setLongLong(ts *objects.Thread, b []byte, v objects.Object) error {
	i, err := objects.Index(ts, v)
	if err != nil {
		return err
	}
	n, ok := i.Int64()
	if !ok {
		return objects.Errorf(objects.OverflowErrorType, "int too big to convert")
	}
	putUint(b, uint64(n))
	return nil
}

func setUnsignedLongLong(ts *objects.Thread, b []byte, v objects.Object) error {
	i, err := objects.Index(ts, v)
	if err != nil {
		return err
	}
	if i.Sign() < 0 {
		return objects.Errorf(objects.OverflowErrorType, "can't convert negative int to unsigned")
	}
	bi := i.Big()
	if !bi.IsUint64() {
		return objects.Errorf(objects.OverflowErrorType, "int too big to convert")
	}
	putUint(b, bi.Uint64())
	return nil
}

// asDouble is PyFloat_AsDouble.
func asDouble(ts *objects.Thread, v objects.Object) (float64, error) {
	if f, ok := v.(*objects.Float); ok {
		return f.Value(), nil
	}
	s := &v.Type().Slots
	if s.Float == nil && s.Index == nil {
		return 0, objects.Errorf(objects.TypeErrorType, "must be real number, not %s", v.Type().Name)
	}
	f, err := objects.ToFloat(ts, v)
	if err != nil {
		return 0, err
	}
	return f.(*objects.Float).Value(), nil
}

func setFloat(ts *objects.Thread, b []byte, v objects.Object) error {
	f, err := asDouble(ts, v)
	if err != nil {
		return err
	}
	if len(b) == 4 {
		binary.LittleEndian.PutUint32(b, math.Float32bits(float32(f)))
	} else {
		binary.LittleEndian.PutUint64(b, math.Float64bits(f))
	}
	return nil
}

func setChar(_ *objects.Thread, b []byte, v objects.Object) error {
	s, ok := v.(*objects.Str)
	if !ok || s.Len() != 1 {
		return objects.Errorf(objects.TypeErrorType, "array item must be unicode character")
	}
	binary.LittleEndian.PutUint32(b, uint32(s.At(0)))
	return nil
}
