package objects

import "fmt"

// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: the codec's name, the
// object being converted, the failing range and the reason, and the messages codecs print.

// The Unicode errors' members, in layout order.
const (
	uniEncoding = iota
	uniObject
	uniStart
	uniEnd
	uniReason
)

var unicodeMembers = []excMember{{name: "encoding"}, {name: "object"},
	{name: "start", set: ssizeMemberSetter(uniStart)}, {name: "end", set: ssizeMemberSetter(uniEnd)}, {name: "reason"}}

// ssizeMemberSetter stores a C Py_ssize_t member (start, end): an int in range, kept as an
// exact int, and not deletable.
func ssizeMemberSetter(field int) func(ts *Thread, e *BaseException, v Object) error {
	return func(ts *Thread, e *BaseException, v Object) error {
		if v == nil {
			return Errorf(TypeErrorType, "can't delete numeric/char attribute")
		}
		if b, isBool := v.(*Bool); isBool {
			v = NewInt(0)
			if b.Value() {
				v = NewInt(1)
			}
		}
		i, ok := v.(*Int)
		if !ok {
			return Errorf(TypeErrorType, "an integer is required")
		}
		n, small := i.Int64()
		if !small {
			return Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		e.setField(field, NewInt(n))
		return nil
	}
}

// bytesLike is what UnicodeDecodeError accepts as its object: a bytes-like value.
type bytesLike interface {
	Object
	Bytes() []byte
}

var _ = defineSpec(UnicodeEncodeErrorType, &excSpec{
	members: unicodeMembers,
	init: func(ts *Thread, e *BaseException, args []Object, kw []kwArg) error {
		return initUnicodeError(ts, e, args, kw, "UUnnU")
	},
	str: func(ts *Thread, e *BaseException) (*Str, error) {
		return unicodeErrorStr(ts, e, "'%s' codec can't encode character '%s' in position %d: %s",
			"'%s' codec can't encode characters in position %d-%d: %s")
	},
})

var _ = defineSpec(UnicodeDecodeErrorType, &excSpec{
	members: unicodeMembers,
	init: func(ts *Thread, e *BaseException, args []Object, kw []kwArg) error {
		return initUnicodeError(ts, e, args, kw, "UynnU")
	},
	str: func(ts *Thread, e *BaseException) (*Str, error) {
		return unicodeErrorStr(ts, e, "'%s' codec can't decode byte 0x%02x in position %d: %s",
			"'%s' codec can't decode bytes in position %d-%d: %s")
	},
})

var _ = defineSpec(UnicodeTranslateErrorType, &excSpec{
	members: unicodeMembers,
	init: func(ts *Thread, e *BaseException, args []Object, kw []kwArg) error {
		return initUnicodeError(ts, e, args, kw, "UnnU")
	},
	str: func(ts *Thread, e *BaseException) (*Str, error) {
		return unicodeErrorStr(ts, e, "can't translate character '%s' in position %d: %s",
			"can't translate characters in position %d-%d: %s")
	},
})

// initUnicodeError parses the constructor's arguments by format, as PyArg_ParseTuple does:
// U a str, y a bytes-like object, n an index. UnicodeTranslateError has no encoding.
func initUnicodeError(ts *Thread, e *BaseException, args []Object, kw []kwArg, format string) error {
	if err := baseInit(e, args, kw); err != nil {
		return err
	}
	if len(args) != len(format) {
		return Errorf(TypeErrorType, "function takes exactly %d arguments (%d given)", len(format), len(args))
	}
	fields := make([]Object, 5)
	field := uniEncoding
	if len(format) == 4 {
		field = uniObject
	}
	for i, c := range format {
		v := args[i]
		switch c {
		case 'U':
			if _, ok := v.(*Str); !ok {
				return Errorf(TypeErrorType, "argument %d must be str, not %s", i+1, v.Type().Name)
			}
		case 'y':
			if _, ok := v.(bytesLike); !ok {
				return Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", v.Type().Name)
			}
		case 'n':
			n, err := Index(ts, v)
			if err != nil {
				return err
			}
			v = n
		}
		fields[field] = v
		field++
	}
	e.fields = fields
	return nil
}

// unicodeErrorStr formats the message for one failing character (or byte) or for a range.
func unicodeErrorStr(ts *Thread, e *BaseException, one, many string) (*Str, error) {
	if len(e.fields) < 5 || e.fields[uniObject] == nil {
		return EmptyStr, nil
	}
	reason, err := StrOf(ts, e.field(uniReason))
	if err != nil {
		return nil, err
	}
	var lead []any
	if e.typ != UnicodeTranslateErrorType {
		enc, err := StrOf(ts, e.field(uniEncoding))
		if err != nil {
			return nil, err
		}
		lead = []any{enc.value}
	}
	start, _ := e.field(uniStart).(*Int)
	end, _ := e.field(uniEnd).(*Int)
	s, e1 := int64(0), int64(0)
	if start != nil {
		s, _ = start.Int64()
	}
	if end != nil {
		e1, _ = end.Int64()
	}
	if e1 == s+1 && s >= 0 {
		switch obj := e.fields[uniObject].(type) {
		case *Str:
			if runes := obj.Runes(); s < int64(len(runes)) {
				return NewStr(fmt.Sprintf(one, append(lead, escapeChar(runes[s]), s, reason.value)...)), nil
			}
		case bytesLike:
			if b := obj.Bytes(); s < int64(len(b)) {
				return NewStr(fmt.Sprintf(one, append(lead, b[s], s, reason.value)...)), nil
			}
		}
	}
	return NewStr(fmt.Sprintf(many, append(lead, s, e1-1, reason.value)...)), nil
}

// escapeChar spells a character as the Unicode errors quote it: \xNN, \uNNNN or \UNNNNNNNN.
func escapeChar(r rune) string {
	switch {
	case r <= 0xff:
		return fmt.Sprintf(`\x%02x`, r)
	case r <= 0xffff:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return fmt.Sprintf(`\U%08x`, r)
}
