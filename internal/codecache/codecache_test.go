package codecache

import (
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/taipanpy/taipan/compile"
	"github.com/taipanpy/taipan/compile/dis"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/parser"
)

// source exercises every kind of constant and a nested code object.
const source = `
def f(a, b=2, *args, c=(1, 2.5, -3j), **kw):
    def g():
        return a
    return g, b'\x00\xff', "caf\u00e9", 10**30, -10**30, None, True, ..., 1.5e300
x = {1, 2, 3}
print(f(1)[0]() in {4, 5})
`

func compileSource(t *testing.T) *objects.Code {
	t.Helper()
	code, err := compile.Source([]byte(source), "/src/m.py", parser.Exec, compile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return code
}

func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "m.py")
	code := compileSource(t)
	if err := Store(src, 0, 111, 222, code); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "__pycache__", "m.taipan-313.pyc")); err != nil {
		t.Fatalf("cache file not where expected: %v", err)
	}
	back, ok := Load(src, 0, 111, 222)
	if !ok {
		t.Fatal("the cache just written is not valid")
	}
	addr := regexp.MustCompile(`0x[0-9a-f]+`)
	a := addr.ReplaceAllString(dis.Disassemble(code), "0x?")
	if b := addr.ReplaceAllString(dis.Disassemble(back), "0x?"); a != b {
		t.Errorf("disassembly differs after a round trip:\n%s\n---\n%s", a, b)
	}
	for _, stale := range [][2]int64{{112, 222}, {111, 223}} {
		if _, ok := Load(src, 0, stale[0], stale[1]); ok {
			t.Errorf("cache accepted for mtime %d size %d", stale[0], stale[1])
		}
	}
	if _, ok := Load(src, 1, 111, 222); ok {
		t.Error("an -O import used the cache of a plain one")
	}
}

// TestDamagedFiles checks that no truncated or altered cache file panics or is accepted
// when it does not decode completely.
func TestDamagedFiles(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "m.py")
	if err := Store(src, 0, 1, 2, compileSource(t)); err != nil {
		t.Fatal(err)
	}
	path := Path(src, 0)
	good, _ := os.ReadFile(path)
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 2000; i++ {
		bad := append([]byte(nil), good...)
		if i%2 == 0 {
			bad = bad[:rng.Intn(len(bad))]
		} else {
			for k := 0; k < 3; k++ {
				bad[len(header(1, 2))+rng.Intn(len(bad)-len(header(1, 2)))] = byte(rng.Intn(256))
			}
		}
		os.WriteFile(path, bad, 0o644)
		Load(src, 0, 1, 2) // must not panic; a decodable alteration may load
	}
}
