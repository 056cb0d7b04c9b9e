package codecache

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/taipanpy/taipan/objects"
)

// errCorrupt is returned for a cache file that cannot be decoded; the caller recompiles.
var errCorrupt = errors.New("codecache: corrupt cache file")

func errUnsupported(o objects.Object) error {
	return fmt.Errorf("codecache: cannot store a constant of type %s", o.Type().Name)
}

// decoder reads values back; any malformed input sets err and yields zero values, so that a
// damaged file never panics.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail() { d.err = errCorrupt; d.b = nil }

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) int() int {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

// count reads a length, refusing one larger than what remains (each item takes a byte at
// least), so that a damaged length cannot make the decoder allocate without bound.
func (d *decoder) count() int {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *decoder) raw(n int) []byte {
	if n < 0 || n > len(d.b) {
		d.fail()
		return nil
	}
	p := d.b[:n]
	d.b = d.b[n:]
	return p
}

func (d *decoder) bytes() []byte { return append([]byte(nil), d.raw(d.count())...) }
func (d *decoder) str() string   { return string(d.raw(d.count())) }

func (d *decoder) byte1() byte {
	p := d.raw(1)
	if p == nil {
		return 0
	}
	return p[0]
}

func (d *decoder) u64() uint64 {
	p := d.raw(8)
	if p == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(p)
}

func (d *decoder) code() *objects.Code {
	c := &objects.Code{Name: d.str(), Qualname: d.str(), Filename: d.str(), FirstLineno: d.int()}
	n := d.count()
	c.Instrs = make([]uint16, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		p := d.raw(2)
		if p != nil {
			c.Instrs = append(c.Instrs, binary.LittleEndian.Uint16(p))
		}
	}
	n = d.count()
	for i := 0; i < n && d.err == nil; i++ {
		c.Consts = append(c.Consts, d.value())
	}
	n = d.count()
	for i := 0; i < n && d.err == nil; i++ {
		c.Names = append(c.Names, objects.NewStr(d.str()))
	}
	c.NLocalsplus, c.StackSize = d.int(), d.int()
	n = d.count()
	for i := 0; i < n && d.err == nil; i++ {
		c.LocalsplusNames = append(c.LocalsplusNames, d.str())
	}
	c.NFreeVars = d.int()
	c.ExceptionTable = d.bytes()
	c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount = d.int(), d.int(), d.int()
	c.Flags = objects.CodeFlags(d.uvarint())
	c.LocalsplusKinds = d.bytes()
	c.LineTable = d.bytes()
	return c
}

func (d *decoder) value() objects.Object {
	switch d.byte1() {
	case tagNone:
		return objects.None
	case tagTrue:
		return objects.True
	case tagFalse:
		return objects.False
	case tagEllipsis:
		return objects.Ellipsis
	case tagInt:
		v, n := binary.Varint(d.b)
		if n <= 0 {
			d.fail()
			return objects.None
		}
		d.b = d.b[n:]
		return objects.NewInt(v)
	case tagBigInt:
		sign := d.byte1()
		return objects.NewBigInt(bigFromBytes(sign, d.bytes()))
	case tagFloat:
		return objects.NewFloat(math.Float64frombits(d.u64()))
	case tagComplex:
		re := math.Float64frombits(d.u64())
		return objects.NewComplex(complex(re, math.Float64frombits(d.u64())))
	case tagStr:
		return objects.NewStr(d.str())
	case tagBytes:
		return objects.NewBytesString(d.str())
	case tagTuple:
		return objects.NewTuple(d.items())
	case tagFrozenSet:
		s, err := objects.NewFrozenSet(nil, objects.NewTuple(d.items()))
		if err != nil {
			d.fail()
			return objects.None
		}
		return s
	case tagCode:
		return d.code()
	}
	d.fail()
	return objects.None
}

func (d *decoder) items() []objects.Object {
	n := d.count()
	items := make([]objects.Object, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		items = append(items, d.value())
	}
	return items
}
