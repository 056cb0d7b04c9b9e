// Package binascii is CPython's binascii module: conversions between binary data and ASCII
// encodings (hex, base64, uuencode) and the CRC checksums.
package binascii

import (
	"encoding/base64"
	"fmt"
	"hash/crc32"
	"math/big"
	"strings"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the binascii module.
var Module = vm.BuiltinModule{Name: "binascii", Init: initModule}

// state holds the module's exception classes.
type state struct {
	errorCls, incompleteCls *objects.Type
}

func (s *state) fail(msg string, args ...any) error {
	return objects.NewException(s.errorCls, objects.NewStr(fmt.Sprintf(msg, args...)))
}

func initModule(ts *objects.Thread, m *objects.Module) error {
	s := &state{}
	var err error
	mk := func(name string, base *objects.Type) (*objects.Type, error) {
		ns := objects.NewDict()
		ns.SetStr(objects.NewStr("__module__"), objects.NewStr("binascii"))
		return objects.NewClass(ts, objects.TypeType, name, []objects.Object{base}, ns)
	}
	if s.errorCls, err = mk("Error", objects.ValueErrorType); err != nil {
		return err
	}
	if s.incompleteCls, err = mk("Incomplete", objects.ExceptionType); err != nil {
		return err
	}
	m.Dict.SetStr(objects.NewStr("Error"), s.errorCls)
	m.Dict.SetStr(objects.NewStr("Incomplete"), s.incompleteCls)
	defs := []objects.MethodDef{
		s.hexlify("b2a_hex"), s.hexlify("hexlify"),
		s.unhexlify("a2b_hex"), s.unhexlify("unhexlify"),
		{Name: "a2b_base64", Flags: objects.MethFastcall | objects.MethKeywords, Func: s.a2bBase64},
		{Name: "b2a_base64", Flags: objects.MethFastcall | objects.MethKeywords, Func: b2aBase64},
		{Name: "crc32", Flags: objects.MethFastcall, Func: crc32Func},
		{Name: "crc_hqx", Flags: objects.MethFastcall, Func: crcHqx},
		{Name: "a2b_uu", Flags: objects.MethO, Func: s.a2bUU},
		{Name: "b2a_uu", Flags: objects.MethFastcall | objects.MethKeywords, Func: s.b2aUU},
	}
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	return nil
}

// binaryArg is a bytes-like argument.
func binaryArg(o objects.Object) ([]byte, error) { return objects.BytesLike(o) }

// asciiArg is the argument of the a2b_* functions: bytes-like, or a str of ASCII characters.
func asciiArg(o objects.Object) ([]byte, error) {
	if s, ok := o.(*objects.Str); ok {
		v := s.Value()
		for i := 0; i < len(v); i++ {
			if v[i] >= 0x80 {
				return nil, objects.Errorf(objects.ValueErrorType, "string argument should contain only ASCII characters")
			}
		}
		return []byte(v), nil
	}
	b, err := objects.BytesLike(o)
	if err != nil {
		return nil, objects.Errorf(objects.TypeErrorType, "argument should be bytes, buffer or ASCII string, not '%s'", o.Type().Name)
	}
	return b, nil
}

func (s *state) hexlify(name string) objects.MethodDef {
	p := objects.ArgParser{FuncName: name, Params: []string{"data", "sep", "bytes_per_sep"}, MinPos: 1, MaxPos: 3}
	return objects.MethodDef{Name: name, Flags: objects.MethFastcall | objects.MethKeywords,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			var v [3]objects.Object
			if err := p.Parse(args, kwnames, v[:]); err != nil {
				return nil, err
			}
			data, err := binaryArg(v[0])
			if err != nil {
				return nil, err
			}
			hexArgs := []objects.Object{}
			if v[1] != nil {
				hexArgs = append(hexArgs, v[1])
				if v[2] != nil {
					hexArgs = append(hexArgs, v[2])
				}
			}
			h, err := objects.CallMethod(ts, objects.NewBytes(data), "hex", hexArgs...)
			if err != nil {
				return nil, err
			}
			return objects.NewBytesString(h.(*objects.Str).Value()), nil
		}}
}

func (s *state) unhexlify(name string) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethO,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			data, err := asciiArg(args[0])
			if err != nil {
				return nil, err
			}
			if len(data)%2 != 0 {
				return nil, s.fail("Odd-length string")
			}
			out := make([]byte, len(data)/2)
			for i := range out {
				hi, lo := objects.HexDigitValue(data[2*i]), objects.HexDigitValue(data[2*i+1])
				if hi < 0 || lo < 0 {
					return nil, s.fail("Non-hexadecimal digit found")
				}
				out[i] = byte(hi<<4 | lo)
			}
			return objects.NewBytes(out), nil
		}}
}

var (
	a2bBase64Args = objects.ArgParser{FuncName: "a2b_base64", Params: []string{"data", "strict_mode"}, PosOnly: 1, MinPos: 1, MaxPos: 1}
	b2aBase64Args = objects.ArgParser{FuncName: "b2a_base64", Params: []string{"data", "newline"}, PosOnly: 1, MinPos: 1, MaxPos: 1}
)

const base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// a2bBase64 decodes base64 as CPython does: outside strict mode, characters outside the
// alphabet are skipped and the first complete padding ends the data.
func (s *state) a2bBase64(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [2]objects.Object
	if err := a2bBase64Args.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	data, err := asciiArg(v[0])
	if err != nil {
		return nil, err
	}
	strict := false
	if v[1] != nil {
		if strict, err = objects.IsTrue(ts, v[1]); err != nil {
			return nil, err
		}
	}
	if strict && len(data) > 0 && data[0] == '=' {
		return nil, s.fail("Leading padding not allowed")
	}
	out := make([]byte, 0, len(data)/4*3+3)
	quad, pads := 0, 0
	var left byte
	paddingStarted := false
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c == '=' {
			paddingStarted = true
			if strict && quad == 0 {
				return nil, s.fail("Excess padding not allowed")
			}
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(data) {
						return nil, s.fail("Excess data after padding")
					}
					return objects.NewBytes(out), nil
				}
			}
			continue
		}
		idx := strings.IndexByte(base64Alphabet, c)
		if idx < 0 {
			if strict {
				return nil, s.fail("Only base64 data is allowed")
			}
			continue
		}
		if strict && paddingStarted {
			return nil, s.fail("Discontinuous padding not allowed")
		}
		pads = 0
		ch := byte(idx)
		switch quad {
		case 0:
			quad, left = 1, ch
		case 1:
			out = append(out, left<<2|ch>>4)
			quad, left = 2, ch&0x0f
		case 2:
			out = append(out, left<<4|ch>>2)
			quad, left = 3, ch&0x03
		case 3:
			out = append(out, left<<6|ch)
			quad, left = 0, 0
		}
	}
	if quad != 0 {
		if quad == 1 {
			return nil, s.fail("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(out)/3*4+1)
		}
		return nil, s.fail("Incorrect padding")
	}
	return objects.NewBytes(out), nil
}

func b2aBase64(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [2]objects.Object
	if err := b2aBase64Args.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	data, err := binaryArg(v[0])
	if err != nil {
		return nil, err
	}
	newline := true
	if v[1] != nil {
		if newline, err = objects.IsTrue(ts, v[1]); err != nil {
			return nil, err
		}
	}
	out := base64.StdEncoding.EncodeToString(data)
	if newline {
		out += "\n"
	}
	return objects.NewBytesString(out), nil
}

// uintArg converts a checksum argument as CPython's unsigned int converters do: modulo 2**32.
func uintArg(ts *objects.Thread, o objects.Object) (uint32, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	m := new(big.Int).And(i.Big(), big.NewInt(0xffffffff))
	return uint32(m.Uint64()), nil
}

func crc32Func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("crc32", len(args), 1, 2); err != nil {
		return nil, err
	}
	data, err := binaryArg(args[0])
	if err != nil {
		return nil, err
	}
	var crc uint32
	if len(args) == 2 {
		if crc, err = uintArg(ts, args[1]); err != nil {
			return nil, err
		}
	}
	return objects.NewInt(int64(crc32.Update(crc, crc32.IEEETable, data))), nil
}

// crcHqx is the CRC-CCITT of binhex (polynomial 0x1021, no reflection).
func crcHqx(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("crc_hqx", len(args), 2, 2); err != nil {
		return nil, err
	}
	data, err := binaryArg(args[0])
	if err != nil {
		return nil, err
	}
	c, err := uintArg(ts, args[1])
	if err != nil {
		return nil, err
	}
	crc := uint16(c)
	for _, b := range data {
		crc ^= uint16(b) << 8
		for range 8 {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return objects.NewInt(int64(crc)), nil
}

// a2bUU decodes one line of uuencoded data: its first character gives the length.
func (s *state) a2bUU(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	data, err := asciiArg(args[0])
	if err != nil {
		return nil, err
	}
	var first byte
	if len(data) > 0 {
		first, data = data[0], data[1:]
	}
	n := int((first - ' ') & 0o77)
	out := make([]byte, 0, n)
	var left uint32
	bits := 0
	i := 0
	for ; len(out) < n; i++ {
		var c byte
		if i < len(data) && data[i] != '\n' && data[i] != '\r' {
			c = data[i]
			if c < ' ' || c > ' '+64 {
				return nil, s.fail("Illegal char")
			}
			c = (c - ' ') & 0o77
		}
		left = left<<6 | uint32(c)
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(left>>bits))
			left &= 1<<bits - 1
		}
	}
	for ; i < len(data); i++ {
		if c := data[i]; c != ' ' && c != ' '+64 && c != '\n' && c != '\r' {
			return nil, s.fail("Trailing garbage")
		}
	}
	return objects.NewBytes(out), nil
}

var b2aUUArgs = objects.ArgParser{FuncName: "b2a_uu", Params: []string{"data", "backtick"}, PosOnly: 1, MinPos: 1, MaxPos: 1}

// b2aUU uuencodes up to 45 bytes as one line.
func (s *state) b2aUU(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [2]objects.Object
	if err := b2aUUArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	data, err := binaryArg(v[0])
	if err != nil {
		return nil, err
	}
	backtick := false
	if v[1] != nil {
		if backtick, err = objects.IsTrue(ts, v[1]); err != nil {
			return nil, err
		}
	}
	if len(data) > 45 {
		return nil, s.fail("At most 45 bytes at once")
	}
	enc := func(c byte) byte {
		if backtick && c == 0 {
			return '`'
		}
		return c + ' '
	}
	out := []byte{enc(byte(len(data)))}
	var left uint32
	bits := 0
	for i := 0; i < len(data) || bits != 0; i++ {
		left <<= 8
		if i < len(data) {
			left |= uint32(data[i])
		}
		bits += 8
		for bits >= 6 {
			out = append(out, enc(byte(left>>(bits-6))&0x3f))
			bits -= 6
		}
		left &= 1<<bits - 1
	}
	return objects.NewBytes(append(out, '\n')), nil
}
