package assemble_test

import (
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/taipanpy/taipan"
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/assemble"
	"github.com/taipanpy/taipan/compile/dis"
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/objects"
)

// goldenCase is one entry of testdata/golden.json (see gen_golden.py).
type goldenCase struct {
	Source           string
	Instrs           [][6]int
	Consts           []json.RawMessage
	Names            []string
	CoCode           string   `json:"co_code"`
	CoLinetable      string   `json:"co_linetable"`
	CoExceptiontable string   `json:"co_exceptiontable"`
	CoStacksize      int      `json:"co_stacksize"`
	CoConsts         []string `json:"co_consts"`
	Dis              string
	Globals          map[string]string
}

type jsonConst struct {
	T string          `json:"t"`
	V json.RawMessage `json:"v"`
}

func decodeConst(t *testing.T, raw json.RawMessage) assemble.Const {
	var c jsonConst
	if err := json.Unmarshal(raw, &c); err != nil {
		t.Fatal(err)
	}
	var s string
	switch c.T {
	case "none":
		return ast.NoneType{}
	case "ellipsis":
		return ast.EllipsisType{}
	case "bool":
		var b bool
		json.Unmarshal(c.V, &b)
		return ast.Bool(b)
	case "int":
		json.Unmarshal(c.V, &s)
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return ast.Int(n)
		}
		v, _ := new(big.Int).SetString(s, 10)
		return &ast.BigInt{V: v}
	case "float":
		json.Unmarshal(c.V, &s)
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatal(err)
		}
		return ast.Float(f)
	case "str":
		json.Unmarshal(c.V, &s)
		return ast.Str(s)
	case "bytes":
		json.Unmarshal(c.V, &s)
		b, _ := hex.DecodeString(s)
		return ast.Bytes(b)
	case "tuple":
		var items []json.RawMessage
		json.Unmarshal(c.V, &items)
		tup := assemble.Tuple{}
		for _, it := range items {
			tup = append(tup, decodeConst(t, it))
		}
		return tup
	}
	t.Fatalf("unknown constant kind %q", c.T)
	return nil
}

func loadGolden(t *testing.T) []goldenCase {
	data, err := os.ReadFile("testdata/golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

// unitOf rebuilds the unit CPython's code generator produced for a case.
func unitOf(t *testing.T, c goldenCase) *assemble.Unit {
	seq := &instrseq.Sequence{}
	for _, in := range c.Instrs {
		seq.Add(in[0], in[1], instrseq.Location{Lineno: in[2], EndLineno: in[3], ColOffset: in[4], EndColOffset: in[5]})
	}
	u := &assemble.Unit{Name: "<module>", Qualname: "<module>", Filename: "<golden>", Seq: seq, Names: c.Names, FirstLineno: 1}
	for _, raw := range c.Consts {
		u.Consts = append(u.Consts, decodeConst(t, raw))
	}
	return u
}

func codeBytes(code []uint16) string {
	b := make([]byte, 0, 2*len(code))
	for _, u := range code {
		b = append(b, byte(u), byte(u>>8))
	}
	return hex.EncodeToString(b)
}

func TestGoldenAssembly(t *testing.T) {
	for i, c := range loadGolden(t) {
		code, err := assemble.MakeCode(unitOf(t, c))
		if err != nil {
			t.Errorf("case %d: %v\n%s", i, err, c.Source)
			continue
		}
		if got := codeBytes(code.Instrs); got != c.CoCode {
			t.Errorf("case %d co_code:\n got %s\nwant %s\n%s", i, got, c.CoCode, c.Source)
		}
		if got := hex.EncodeToString(code.LineTable); got != c.CoLinetable {
			t.Errorf("case %d co_linetable:\n got %s\nwant %s", i, got, c.CoLinetable)
		}
		if got := hex.EncodeToString(code.ExceptionTable); got != c.CoExceptiontable {
			t.Errorf("case %d co_exceptiontable:\n got %s\nwant %s", i, got, c.CoExceptiontable)
		}
		if code.StackSize != c.CoStacksize {
			t.Errorf("case %d co_stacksize = %d, want %d", i, code.StackSize, c.CoStacksize)
		}
		var consts []string
		for _, k := range code.Consts {
			r, err := objects.Repr(nil, k)
			if err != nil {
				t.Fatal(err)
			}
			consts = append(consts, r.Value())
		}
		if len(consts) != len(c.CoConsts) {
			t.Errorf("case %d co_consts = %q, want %q", i, consts, c.CoConsts)
		} else {
			for k := range consts {
				if consts[k] != c.CoConsts[k] {
					t.Errorf("case %d co_consts = %q, want %q", i, consts, c.CoConsts)
					break
				}
			}
		}
		if got := dis.Disassemble(code); got != c.Dis {
			t.Errorf("case %d dis:\n%s\nwant:\n%s", i, got, c.Dis)
		}
	}
}

// TestGoldenRuns runs the assembled code and compares the globals it leaves
// with CPython's.
func TestGoldenRuns(t *testing.T) {
	for i, c := range loadGolden(t) {
		if strings.Contains(c.Source, "Error") || strings.Contains(c.Source, "Exception") ||
			strings.Contains(c.Source, "range(") || strings.Contains(c.Source, "len(") {
			continue // RunCode does not provide builtins yet
		}
		code, err := assemble.MakeCode(unitOf(t, c))
		if err != nil {
			t.Errorf("case %d: %v", i, err)
			continue
		}
		globals := objects.NewDict()
		if _, err := taipan.New().RunCode(code, globals); err != nil {
			t.Errorf("case %d: running: %v\n%s", i, err, c.Source)
			continue
		}
		for name, want := range c.Globals {
			v := globals.GetStr(objects.NewStr(name))
			if v == nil {
				t.Errorf("case %d: global %s missing", i, name)
				continue
			}
			r, err := objects.Repr(nil, v)
			if err != nil || r.Value() != want {
				t.Errorf("case %d: %s = %v, want %s", i, name, r, want)
			}
		}
	}
}
