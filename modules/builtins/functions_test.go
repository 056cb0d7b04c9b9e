package builtins_test

import (
	"testing"

	"github.com/taipanpy/taipan/objects"
)

// TestFunctions checks the built-in functions' results and errors against CPython 3.13's.
func TestFunctions(t *testing.T) {
	b := callB
	abc := []any{"ab", "c"}
	runProbes(t, []probe{
		{"len()", b("len"), "!! TypeError len() takes exactly one argument (0 given)"},
		{"len(1)", b("len", 1), "!! TypeError object of type 'int' has no len()"},
		{"abs('a')", b("abs", "a"), "!! TypeError bad operand type for abs(): 'str'"},
		{"all(1)", b("all", 1), "!! TypeError 'int' object is not iterable"},
		{"any()", b("any"), "!! TypeError any() takes exactly one argument (0 given)"},
		{"any([0,1])", b("any", []any{0, 1}), "True"},
		{"all([])", b("all", []any{}), "True"},
		{"ascii('é')", b("ascii", "é"), `"'\\xe9'"`},
		{"bin(1.0)", b("bin", 1.0), "!! TypeError 'float' object cannot be interpreted as an integer"},
		{"bin(-5)", b("bin", -5), "'-0b101'"},
		{"oct(8)", b("oct", 8), "'0o10'"},
		{"hex(2**70)", b("hex", pow2(70)), "'0x400000000000000000'"},
		{"bin(True)", b("bin", true), "'0b1'"},
		{"chr(-1)", b("chr", -1), "!! ValueError chr() arg not in range(0x110000)"},
		{"chr(2**70)", b("chr", pow2(70)), "!! ValueError chr() arg not in range(0x110000)"},
		{"chr('a')", b("chr", "a"), "!! TypeError 'str' object cannot be interpreted as an integer"},
		{"ord('ab')", b("ord", "ab"), "!! TypeError ord() expected a character, but string of length 2 found"},
		{"ord(1)", b("ord", 1), "!! TypeError ord() expected string of length 1, but int found"},
		{"ord(b'a')", b("ord", []byte("a")), "97"},
		{"ord('😀')", b("ord", "😀"), "128512"},
		{"divmod(1)", b("divmod", 1), "!! TypeError divmod expected 2 arguments, got 1"},
		{"divmod(7,-2)", b("divmod", 7, -2), "(-4, -1)"},
		{"divmod(1,'a')", b("divmod", 1, "a"), "!! TypeError unsupported operand type(s) for divmod(): 'int' and 'str'"},
		{"format(1,'x',2)", b("format", 1, "x", 2), "!! TypeError format expected at most 2 arguments, got 3"},
		{"format(1, 2)", b("format", 1, 2), "!! TypeError format() argument 2 must be str, not int"},
		{"format(3.5)", b("format", 3.5), "'3.5'"},
		{"getattr(1)", b("getattr", 1), "!! TypeError getattr expected at least 2 arguments, got 1"},
		{"getattr(1,2)", b("getattr", 1, 2), "!! TypeError attribute name must be string, not 'int'"},
		{"getattr(1,'x')", b("getattr", 1, "x"), "!! AttributeError 'int' object has no attribute 'x'"},
		{"getattr(1,'x',5)", b("getattr", 1, "x", 5), "5"},
		{"setattr(1,'x')", b("setattr", 1, "x"), "!! TypeError setattr expected 3 arguments, got 2"},
		{"hasattr(1,2)", b("hasattr", 1, 2), "!! TypeError attribute name must be string, not 'int'"},
		{"hasattr(1,'real')", b("hasattr", 1, "real"), "True"},
		{"hash([])", b("hash", []any{}), "!! TypeError unhashable type: 'list'"},
		{"id()", b("id"), "!! TypeError id() takes exactly one argument (0 given)"},
		{"isinstance(1)", b("isinstance", 1), "!! TypeError isinstance expected 2 arguments, got 1"},
		{"isinstance(1, 2)", b("isinstance", 1, 2), "!! TypeError isinstance() arg 2 must be a type, a tuple of types, or a union"},
		{"isinstance(1,(int,str))", b("isinstance", 1, tup{objects.IntType, objects.StrType}), "True"},
		{"issubclass(1,int)", b("issubclass", 1, objects.IntType), "!! TypeError issubclass() arg 1 must be a class"},
		{"iter(1)", b("iter", 1), "!! TypeError 'int' object is not iterable"},
		{"next(iter([]))", then("next", b("iter", []any{})), "!! StopIteration "},
		{"next(iter([]), 5)", then("next", b("iter", []any{}), 5), "5"},
		{"next(1)", b("next", 1), "!! TypeError 'int' object is not an iterator"},
		{"iter(1,2)", b("iter", 1, 2), "!! TypeError iter(v, w): v must be callable"},
		{"iter(1,2,3)", b("iter", 1, 2, 3), "!! TypeError iter expected at most 2 arguments, got 3"},
		{"list(iter([1,2,3].pop, 1))", then("list", func(e *env) (objects.Object, error) {
			pop, _ := objects.GetAttr(e.ts, py([]any{1, 2, 3}), objects.NewStr("pop"))
			return e.call(e.get("iter"), pop, 1)
		}), "[3, 2]"},
		{"max()", b("max"), "!! TypeError max expected at least 1 argument, got 0"},
		{"max(1)", b("max", 1), "!! TypeError 'int' object is not iterable"},
		{"max([])", b("max", []any{}), "!! ValueError max() iterable argument is empty"},
		{"max([], default=3)", b("max", []any{}, kw{"default", 3}), "3"},
		{"max(1,2,default=3)", b("max", 1, 2, kw{"default", 3}), "!! TypeError Cannot specify a default for max() with multiple positional arguments"},
		{"max(1,2,x=3)", b("max", 1, 2, kw{"x", 3}), "!! TypeError max() got an unexpected keyword argument 'x'"},
		{"min(3,1,2)", b("min", 3, 1, 2), "1"},
		{"min([], key=None)", b("min", []any{}, kw{"key", nil}), "!! ValueError min() iterable argument is empty"},
		{"max([1,2], [3], key=len)", func(e *env) (objects.Object, error) {
			return e.call(e.get("max"), []any{1, 2}, []any{3}, kw{"key", e.get("len")})
		}, "[1, 2]"},
		{"min(['ab','c'], key=len)", func(e *env) (objects.Object, error) {
			return e.call(e.get("min"), abc, kw{"key", e.get("len")})
		}, "'c'"},
		{"sum()", b("sum"), "!! TypeError sum() takes at least 1 positional argument (0 given)"},
		{"sum([1],2,3)", b("sum", []any{1}, 2, 3), "!! TypeError sum() takes at most 2 arguments (3 given)"},
		{"sum(['a'], '')", b("sum", []any{"a"}, ""), "!! TypeError sum() can't sum strings [use ''.join(seq) instead]"},
		{"sum([b'a'], b'')", b("sum", []any{[]byte("a")}, []byte("")), "!! TypeError sum() can't sum bytes [use b''.join(seq) instead]"},
		{"sum([[1]], [])", b("sum", []any{[]any{1}}, []any{}), "[1]"},
		{"sum([1.5, 2])", b("sum", []any{1.5, 2}), "3.5"},
		{"sum([1], start=5)", b("sum", []any{1}, kw{"start", 5}), "6"},
		{"sum([1,2], start=[])", b("sum", []any{1, 2}, kw{"start", []any{}}), "!! TypeError can only concatenate list (not \"int\") to list"},
		{"sorted()", b("sorted"), "!! TypeError sorted expected 1 argument, got 0"},
		{"sorted([3,1], reverse=True)", b("sorted", []any{3, 1}, kw{"reverse", true}), "[3, 1]"},
		{"sorted([1], 2)", b("sorted", []any{1}, 2), "!! TypeError sorted expected 1 argument, got 2"},
		{"sorted([1],x=2)", b("sorted", []any{1}, kw{"x", 2}), "!! TypeError sort() got an unexpected keyword argument 'x'"},
		{"round()", b("round"), "!! TypeError round() missing required argument 'number' (pos 1)"},
		{"round(1.5)", b("round", 1.5), "2"},
		{"round(2.675, 2)", b("round", 2.675, 2), "2.67"},
		{"round('a')", b("round", "a"), "!! TypeError type str doesn't define __round__ method"},
		{"pow(1)", b("pow", 1), "!! TypeError pow() missing required argument 'exp' (pos 2)"},
		{"pow(2,10,7)", b("pow", 2, 10, 7), "2"},
		{"pow(2,-1,7)", b("pow", 2, -1, 7), "4"},
		{"pow(base=2, exp=3)", b("pow", kw{"base", 2, "exp", 3}), "8"},
		{"pow(2, 3, mod=5)", b("pow", 2, 3, kw{"mod", 5}), "3"},
		{"vars(1)", b("vars", 1), "!! TypeError vars() argument must have __dict__ attribute"},
		{"vars(1,2)", b("vars", 1, 2), "!! TypeError vars expected at most 1 argument, got 2"},
		{"dir(1,2)", b("dir", 1, 2), "!! TypeError dir expected at most 1 argument, got 2"},
		{"input(1,2)", b("input", 1, 2), "!! TypeError input expected at most 1 argument, got 2"},
		{"print(sep=1)", b("print", kw{"sep", 1}), "!! TypeError sep must be None or a string, not int"},
		{"print(end=2)", b("print", kw{"end", 2}), "!! TypeError end must be None or a string, not int"},
		{"print(file=1)", b("print", kw{"file", 1}), "!! AttributeError 'int' object has no attribute 'write'"},
		{"print(x=1)", b("print", kw{"x", 1}), "!! TypeError print() got an unexpected keyword argument 'x'"},
		{"callable(print)", then("callable", func(e *env) (objects.Object, error) { return e.get("print"), nil }), "True"},
		{"callable(1)", b("callable", 1), "False"},
		{"abs(-2**70)", b("abs", pow2(70).Neg()), "1180591620717411303424"},
		{"ascii([1,'é\\n'])", b("ascii", []any{1, "é\n"}), `"[1, '\\xe9\\n']"`},
	})
}

// TestIterators checks enumerate, zip, map, filter and reversed against CPython 3.13.
func TestIterators(t *testing.T) {
	b := callB
	runProbes(t, []probe{
		{"enumerate()", b("enumerate"), "!! TypeError enumerate() missing required argument 'iterable'"},
		{"enumerate(1)", b("enumerate", 1), "!! TypeError 'int' object is not iterable"},
		{"enumerate([1],'a')", b("enumerate", []any{1}, "a"), "!! TypeError 'str' object cannot be interpreted as an integer"},
		{"list(enumerate('ab', start=10**20))", then("list", b("enumerate", "ab", kw{"start", big10(20)})),
			"[(100000000000000000000, 'a'), (100000000000000000001, 'b')]"},
		{"list(enumerate('ab', 2**63-1))", then("list", b("enumerate", "ab", pow2(63).Sub(objects.NewInt(1)))),
			"[(9223372036854775807, 'a'), (9223372036854775808, 'b')]"},
		{"enumerate([],start=1,x=2)", b("enumerate", []any{}, kw{"start", 1, "x", 2}), "!! TypeError enumerate() takes at most 2 arguments (3 given)"},
		{"list(zip('ab','c',strict=True))", then("list", b("zip", "ab", "c", kw{"strict", true})), "!! ValueError zip() argument 2 is shorter than argument 1"},
		{"list(zip('a','bc',strict=True))", then("list", b("zip", "a", "bc", kw{"strict", true})), "!! ValueError zip() argument 2 is longer than argument 1"},
		{"list(zip('ab','cd','e',strict=True))", then("list", b("zip", "ab", "cd", "e", kw{"strict", true})), "!! ValueError zip() argument 3 is shorter than arguments 1-2"},
		{"list(zip('ab','cd',strict=True))", then("list", b("zip", "ab", "cd", kw{"strict", true})), "[('a', 'c'), ('b', 'd')]"},
		{"list(zip('abc', range(2)))", then("list", b("zip", "abc", objects.NewRange(objects.NewInt(0), objects.NewInt(2), objects.NewInt(1)))), "[('a', 0), ('b', 1)]"},
		{"list(zip())", then("list", b("zip")), "[]"},
		{"zip(1)", b("zip", 1), "!! TypeError 'int' object is not iterable"},
		{"zip(strict=1,x=2)", b("zip", kw{"strict", 1, "x", 2}), "!! TypeError zip() takes at most 1 keyword argument (2 given)"},
		{"zip([],x=1)", b("zip", []any{}, kw{"x", 1}), "!! TypeError zip() got an unexpected keyword argument 'x'"},
		{"map(1)", b("map", 1), "!! TypeError map() must have at least two arguments."},
		{"list(map(None,[1]))", then("list", b("map", nil, []any{1})), "!! TypeError 'NoneType' object is not callable"},
		{"list(map(len, ['ab', 'c']))", then("list", func(e *env) (objects.Object, error) {
			return e.call(e.get("map"), e.get("len"), []any{"ab", "c"})
		}), "[2, 1]"},
		{"list(map(pow, [2, 3], [3, 2]))", then("list", func(e *env) (objects.Object, error) {
			return e.call(e.get("map"), e.get("pow"), []any{2, 3}, []any{3, 2, 1})
		}), "[8, 9]"},
		{"filter()", b("filter"), "!! TypeError filter expected 2 arguments, got 0"},
		{"list(filter(None,[0,1,2]))", then("list", b("filter", nil, []any{0, 1, 2})), "[1, 2]"},
		{"list(filter(len, ['', 'a']))", then("list", func(e *env) (objects.Object, error) {
			return e.call(e.get("filter"), e.get("len"), []any{"", "a"})
		}), "['a']"},
		{"reversed()", b("reversed"), "!! TypeError reversed expected 1 argument, got 0"},
		{"reversed(1)", b("reversed", 1), "!! TypeError 'int' object is not reversible"},
		{"reversed(x=1)", b("reversed", kw{"x", 1}), "!! TypeError reversed() takes no keyword arguments"},
		{"type(reversed('ab'))", then("type", b("reversed", "ab")), "<class 'reversed'>"},
		{"list(reversed('abc'))", then("list", b("reversed", "abc")), "['c', 'b', 'a']"},
		{"reversed('abc').__length_hint__()", method(b("reversed", "abc"), "__length_hint__"), "3"},
		{"type(reversed([1]))", then("type", b("reversed", []any{1})), "<class 'list_reverseiterator'>"},
		{"type(iter(print, 2))", then("type", func(e *env) (objects.Object, error) { return e.call(e.get("iter"), e.get("print"), 2) }), "<class 'callable_iterator'>"},
		{"map.__name__", func(e *env) (objects.Object, error) {
			return objects.GetAttr(e.ts, e.get("map"), objects.NewStr("__name__"))
		}, "'map'"},
	})
}
