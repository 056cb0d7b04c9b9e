package objects

import (
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"
)

// The golden cases in testdata/strcases.json were produced by CPython 3.13
// (testdata/strcases_gen.py); each is replayed here.

type goldenValue map[string]json.RawMessage

type goldenCase struct {
	File   string
	Recv   goldenValue
	Op     string
	Args   []goldenValue
	Kwargs [][2]json.RawMessage
	Want   string
}

func decodeGolden(t *testing.T, v goldenValue) Object {
	t.Helper()
	for k, raw := range v {
		var s string
		var list []goldenValue
		switch k {
		case "none":
			return None
		case "bool":
			var b bool
			json.Unmarshal(raw, &b)
			return NewBool(b)
		case "i":
			json.Unmarshal(raw, &s)
			n, _ := new(big.Int).SetString(s, 10)
			return NewBigInt(n)
		case "f":
			json.Unmarshal(raw, &s)
			f, _ := strconv.ParseFloat(s, 64)
			return NewFloat(f)
		case "s":
			json.Unmarshal(raw, &s)
			return NewStr(s)
		case "sx", "b", "ba":
			json.Unmarshal(raw, &s)
			b, _ := hex.DecodeString(s)
			switch k {
			case "sx":
				return NewStr(string(b))
			case "b":
				return NewBytes(b)
			}
			return NewByteArray(b)
		case "t", "l":
			json.Unmarshal(raw, &list)
			items := make([]Object, len(list))
			for i, x := range list {
				items[i] = decodeGolden(t, x)
			}
			if k == "t" {
				return NewTuple(items)
			}
			return NewList(items)
		case "slice":
			json.Unmarshal(raw, &list)
			return NewSlice(decodeGolden(t, list[0]), decodeGolden(t, list[1]), decodeGolden(t, list[2]))
		case "d":
			var pairs [][2]goldenValue
			json.Unmarshal(raw, &pairs)
			d := NewDict()
			for _, p := range pairs {
				d.SetItem(nil, decodeGolden(t, p[0]), decodeGolden(t, p[1]))
			}
			return d
		}
	}
	t.Fatalf("bad golden value %v", v)
	return nil
}

var goldenOps = map[string]BinaryOp{"add": OpAdd, "mul": OpMultiply, "mod": OpRemainder}
var goldenCmps = map[string]CompareOp{"lt": CmpLT, "le": CmpLE, "eq": CmpEQ, "ne": CmpNE, "gt": CmpGT, "ge": CmpGE}

// runGolden performs one case's operation as the interpreter would.
func runGolden(t *testing.T, recv Object, op string, args []Object, kwnames *Tuple) (Object, error) {
	switch {
	case strings.HasPrefix(op, "op:"):
		name := op[3:]
		if bop, ok := goldenOps[name]; ok {
			return Binary(nil, recv, args[0], bop)
		}
		if cop, ok := goldenCmps[name]; ok {
			return Compare(nil, recv, args[0], cop)
		}
		switch name {
		case "getitem":
			return GetItem(nil, recv, args[0])
		case "contains":
			ok, err := Contains(nil, recv, args[0])
			return NewBool(ok), err
		}
	case op == "len":
		n, err := Len(nil, recv)
		return NewInt(int64(n)), err
	case op == "hash":
		h, err := Hash(nil, recv)
		return NewInt(h), err
	case op == "list":
		it, err := GetIter(nil, recv)
		if err != nil {
			return nil, err
		}
		l := NewList(nil)
		for {
			v, err := Next(nil, it)
			if err != nil {
				return nil, err
			}
			if v == nil {
				return l, nil
			}
			l.Append(v)
		}
	case op == "__repr__":
		return Repr(nil, recv)
	case op == "__str__":
		return StrOf(nil, recv)
	case op == "builtin:format":
		return Format(nil, recv, args[0].(*Str))
	case op == "mutate":
		var r Object = None
		var err error
		switch name := args[0].(*Str).Value(); name {
		case "__setitem__":
			err = SetItem(nil, recv, args[1], args[2])
		case "__delitem__":
			err = DelItem(nil, recv, args[1])
		default:
			r, err = lookupTextMethod(recv, name)(nil, recv, args[1:], kwnames)
		}
		if err != nil {
			return nil, err
		}
		return NewTuple([]Object{r, recv}), nil
	}
	f := lookupTextMethod(recv, op)
	if f == nil {
		t.Fatalf("no method %s on %s", op, recv.Type().Name)
	}
	return f(nil, recv, args, kwnames)
}

func TestStrGolden(t *testing.T) {
	SetHashSeed(0)
	data, err := os.ReadFile("testdata/strcases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	pass := 0
	for _, c := range cases {
		recv := decodeGolden(t, c.Recv)
		var args []Object
		for _, a := range c.Args {
			args = append(args, decodeGolden(t, a))
		}
		var kwnames *Tuple
		if len(c.Kwargs) > 0 {
			var names []Object
			for _, kv := range c.Kwargs {
				var name string
				var v goldenValue
				json.Unmarshal(kv[0], &name)
				json.Unmarshal(kv[1], &v)
				names = append(names, NewStr(name))
				args = append(args, decodeGolden(t, v))
			}
			kwnames = NewTuple(names)
		}
		desc := c.File + ": " + reprOrErr(recv) + " " + c.Op + " " + reprOrErr(NewTuple(args))
		got := func() (s string) {
			defer func() {
				if r := recover(); r != nil {
					s = "panic: " + strings.TrimSpace(strings.Split(string(debugStack(r)), "\n")[0])
				}
			}()
			v, err := runGolden(t, recv, c.Op, args, kwnames)
			if err != nil {
				if e, ok := err.(*BaseException); ok {
					msg := ""
					if s, err := StrOf(nil, e); err == nil {
						msg = s.Value()
					}
					return e.Type().Name + ": " + msg
				}
				return err.Error()
			}
			return reprOrErr(v)
		}()
		if got != c.Want {
			t.Errorf("%s\n got %s\nwant %s", desc, got, c.Want)
		} else {
			pass++
		}
	}
	t.Logf("%d/%d golden cases pass", pass, len(cases))
}

func reprOrErr(o Object) string {
	r, err := Repr(nil, o)
	if err != nil {
		return "<repr error " + err.Error() + ">"
	}
	return r.Value()
}

func debugStack(r any) []byte {
	if e, ok := r.(error); ok {
		return []byte(e.Error())
	}
	if s, ok := r.(string); ok {
		return []byte(s)
	}
	return []byte("?")
}
