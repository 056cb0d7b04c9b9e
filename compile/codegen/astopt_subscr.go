package codegen

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/internal/pyfmt"
)

// foldSubscript folds an item of a constant read with a constant index, as
// CPython 3.13's fold_subscr does: 'abc'[1], b'!'[0], (1, 2)[-1]. Anything
// that would raise (an index out of range, an index or a value of the wrong
// type) is left to run time, and so are slices.
func foldSubscript(x *ast.Subscript) ast.Expr {
	if _, load := x.Ctx.(ast.Load); !load {
		return x
	}
	v, ok := foldedValue(x.Value)
	if !ok {
		return x
	}
	idx, ok := foldedValue(x.Slice)
	if !ok {
		return x
	}
	var i int64
	switch n := idx.(type) {
	case ast.Int:
		i = int64(n)
	case ast.Bool:
		if n {
			i = 1
		}
	default:
		return x
	}
	switch s := v.(type) {
	case ast.Str:
		var runes []string
		for rest := string(s); rest != ""; {
			_, size := pyfmt.DecodeRune(rest)
			runes = append(runes, rest[:size])
			rest = rest[size:]
		}
		if j, ok := itemIndex(i, len(runes)); ok {
			return &ast.Constant{Range: x.Range, Value: ast.Str(runes[j])}
		}
	case ast.Bytes:
		if j, ok := itemIndex(i, len(s)); ok {
			return &ast.Constant{Range: x.Range, Value: ast.Int(s[j])}
		}
	case Tuple:
		if j, ok := itemIndex(i, len(s)); ok {
			if item, isValue := s[j].(ast.Value); isValue {
				return &ast.Constant{Range: x.Range, Value: item}
			}
			return &folded{Expr: x, value: s[j]}
		}
	}
	return x
}

// itemIndex resolves a possibly negative index into a sequence of n items.
func itemIndex(i int64, n int) (int, bool) {
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, false
	}
	return int(i), true
}
