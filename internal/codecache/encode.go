// Package codecache stores compiled modules on disk, as CPython's __pycache__/*.pyc files do:
// NAME.taipan-313.pyc next to the source, reused while the source's modification time and
// size are unchanged and the instruction set is the one the file was written for.
//
// The format is Taipan's own (its bytecode is not CPython's): a header, then the module's code
// object and its constants, written by this package's encoder.
package codecache

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/taipanpy/taipan/objects"
)

// The tags of encoded values.
const (
	tagNone byte = iota + 1
	tagTrue
	tagFalse
	tagEllipsis
	tagInt
	tagBigInt
	tagFloat
	tagComplex
	tagStr
	tagBytes
	tagTuple
	tagFrozenSet
	tagCode
)

// encoder appends values to a buffer.
type encoder struct{ b []byte }

func (e *encoder) uvarint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) int(v int)        { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *encoder) bytes(p []byte)   { e.uvarint(uint64(len(p))); e.b = append(e.b, p...) }
func (e *encoder) str(s string)     { e.uvarint(uint64(len(s))); e.b = append(e.b, s...) }

func (e *encoder) strs(ss []string) {
	e.uvarint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

// code writes a code object with every field, its constants included.
func (e *encoder) code(c *objects.Code) error {
	e.str(c.Name)
	e.str(c.Qualname)
	e.str(c.Filename)
	e.int(c.FirstLineno)
	e.uvarint(uint64(len(c.Instrs)))
	for _, u := range c.Instrs {
		e.b = binary.LittleEndian.AppendUint16(e.b, u)
	}
	e.uvarint(uint64(len(c.Consts)))
	for _, k := range c.Consts {
		if err := e.value(k); err != nil {
			return err
		}
	}
	e.uvarint(uint64(len(c.Names)))
	for _, n := range c.Names {
		e.str(n.Value())
	}
	e.int(c.NLocalsplus)
	e.int(c.StackSize)
	e.strs(c.LocalsplusNames)
	e.int(c.NFreeVars)
	e.bytes(c.ExceptionTable)
	e.int(c.ArgCount)
	e.int(c.PosOnlyArgCount)
	e.int(c.KwOnlyArgCount)
	e.uvarint(uint64(c.Flags))
	e.bytes(c.LocalsplusKinds)
	e.bytes(c.LineTable)
	return nil
}

// value writes a constant.
func (e *encoder) value(o objects.Object) error {
	switch v := o.(type) {
	case *objects.Bool:
		if v.Value() {
			e.b = append(e.b, tagTrue)
		} else {
			e.b = append(e.b, tagFalse)
		}
	case *objects.Int:
		if small, ok := v.Int64(); ok {
			e.b = append(e.b, tagInt)
			e.b = binary.AppendVarint(e.b, small)
		} else {
			e.b = append(e.b, tagBigInt)
			n := v.Big()
			e.b = append(e.b, byte(n.Sign()+1))
			e.bytes(n.Bytes())
		}
	case *objects.Float:
		e.b = append(e.b, tagFloat)
		e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(v.Value()))
	case *objects.Complex:
		e.b = append(e.b, tagComplex)
		e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(real(v.Value())))
		e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(imag(v.Value())))
	case *objects.Str:
		e.b = append(e.b, tagStr)
		e.str(v.Value())
	case *objects.Bytes:
		e.b = append(e.b, tagBytes)
		e.str(v.Value())
	case *objects.Tuple:
		e.b = append(e.b, tagTuple)
		return e.items(v.Items())
	case *objects.Set:
		e.b = append(e.b, tagFrozenSet)
		return e.items(v.Elements())
	case *objects.Code:
		e.b = append(e.b, tagCode)
		return e.code(v)
	default:
		switch o {
		case objects.None:
			e.b = append(e.b, tagNone)
		case objects.Ellipsis:
			e.b = append(e.b, tagEllipsis)
		default:
			return errUnsupported(o)
		}
	}
	return nil
}

func (e *encoder) items(items []objects.Object) error {
	e.uvarint(uint64(len(items)))
	for _, it := range items {
		if err := e.value(it); err != nil {
			return err
		}
	}
	return nil
}

// bigSign turns the stored sign byte back into a sign.
func bigFromBytes(sign byte, mag []byte) *big.Int {
	n := new(big.Int).SetBytes(mag)
	if sign == 0 {
		n.Neg(n)
	}
	return n
}
