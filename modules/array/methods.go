package array

import (
	"math"
	"unsafe"

	"github.com/taipanpy/taipan/objects"
)

type methodFunc = func(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error)

// method makes one of array's methods; f gets self as an *Array.
func method(name string, flags objects.MethodFlags, doc string, f func(ts *objects.Thread, a *Array, args []objects.Object) (objects.Object, error)) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: flags, Doc: doc,
		Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			a, ok := self.(*Array)
			if !ok {
				return nil, objects.Errorf(objects.TypeErrorType, "descriptor '%s' requires a 'array.array' object but received a '%s'", name, self.Type().Name)
			}
			return f(ts, a, args)
		}}
}

// positional makes a method taking between min and max positional arguments.
func positional(name string, min, max int, doc string, f func(ts *objects.Thread, a *Array, args []objects.Object) (objects.Object, error)) objects.MethodDef {
	return method(name, objects.MethFastcall, doc, func(ts *objects.Thread, a *Array, args []objects.Object) (objects.Object, error) {
		switch {
		case len(args) < min && min == max:
			return nil, objects.Errorf(objects.TypeErrorType, "%s expected %d argument%s, got %d", name, max, plural(max), len(args))
		case len(args) < min:
			return nil, objects.Errorf(objects.TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, plural(min), len(args))
		case len(args) > max:
			if max == min {
				return nil, objects.Errorf(objects.TypeErrorType, "%s expected %d argument%s, got %d", name, max, plural(max), len(args))
			}
			return nil, objects.Errorf(objects.TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, plural(max), len(args))
		}
		return f(ts, a, args)
	})
}

// kwMethod makes a method that sees how many keyword arguments it was given (nkw) after its
// positional ones, for the methods whose messages count the positional ones first.
func kwMethod(name, doc string, f func(ts *objects.Thread, a *Array, args []objects.Object, nkw int) (objects.Object, error)) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethFastcall | objects.MethKeywords, Doc: doc,
		Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			a, ok := self.(*Array)
			if !ok {
				return nil, objects.Errorf(objects.TypeErrorType, "descriptor '%s' requires a 'array.array' object but received a '%s'", name, self.Type().Name)
			}
			nkw := kwnames.Len()
			return f(ts, a, args[:len(args)-nkw], nkw)
		}}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

var none = objects.None

// arrayMethods are array's methods.
var arrayMethods []objects.MethodDef

func init() {
	arrayMethods = []objects.MethodDef{
		method("append", objects.MethO, "Append new value v to the end of the array.", func(ts *objects.Thread, a *Array, args []objects.Object) (objects.Object, error) {
			return none, a.appendItem(ts, args[0])
		}),
		method("buffer_info", objects.MethNoArgs, "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.\n\nThe length should be multiplied by the itemsize attribute to calculate\nthe buffer length in bytes.", func(ts *objects.Thread, a *Array, _ []objects.Object) (objects.Object, error) {
			var addr uintptr
			if len(a.buf) > 0 {
				addr = uintptr(unsafe.Pointer(&a.buf[0]))
			}
			return objects.NewTuple([]objects.Object{objects.NewInt(int64(addr)), objects.NewInt(int64(a.Len()))}), nil
		}),
		method("byteswap", objects.MethNoArgs, "Byteswap all items of the array.\n\nIf the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is\nraised.", func(ts *objects.Thread, a *Array, _ []objects.Object) (objects.Object, error) {
			size := a.d.size
			for i := 0; i+size <= len(a.buf); i += size {
				b := a.buf[i : i+size]
				for l, r := 0, size-1; l < r; l, r = l+1, r-1 {
					b[l], b[r] = b[r], b[l]
				}
			}
			return none, nil
		}),
		method("clear", objects.MethNoArgs, "Remove all items from the array.", func(ts *objects.Thread, a *Array, _ []objects.Object) (objects.Object, error) {
			return none, a.resize(0)
		}),
		method("__copy__", objects.MethNoArgs, "Return a copy of the array.", func(ts *objects.Thread, a *Array, _ []objects.Object) (objects.Object, error) {
			return a.copyArray(), nil
		}),
		method("__deepcopy__", objects.MethO, "Return a copy of the array.", func(ts *objects.Thread, a *Array, _ []objects.Object) (objects.Object, error) {
			return a.copyArray(), nil
		}),
		method("count", objects.MethO, "Return number of occurrences of v in the array.", func(ts *objects.Thread, a *Array, args []objects.Object) (objects.Object, error) {
			n := 0
			for i := 0; i < a.Len(); i++ {
				eq, err := a.equalAt(ts, i, args[0])
				if err != nil {
					return nil, err
				}
				if eq {
					n++
				}
			}
			return objects.NewInt(int64(n)), nil
		}),
		method("extend", objects.MethO, "Append items to the end of the array.", func(ts *objects.Thread, a *Array, args []objects.Object) (objects.Object, error) {
			return none, a.extend(ts, args[0])
		}),
		method("frombytes", objects.MethO, "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method.", func(ts *objects.Thread, a *Array, args []objects.Object) (objects.Object, error) {
			return none, a.fromBytes(args[0])
		}),
		kwMethod("fromfile", "Read n objects from the file object f and append them to the end of the array.", func(ts *objects.Thread, a *Array, args []objects.Object, nkw int) (objects.Object, error) {
			switch {
			case len(args)+nkw > 2:
				return nil, objects.Errorf(objects.TypeErrorType, "fromfile() takes at most 2 arguments (%d given)", len(args)+nkw)
			case len(args) != 2:
				return nil, objects.Errorf(objects.TypeErrorType, "fromfile() takes exactly 2 positional arguments (%d given)", len(args))
			case nkw > 0:
				return nil, objects.Errorf(objects.TypeErrorType, "fromfile() takes no keyword arguments")
			}
			return a.fromFile(ts, args[0], args[1])
		}),
		method("fromlist", objects.MethO, "Append items to array from list.", func(ts *objects.Thread, a *Array, args []objects.Object) (objects.Object, error) {
			l, ok := args[0].(*objects.List)
			if !ok {
				return nil, objects.Errorf(objects.TypeErrorType, "arg must be list")
			}
			old := a.Len()
			for _, v := range l.Items() {
				if err := a.appendItem(ts, v); err != nil {
					// The list goes in whole or not at all.
					_ = a.resize(old)
					return nil, err
				}
			}
			return none, nil
		}),
		method("fromunicode", objects.MethO, "Extends this array with data from the unicode string ustr.\n\nThe array must be a unicode type array; otherwise a ValueError is raised.\nUse array.frombytes(ustr.encode(...)) to append Unicode data to an array of\nsome other type.", func(ts *objects.Thread, a *Array, args []objects.Object) (objects.Object, error) {
			s, ok := args[0].(*objects.Str)
			if !ok {
				return nil, objects.Errorf(objects.TypeErrorType, "fromunicode() argument must be str, not %s", args[0].Type().Name)
			}
			if a.d.kind != charKind {
				return nil, objects.Errorf(objects.ValueErrorType, "fromunicode() may only be called on unicode type arrays ('u' or 'w')")
			}
			return none, a.fromUnicode(s)
		}),
		positional("index", 1, 3, "Return index of first occurrence of v in the array.\n\nRaise ValueError if the value is not present.", func(ts *objects.Thread, a *Array, args []objects.Object) (objects.Object, error) {
			n := a.Len()
			var start, stop objects.Object
			if len(args) > 1 {
				start = args[1]
			}
			if len(args) > 2 {
				stop = args[2]
			}
			lo, err := sliceBound(ts, start, n, 0)
			if err != nil {
				return nil, err
			}
			hi, err := sliceBound(ts, stop, n, math.MaxInt)
			if err != nil {
				return nil, err
			}
			for i := lo; i < hi && i < a.Len(); i++ {
				eq, err := a.equalAt(ts, i, args[0])
				if err != nil {
					return nil, err
				}
				if eq {
					return objects.NewInt(int64(i)), nil
				}
			}
			return nil, objects.Errorf(objects.ValueErrorType, "array.index(x): x not in array")
		}),
		positional("insert", 2, 2, "Insert a new item v into the array before position i.", func(ts *objects.Thread, a *Array, args []objects.Object) (objects.Object, error) {
			i, err := ssize(ts, args[0], objects.OverflowErrorType)
			if err != nil {
				return nil, err
			}
			return none, a.insert(ts, i, args[1])
		}),
		positional("pop", 0, 1, "Return the i-th element and delete it from the array.\n\ni defaults to -1.", func(ts *objects.Thread, a *Array, args []objects.Object) (objects.Object, error) {
			i := -1
			if len(args) > 0 {
				var err error
				if i, err = ssize(ts, args[0], objects.OverflowErrorType); err != nil {
					return nil, err
				}
			}
			n := a.Len()
			if n == 0 {
				return nil, objects.Errorf(objects.IndexErrorType, "pop from empty array")
			}
			if i < 0 {
				i += n
			}
			if i < 0 || i >= n {
				return nil, objects.Errorf(objects.IndexErrorType, "pop index out of range")
			}
			v, err := a.get(i)
			if err != nil {
				return nil, err
			}
			if err := a.deleteRange(i, i+1); err != nil {
				return nil, err
			}
			return v, nil
		}),
		kwMethod("__reduce_ex__", "Return state information for pickling.", func(ts *objects.Thread, a *Array, args []objects.Object, nkw int) (objects.Object, error) {
			switch {
			case len(args)+nkw > 1:
				return nil, objects.Errorf(objects.TypeErrorType, "__reduce_ex__() takes at most 1 argument (%d given)", len(args)+nkw)
			case len(args) == 0:
				return nil, objects.Errorf(objects.TypeErrorType, "__reduce_ex__() takes exactly 1 positional argument (0 given)")
			case nkw > 0:
				return nil, objects.Errorf(objects.TypeErrorType, "__reduce_ex__() takes no keyword arguments")
			}
			return a.reduceEx(ts, args[0])
		}),
		method("remove", objects.MethO, "Remove the first occurrence of v in the array.", func(ts *objects.Thread, a *Array, args []objects.Object) (objects.Object, error) {
			for i := 0; i < a.Len(); i++ {
				eq, err := a.equalAt(ts, i, args[0])
				if err != nil {
					return nil, err
				}
				if eq {
					return none, a.deleteRange(i, i+1)
				}
			}
			return nil, objects.Errorf(objects.ValueErrorType, "array.remove(x): x not in array")
		}),
		method("reverse", objects.MethNoArgs, "Reverse the order of the items in the array.", func(ts *objects.Thread, a *Array, _ []objects.Object) (objects.Object, error) {
			size := a.d.size
			tmp := make([]byte, size)
			for l, r := 0, a.Len()-1; l < r; l, r = l+1, r-1 {
				copy(tmp, a.item(l))
				copy(a.item(l), a.item(r))
				copy(a.item(r), tmp)
			}
			return none, nil
		}),
		method("tofile", objects.MethO, "Write all items (as machine values) to the file object f.", func(ts *objects.Thread, a *Array, args []objects.Object) (objects.Object, error) {
			return a.toFile(ts, args[0])
		}),
		method("tolist", objects.MethNoArgs, "Convert array to an ordinary list with the same items.", func(ts *objects.Thread, a *Array, _ []objects.Object) (objects.Object, error) {
			return a.toList()
		}),
		method("tobytes", objects.MethNoArgs, "Convert the array to an array of machine values and return the bytes representation.", func(ts *objects.Thread, a *Array, _ []objects.Object) (objects.Object, error) {
			return objects.NewBytes(a.buf), nil
		}),
		method("tounicode", objects.MethNoArgs, "Extends this array with data from the unicode string ustr.\n\nConvert the array to a unicode string.  The array must be a unicode type array;\notherwise a ValueError is raised.  Use array.tobytes().decode() to obtain a\nunicode string from an array of some other type.", func(ts *objects.Thread, a *Array, _ []objects.Object) (objects.Object, error) {
			if a.d.kind != charKind {
				return nil, objects.Errorf(objects.ValueErrorType, "tounicode() may only be called on unicode type arrays ('u' or 'w')")
			}
			return a.unicode(ts)
		}),
		method("__sizeof__", objects.MethNoArgs, "Size of the array in memory, in bytes.", func(ts *objects.Thread, a *Array, _ []objects.Object) (objects.Object, error) {
			return objects.NewInt(int64(64 + cap(a.buf))), nil
		}),
		objects.ClassGetItem,
	}
}

// copyArray returns a plain array with a's items.
func (a *Array) copyArray() *Array {
	r := newArray(ArrayType, a.d)
	r.buf = append([]byte(nil), a.buf...)
	return r
}

// extend appends the items of an array of the same typecode or of any iterable.
func (a *Array) extend(ts *objects.Thread, o objects.Object) error {
	if b := asArray(o); b != nil {
		return a.extendArray(b)
	}
	return a.extendIter(ts, o)
}

// extendIter appends the items of any iterable, converting each.
func (a *Array) extendIter(ts *objects.Thread, o objects.Object) error {
	it, err := objects.GetIter(ts, o)
	if err != nil {
		return err
	}
	for {
		v, err := objects.Next(ts, it)
		if err != nil {
			return err
		}
		if v == nil {
			return nil
		}
		if err := a.appendItem(ts, v); err != nil {
			return err
		}
	}
}

func (a *Array) insert(ts *objects.Thread, i int, v objects.Object) error {
	n := a.Len()
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	var tmp [8]byte
	b := tmp[:a.d.size]
	if err := a.d.set(ts, b, v); err != nil {
		return err
	}
	if err := a.resize(n + 1); err != nil {
		return err
	}
	size := a.d.size
	copy(a.buf[(i+1)*size:], a.buf[i*size:n*size])
	copy(a.item(i), b)
	return nil
}

func (a *Array) fromBytes(o objects.Object) error {
	if o == objects.Object(a) {
		// Reading its own buffer exports it for the duration, as CPython does.
		return objects.Errorf(objects.BufferErrorType, "cannot resize an array that is exporting buffers")
	}
	b, err := objects.BytesLike(o)
	if err != nil {
		return err
	}
	if len(b)%a.d.size != 0 {
		return objects.Errorf(objects.ValueErrorType, "bytes length not a multiple of item size")
	}
	return a.appendBytes(b)
}

// fromUnicode appends the code points of s, surrogates included.
func (a *Array) fromUnicode(s *objects.Str) error {
	rs := s.Runes()
	b := make([]byte, 4*len(rs))
	for i, c := range rs {
		putUint(b[4*i:4*i+4], uint64(c))
	}
	return a.appendBytes(b)
}

// fromFile is fromfile(f, n): n items read with f.read.
func (a *Array) fromFile(ts *objects.Thread, f, nArg objects.Object) (objects.Object, error) {
	n, err := ssize(ts, nArg, objects.OverflowErrorType)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, objects.Errorf(objects.ValueErrorType, "negative count")
	}
	if n > math.MaxInt/a.d.size {
		return nil, objects.NewException(objects.MemoryErrorType)
	}
	want := n * a.d.size
	got, err := objects.CallMethod(ts, f, "read", objects.NewInt(int64(want)))
	if err != nil {
		return nil, err
	}
	b, ok := got.(*objects.Bytes)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "read() didn't return bytes")
	}
	if err := a.fromBytes(b); err != nil {
		return nil, err
	}
	if len(b.Value()) != want {
		return nil, objects.Errorf(objects.EOFErrorType, "read() didn't return enough bytes")
	}
	return none, nil
}

// toFile writes the items' bytes to f in blocks, as CPython does.
func (a *Array) toFile(ts *objects.Thread, f objects.Object) (objects.Object, error) {
	const block = 64 * 1024
	for i := 0; i < len(a.buf); i += block {
		end := min(i+block, len(a.buf))
		if _, err := objects.CallMethod(ts, f, "write", objects.NewBytes(a.buf[i:end])); err != nil {
			return nil, err
		}
	}
	return none, nil
}

// badTypecode is the ValueError of an unknown typecode.
func badTypecode() error {
	return objects.Errorf(objects.ValueErrorType, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
}
