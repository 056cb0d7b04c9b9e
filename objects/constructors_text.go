package objects

import "strings"

// The constructors of str, bytes, bytearray and bool: str(object='') and str(object, encoding,
// errors); bytes and bytearray from nothing, a count, a bytes-like object, an iterable of ints or
// a str with an encoding; bool(x). Arguments and messages follow CPython 3.13.

// textArgs splits a constructor's arguments into the values of object, encoding and errors,
// by position or keyword; it fails with CPython's messages for too many or unknown arguments.
func textArgs(name string, args []Object, kwnames *Tuple, tooMany func(n int) error) ([3]Object, error) {
	var vals [3]Object
	nkw := kwnames.Len()
	npos := len(args) - nkw
	if len(args) > 3 || npos > 3 {
		return vals, tooMany(len(args))
	}
	copy(vals[:], args[:npos])
	for i := 0; i < nkw; i++ {
		k, _ := kwnames.Items()[i].(*Str)
		j := -1
		if k != nil {
			switch k.value {
			case "object", "source":
				j = 0
			case "encoding":
				j = 1
			case "errors":
				j = 2
			}
		}
		if j < 0 || (name == "str" && k.value == "source") || (name != "str" && k.value == "object") {
			kn := "?"
			if k != nil {
				kn = k.value
			}
			return vals, Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, kn)
		}
		if vals[j] != nil {
			return vals, Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", name, k.value, j+1)
		}
		vals[j] = args[npos+i]
	}
	return vals, nil
}

// textOption returns an encoding or errors argument as a Go string, def when absent.
func textOption(fn, param string, v Object, def string) (string, error) {
	if v == nil {
		return def, nil
	}
	s, ok := v.(*Str)
	if !ok {
		return "", Errorf(TypeErrorType, "%s() argument '%s' must be str, not %s", fn, param, v.Type().Name)
	}
	if strings.IndexByte(s.value, 0) >= 0 {
		return "", Errorf(ValueErrorType, "embedded null character")
	}
	return s.value, nil
}

func strNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	v, err := textArgs("str", args, kwnames, func(n int) error {
		return Errorf(TypeErrorType, "str expected at most 3 arguments, got %d", n)
	})
	if err != nil {
		return nil, err
	}
	var s *Str
	if v[1] == nil && v[2] == nil {
		if v[0] == nil {
			s = EmptyStr
		} else if s, err = StrOf(ts, v[0]); err != nil {
			return nil, err
		}
	} else {
		enc, err := textOption("str", "encoding", v[1], "utf-8")
		if err != nil {
			return nil, err
		}
		errs, err := textOption("str", "errors", v[2], "")
		if err != nil {
			return nil, err
		}
		if v[0] == nil {
			s = EmptyStr
		} else if _, isStr := v[0].(*Str); isStr {
			return nil, Errorf(TypeErrorType, "decoding str is not supported")
		} else if data, ok := bytesOf(v[0]); ok {
			if s, err = DecodeBytes(ts, data, enc, errs); err != nil {
				return nil, err
			}
		} else {
			return nil, Errorf(TypeErrorType, "decoding to str: need a bytes-like object, %s found", v[0].Type().Name)
		}
	}
	if cls != StrType {
		return &Str{value: s.value, ext: NewExtension(cls)}, nil
	}
	return s, nil
}

// bytesSource computes the contents of a new bytes or bytearray object from its arguments.
func bytesSource(ts *Thread, name string, args []Object, kwnames *Tuple) ([]byte, error) {
	v, err := textArgs(name, args, kwnames, func(n int) error {
		return Errorf(TypeErrorType, "%s() takes at most 3 arguments (%d given)", name, n)
	})
	if err != nil {
		return nil, err
	}
	src := v[0]
	if src == nil {
		if v[1] != nil {
			return nil, Errorf(TypeErrorType, "encoding without a string argument")
		}
		if v[2] != nil {
			return nil, Errorf(TypeErrorType, "errors without a string argument")
		}
		return nil, nil
	}
	if s, ok := src.(*Str); ok {
		if v[1] == nil {
			return nil, Errorf(TypeErrorType, "string argument without an encoding")
		}
		enc, err := textOption(name, "encoding", v[1], "utf-8")
		if err != nil {
			return nil, err
		}
		errs, err := textOption(name, "errors", v[2], "")
		if err != nil {
			return nil, err
		}
		b, err := s.Encode(ts, enc, errs)
		if err != nil {
			return nil, err
		}
		return []byte(b.value), nil
	}
	if v[1] != nil {
		return nil, Errorf(TypeErrorType, "encoding without a string argument")
	}
	if v[2] != nil {
		return nil, Errorf(TypeErrorType, "errors without a string argument")
	}
	if data, ok := bytesOf(src); ok {
		return []byte(data), nil
	}
	if n, ok := src.(*Int); ok || src.Type().Slots.Index != nil && src.Type().Slots.Iter == nil {
		if !ok {
			if n, err = Index(ts, src); err != nil {
				return nil, err
			}
		}
		count, small := n.Int64()
		if n.Sign() < 0 {
			return nil, Errorf(ValueErrorType, "negative count")
		}
		if !small || count > 1<<40 {
			return nil, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		return make([]byte, count), nil
	}
	if !Iterable(src) {
		return nil, Errorf(TypeErrorType, "cannot convert '%s' object to %s", src.Type().Name, name)
	}
	items, err := IterableItems(ts, src)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(items))
	for i, it := range items {
		n, err := Index(ts, it)
		if err != nil {
			return nil, err
		}
		v, small := n.Int64()
		if !small || v < 0 || v > 255 {
			if name == "bytes" {
				return nil, Errorf(ValueErrorType, "bytes must be in range(0, 256)")
			}
			return nil, Errorf(ValueErrorType, "byte must be in range(0, 256)")
		}
		out[i] = byte(v)
	}
	return out, nil
}

func bytesNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	b, err := bytesSource(ts, "bytes", args, kwnames)
	if err != nil {
		return nil, err
	}
	o := NewBytes(b)
	if cls != BytesType {
		o.ext = NewExtension(cls)
	}
	return o, nil
}

func bytearrayNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	b, err := bytesSource(ts, "bytearray", args, kwnames)
	if err != nil {
		return nil, err
	}
	o := NewByteArray(b)
	if cls != ByteArrayType {
		o.ext = NewExtension(cls)
	}
	return o, nil
}

func boolNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	if kwnames.Len() > 0 {
		return nil, Errorf(TypeErrorType, "bool() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return False, nil
	case 1:
		t, err := IsTrue(ts, args[0])
		if err != nil {
			return nil, err
		}
		return NewBool(t), nil
	}
	return nil, Errorf(TypeErrorType, "bool expected at most 1 argument, got %d", len(args))
}

func init() {
	StrType.Slots.New = strNew
	// str.__str__ gives an instance of a subclass back as an exact str (unicode_str).
	StrType.Slots.Str = func(ts *Thread, o Object) (*Str, error) {
		if s := o.(*Str); s.ext != nil {
			return NewStr(s.value), nil
		}
		return o.(*Str), nil
	}
	BytesType.Slots.New = bytesNew
	ByteArrayType.Slots.New = bytearrayNew
	BoolType.Slots.New = boolNew
}
