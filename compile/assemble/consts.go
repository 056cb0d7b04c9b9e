package assemble

import (
	"fmt"
	"math"
	"strings"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/objects"
)

// constTable is the flowgraph.Consts of a unit.
type constTable struct {
	items []Const
	index map[string]int
}

func newConstTable(items []Const) *constTable {
	t := &constTable{items: append([]Const(nil), items...), index: map[string]int{}}
	for i, c := range t.items {
		if _, ok := t.index[constKey(c)]; !ok {
			t.index[constKey(c)] = i
		}
	}
	return t
}

func (t *constTable) Len() int { return len(t.items) }

func (t *constTable) Truth(i int) (bool, bool) { return constTruth(t.items[i]) }

func (t *constTable) IsNone(i int) bool {
	_, ok := t.items[i].(ast.NoneType)
	return ok
}

func (t *constTable) add(c Const) int {
	k := constKey(c)
	if i, ok := t.index[k]; ok {
		return i
	}
	t.index[k] = len(t.items)
	t.items = append(t.items, c)
	return len(t.items) - 1
}

func (t *constTable) Tuple(items []int) int {
	tup := make(Tuple, len(items))
	for i, k := range items {
		tup[i] = t.items[k]
	}
	return t.add(tup)
}

func (t *constTable) Bool(b bool) int { return t.add(ast.Bool(b)) }

func (t *constTable) Keep(used []bool) {
	kept := t.items[:0]
	for i, c := range t.items {
		if used[i] {
			kept = append(kept, c)
		}
	}
	t.items = kept
	t.index = map[string]int{}
	for i, c := range t.items {
		if _, ok := t.index[constKey(c)]; !ok {
			t.index[constKey(c)] = i
		}
	}
}

// constTruth is bool(c), known for every constant.
func constTruth(c Const) (bool, bool) {
	switch v := c.(type) {
	case ast.NoneType:
		return false, true
	case ast.EllipsisType:
		return true, true
	case ast.Bool:
		return bool(v), true
	case ast.Int:
		return v != 0, true
	case *ast.BigInt:
		return v.V.Sign() != 0, true
	case ast.Float:
		return v != 0, true
	case ast.Complex:
		return v != 0, true
	case ast.Str:
		return v != "", true
	case ast.Bytes:
		return v != "", true
	case Tuple:
		return len(v) > 0, true
	case *Unit:
		return true, true
	}
	return false, false
}

// constKey is equal for two constants exactly when CPython merges them
// (_PyCode_ConstantKey): values of different types stay apart (1, 1.0, True),
// and so do 0.0 and -0.0.
func constKey(c Const) string {
	switch v := c.(type) {
	case ast.Float:
		return fmt.Sprintf("float:%x", math.Float64bits(float64(v)))
	case ast.Complex:
		return fmt.Sprintf("complex:%x:%x", math.Float64bits(real(v)), math.Float64bits(imag(v)))
	case *ast.BigInt:
		return "int:" + v.V.String()
	case ast.Int:
		return fmt.Sprintf("int:%d", int64(v))
	case ast.Value:
		return fmt.Sprintf("%T:%#v", v, v)
	case Tuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = constKey(x)
		}
		return "(" + strings.Join(parts, ",") + ")"
	case FrozenSet:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = constKey(x)
		}
		return "frozenset(" + strings.Join(parts, ",") + ")"
	case *Unit:
		return fmt.Sprintf("code:%p", v)
	}
	return fmt.Sprintf("?%T:%v", c, c)
}

// constObject converts a constant to the object co_consts holds.
func constObject(c Const, filename string) (objects.Object, error) {
	switch v := c.(type) {
	case ast.NoneType:
		return objects.None, nil
	case ast.Bool:
		if v {
			return objects.True, nil
		}
		return objects.False, nil
	case ast.Int:
		return objects.NewInt(int64(v)), nil
	case *ast.BigInt:
		return objects.NewBigInt(v.V), nil
	case ast.Float:
		return objects.NewFloat(float64(v)), nil
	case ast.Complex:
		return objects.NewComplex(complex128(v)), nil
	case ast.Str:
		return objects.NewStr(string(v)), nil
	case ast.Bytes:
		return objects.NewBytesString(string(v)), nil
	case ast.EllipsisType:
		return objects.Ellipsis, nil
	case Tuple:
		items := make([]objects.Object, len(v))
		for i, x := range v {
			o, err := constObject(x, filename)
			if err != nil {
				return nil, err
			}
			items[i] = o
		}
		return objects.NewTuple(items), nil
	case FrozenSet:
		items := make([]objects.Object, len(v))
		for i, x := range v {
			o, err := constObject(x, filename)
			if err != nil {
				return nil, err
			}
			items[i] = o
		}
		// Constants hash without running Python code, so no thread is needed. CPython's
		// constant merging rebuilds the set from its own iteration order, which lays the
		// elements out anew; doing the same gives sets made from it CPython's order.
		fs, err := objects.NewFrozenSet(nil, objects.NewTuple(items))
		if err != nil {
			return nil, err
		}
		return objects.NewFrozenSet(nil, objects.NewTuple(fs.Elements()))
	case *Unit:
		if v.Filename == "" {
			v.Filename = filename
		}
		return MakeCode(v)
	}
	return nil, fmt.Errorf("assemble: constant of type %T not supported", c)
}
