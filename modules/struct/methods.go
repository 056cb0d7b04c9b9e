package structmod

import (
	"math"

	"github.com/taipanpy/taipan/objects"
)

// compiled returns the layout of a Struct, which __init__ must have compiled.
func compiled(o objects.Object) (*Struct, error) {
	s, ok := o.(*Struct)
	if !ok || s.l == nil {
		return nil, objects.Errorf(objects.ValueErrorType, "Struct object is not initialized")
	}
	return s, nil
}

// readBuffer returns the bytes of a bytes-like object (bytes, bytearray, memoryview, array).
func readBuffer(o objects.Object) ([]byte, error) {
	if b, ok := o.(*objects.ByteArray); ok {
		return b.Value(), nil
	}
	return objects.BytesLike(o)
}

// writeBuffer returns the bytes of a writable bytes-like object, which the caller may change.
func writeBuffer(o objects.Object) ([]byte, error) {
	if b, ok := objects.WritableBuffer(o); ok {
		return b, nil
	}
	return nil, objects.Errorf(objects.TypeErrorType, "argument must be read-write bytes-like object, not %s", o.Type().Name)
}

// ssize is a Py_ssize_t argument: an int or an object with __index__.
func ssize(ts *objects.Thread, o objects.Object, overflow *objects.Type) (int, error) {
	if _, ok := o.(*objects.Int); !ok && o.Type().Slots.Index == nil {
		return 0, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, ok := i.Int64()
	if !ok || v > math.MaxInt || v < math.MinInt {
		if overflow == objects.OverflowErrorType {
			return 0, objects.Errorf(overflow, "Python int too large to convert to C ssize_t")
		}
		return 0, objects.Errorf(overflow, "cannot fit '%s' into an index-sized integer", o.Type().Name)
	}
	return int(v), nil
}

// pack is Struct.pack(*v).
func (s *Struct) pack(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
	if len(args) != s.l.items {
		return nil, structError("pack expected " + itoa(s.l.items) + " items for packing (got " + itoa(len(args)) + ")")
	}
	buf := make([]byte, s.l.size)
	if err := s.l.pack(ts, buf, args); err != nil {
		return nil, err
	}
	return objects.NewBytes(buf), nil
}

// packInto is Struct.pack_into(buffer, offset, *v).
func (s *Struct) packInto(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
	switch {
	case len(args) == 0:
		return nil, structError("pack_into expected buffer argument")
	case len(args) == 1:
		return nil, structError("pack_into expected offset argument")
	case len(args)-2 != s.l.items:
		return nil, structError("pack_into expected " + itoa(s.l.items) + " items for packing (got " + itoa(len(args)-2) + ")")
	}
	buf, err := writeBuffer(args[0])
	if err != nil {
		return nil, err
	}
	off, err := ssize(ts, args[1], objects.IndexErrorType)
	if err != nil {
		return nil, err
	}
	size, n := s.l.size, len(buf)
	if off < 0 {
		if off+size > 0 {
			return nil, structError("no space to pack " + itoa(size) + " bytes at offset " + itoa(off))
		}
		if off+n < 0 {
			return nil, structError("offset " + itoa(off) + " out of range for " + itoa(n) + "-byte buffer")
		}
		off += n
	}
	if n-off < size {
		return nil, structError("pack_into requires a buffer of at least " + itoa(size+off) + " bytes for packing " +
			itoa(size) + " bytes at offset " + itoa(off) + " (actual buffer size is " + itoa(n) + ")")
	}
	// Pack into a scratch buffer first so that a bad value leaves the target as it was.
	tmp := make([]byte, size)
	if err := s.l.pack(ts, tmp, args[2:]); err != nil {
		return nil, err
	}
	copy(buf[off:], tmp)
	return objects.None, nil
}

// unpack is Struct.unpack(buffer, /).
func (s *Struct) unpack(buffer objects.Object) (objects.Object, error) {
	buf, err := readBuffer(buffer)
	if err != nil {
		return nil, err
	}
	if len(buf) != s.l.size {
		return nil, structError("unpack requires a buffer of " + itoa(s.l.size) + " bytes")
	}
	return s.l.unpack(buf), nil
}

// unpackFrom is Struct.unpack_from(buffer, offset=0).
func (s *Struct) unpackFrom(ts *objects.Thread, buffer, offset objects.Object) (objects.Object, error) {
	buf, err := readBuffer(buffer)
	if err != nil {
		return nil, err
	}
	off := 0
	if offset != nil {
		if off, err = ssize(ts, offset, objects.OverflowErrorType); err != nil {
			return nil, err
		}
	}
	size, n := s.l.size, len(buf)
	if off < 0 {
		if off+size > 0 {
			return nil, structError("not enough data to unpack " + itoa(size) + " bytes at offset " + itoa(off))
		}
		if off+n < 0 {
			return nil, structError("offset " + itoa(off) + " out of range for " + itoa(n) + "-byte buffer")
		}
		off += n
	}
	if n-off < size {
		return nil, structError("unpack_from requires a buffer of at least " + itoa(size+off) + " bytes for unpacking " +
			itoa(size) + " bytes at offset " + itoa(off) + " (actual buffer size is " + itoa(n) + ")")
	}
	return s.l.unpack(buf[off : off+size]), nil
}

// iterUnpack is Struct.iter_unpack(buffer, /).
func (s *Struct) iterUnpack(buffer objects.Object) (objects.Object, error) {
	if s.l.size == 0 {
		return nil, structError("cannot iteratively unpack with a struct of length 0")
	}
	buf, err := readBuffer(buffer)
	if err != nil {
		return nil, err
	}
	if len(buf)%s.l.size != 0 {
		return nil, structError("iterative unpacking requires a buffer of a multiple of " + itoa(s.l.size) + " bytes")
	}
	// The iterator keeps its own copy, as CPython keeps the buffer exported.
	return &unpackIter{l: s.l, buf: append([]byte(nil), buf...)}, nil
}

var unpackFromArgs = objects.ArgParser{FuncName: "unpack_from", Params: []string{"buffer", "offset"}, MinPos: 1, MaxPos: 2}

// structMethod adapts a method of an initialized Struct.
func structMethod(f func(ts *objects.Thread, s *Struct, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error)) objects.MethodFunc {
	return func(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
		s, err := compiled(self)
		if err != nil {
			return nil, err
		}
		return f(ts, s, args, kwnames)
	}
}

var structMethods = []objects.MethodDef{
	{Name: "iter_unpack", Flags: objects.MethO,
		Doc: "Return an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\ninvocation of unpack_from().\n\nRequires that the bytes length be a multiple of the struct size.",
		Func: structMethod(func(_ *objects.Thread, s *Struct, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return s.iterUnpack(args[0])
		})},
	{Name: "pack", Flags: objects.MethFastcall,
		Doc: "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\nto the format string S.format.  See help(struct) for more on format\nstrings.",
		Func: structMethod(func(ts *objects.Thread, s *Struct, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return s.pack(ts, args)
		})},
	{Name: "pack_into", Flags: objects.MethFastcall,
		Doc: "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\nand write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is a required argument.  See\nhelp(struct) for more on format strings.",
		Func: structMethod(func(ts *objects.Thread, s *Struct, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return s.packInto(ts, args)
		})},
	{Name: "unpack", Flags: objects.MethO,
		Doc: "Return a tuple containing unpacked values.\n\nUnpack according to the format string Struct.format. The buffer's size\nin bytes must be Struct.size.\n\nSee help(struct) for more on format strings.",
		Func: structMethod(func(_ *objects.Thread, s *Struct, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return s.unpack(args[0])
		})},
	{Name: "unpack_from", Flags: objects.MethFastcall | objects.MethKeywords,
		Doc: "Return a tuple containing unpacked values.\n\nValues are unpacked according to the format string Struct.format.\n\nThe buffer's size in bytes, starting at position offset, must be\nat least Struct.size.\n\nSee help(struct) for more on format strings.",
		Func: structMethod(func(ts *objects.Thread, s *Struct, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			var a [2]objects.Object
			if err := unpackFromArgs.Parse(args, kwnames, a[:]); err != nil {
				return nil, err
			}
			return s.unpackFrom(ts, a[0], a[1])
		})},
	{Name: "__sizeof__", Flags: objects.MethNoArgs, Doc: "S.__sizeof__() -> size of S in memory, in bytes",
		Func: structMethod(func(_ *objects.Thread, s *Struct, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return objects.NewInt(int64(72 + 24*(len(s.l.codes)+1))), nil
		})},
}
