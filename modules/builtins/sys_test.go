package builtins_test

import (
	"testing"

	"github.com/taipanpy/taipan/objects"
)

// TestSysAndStreams checks sys's facts against CPython 3.13's reprs, print and input through
// the sys streams, and the streams' buffering.
func TestSysAndStreams(t *testing.T) {
	e := newEnv(t, "first line\nlast")
	attr := func(name string) func(e *env) (objects.Object, error) {
		return func(e *env) (objects.Object, error) { return e.sysAttr(name), nil }
	}
	sysCall := func(name string, args ...any) func(e *env) (objects.Object, error) {
		return func(e *env) (objects.Object, error) { return e.call(e.sysAttr(name), args...) }
	}
	for _, p := range []probe{
		{"sys.version_info", attr("version_info"), "sys.version_info(major=3, minor=13, micro=0, releaselevel='final', serial=0)"},
		{"sys.int_info", attr("int_info"), "sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)"},
		{"sys.float_info", attr("float_info"), "sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)"},
		{"sys.version_info[:2]", item(attr("version_info"), slice(nil, 2, nil)), "(3, 13)"},
		{"sys.hexversion", attr("hexversion"), "51183856"},
		{"sys.maxsize", attr("maxsize"), "9223372036854775807"},
		{"sys.argv", attr("argv"), "['prog', 'a']"},
		{"repr(sys.stdout)", attr("stdout"), "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"},
		{"sys.stdout.write(1)", method(attr("stdout"), "write", 1), "!! TypeError write() argument must be str, not int"},
		{"sys.setrecursionlimit(0)", sysCall("setrecursionlimit", 0), "!! ValueError recursion limit must be greater or equal than 1"},
		{"sys.setrecursionlimit('a')", sysCall("setrecursionlimit", "a"), "!! TypeError 'str' object cannot be interpreted as an integer"},
		{"sys.setrecursionlimit(50)", sysCall("setrecursionlimit", 50), "None"},
		{"sys.getrecursionlimit()", sysCall("getrecursionlimit"), "50"},
		{"sys.set_int_max_str_digits(5)", sysCall("set_int_max_str_digits", 5), "!! ValueError maxdigits must be 0 or larger than 640"},
		{"sys.intern(1)", sysCall("intern", 1), "!! TypeError intern() argument must be str, not int"},
		{"sys.intern()", sysCall("intern"), "!! TypeError sys.intern() takes exactly one argument (0 given)"},
		{"sys.getsizeof()", sysCall("getsizeof"), "!! TypeError getsizeof() missing required argument 'object' (pos 1)"},
		{"sys.getsizeof(2**100)", sysCall("getsizeof", pow2(100)), "40"},
		{"sys.getsizeof('abc')", sysCall("getsizeof", "abc"), "44"},
		{"sys.getsizeof((1,2))", sysCall("getsizeof", tup{1, 2}), "56"},
		{"sys.exit(1,2)", sysCall("exit", 1, 2), "!! TypeError exit expected at most 1 argument, got 2"},
		{"sys.exit('bye')", sysCall("exit", "bye"), "!! SystemExit bye"},
		{"sys.exc_info()", sysCall("exc_info"), "(None, None, None)"},
		{"sys.exception()", sysCall("exception"), "None"},
		{"sys.getdefaultencoding()", sysCall("getdefaultencoding"), "'utf-8'"},
		{"input('? ')", callB("input", "? "), "'first line'"},
		{"input()", callB("input"), "'last'"},
		{"input()", callB("input"), "!! EOFError EOF when reading a line"},
	} {
		if got := e.show(p.eval(e)); got != p.want {
			t.Errorf("%s: got %s, want %s", p.src, got, p.want)
		}
	}
	// input() flushed its prompt.
	if got := e.stdout.String(); got != "? " {
		t.Errorf("stdout after input: %q", got)
	}
	e.stdout.Reset()
	// stdout into a buffer is block-buffered: nothing arrives before a flush.
	if _, err := e.call(e.get("print"), "a", 1, kw{"end", "!\n"}); err != nil {
		t.Fatal(err)
	}
	if e.stdout.Len() != 0 {
		t.Errorf("print wrote through a block-buffered stdout: %q", e.stdout.String())
	}
	if _, err := e.call(e.get("print"), "b", kw{"flush", true}); err != nil {
		t.Fatal(err)
	}
	if got := e.stdout.String(); got != "a 1!\nb\n" {
		t.Errorf("stdout got %q", got)
	}
	// stderr is line-buffered: a newline sends the line.
	if _, err := e.call(e.get("print"), "oops", kw{"file", e.sysAttr("stderr")}); err != nil {
		t.Fatal(err)
	}
	if got := e.stderr.String(); got != "oops\n" {
		t.Errorf("stderr got %q", got)
	}
}
