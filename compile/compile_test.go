package compile_test

import (
	"testing"

	"github.com/taipanpy/taipan"
	"github.com/taipanpy/taipan/compile"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/parser"
)

// TestCompileAndRun compiles Python source and runs it in the tier-1 loop, checking the
// globals it leaves against the values CPython 3.13 gives the same program.
func TestCompileAndRun(t *testing.T) {
	tests := []struct {
		name, src string
		want      map[string]string // global name -> repr
	}{
		{"arithmetic", "x = 6 * 7 - 2\ny = x // 3\nz = -x % 7\n",
			map[string]string{"x": "40", "y": "13", "z": "2"}},
		{"functions", "def add(a, b=2):\n    return a + b\nx = add(1) * 10\ny = add(b=5, a=1)\n",
			map[string]string{"x": "30", "y": "6"}},
		{"recursion", "def fact(n):\n    return 1 if n < 2 else n * fact(n - 1)\nx = fact(25)\n",
			map[string]string{"x": "15511210043330985984000000"}},
		{"while", "total = 0\ni = 0\nwhile i < 10:\n    if i % 2 == 0:\n        total += i\n    i += 1\n",
			map[string]string{"total": "20", "i": "10"}},
		{"closure", "def outer(n):\n    def inner(m):\n        return n + m\n    return inner\nx = outer(3)(4)\n",
			map[string]string{"x": "7"}},
		{"containers", "a = [1, 2, 3]\nb = (a[0], a[-1])\nc = {'k': b}\nd = c['k'][1] + len(a)\n",
			map[string]string{"b": "(1, 3)", "d": "6"}},
		{"strings", "s = 'ab' * 3\nt = s[1:4]\nu = f'{t}-{len(s)}'\n",
			map[string]string{"t": "'bab'", "u": "'bab-6'"}},
		{"for", "total = 0\nfor x in [1, 2, 3]:\n    total += x * x\nelse:\n    total += 100\n",
			map[string]string{"total": "114"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, err := compile.Source([]byte(tt.src), "<test>", parser.Exec, compile.Options{})
			if err != nil {
				t.Fatalf("compile: %v", err)
			}
			globals := objects.NewDict()
			if _, err := taipan.New().RunCode(code, globals); err != nil {
				t.Fatalf("run: %v", err)
			}
			for name, want := range tt.want {
				v := globals.GetStr(objects.NewStr(name))
				if v == nil {
					t.Errorf("%s is not defined", name)
					continue
				}
				r, err := objects.Repr(nil, v)
				if err != nil || r.Value() != want {
					t.Errorf("%s = %v (%v), want %s", name, r, err, want)
				}
			}
		})
	}
}
