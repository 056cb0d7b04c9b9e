package sre

import (
	"math"
	"testing"

	"github.com/taipanpy/taipan/objects"
)

// mutationPatterns add constructs the benchmark patterns lack: branches, lazy and possessive
// repeats, lookarounds, atomic groups, back references, conditionals and big sets.
var mutationPatterns = []struct {
	name   string
	code   []uint32
	groups int
}{
	{`(?P<a>a|bc)+?(?(a)x|y)`, []uint32{14, 4, 0, 2, 4294967295, 23, 21, 1, 4294967295, 17, 0, 7, 5, 16, 97, 15, 9, 7, 16, 98, 16, 99, 15, 2, 0, 17, 1, 19, 12, 0, 6, 16, 120, 15, 3, 16, 121, 1}, 1},
	{`(?<=ab)(?!c)[^\W\d]{2,5}+`, []uint32{14, 4, 0, 2, 5, 4, 7, 2, 16, 97, 16, 98, 1, 5, 5, 0, 16, 99, 1, 29, 12, 2, 5, 13, 7, 21, 8, 15, 8, 10, 0, 1, 1}, 0},
	{`(a)(?>b*)(?:c|d)*?\1`, []uint32{14, 8, 1, 2, 4294967295, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 27, 9, 24, 6, 0, 4294967295, 16, 98, 1, 1, 26, 10, 0, 4294967295, 13, 5, 22, 99, 100, 0, 1, 11, 0, 1}, 1},
	{`(?i)[à-ÿ\u4e00]+\b`, []uint32{14, 4, 0, 1, 4294967295, 24, 12, 1, 4294967295, 39, 7, 22, 224, 255, 16, 19968, 0, 1, 6, 10, 1}, 0},
	{`x{2,}+|^y$|\Bz`, []uint32{14, 4, 0, 1, 4294967295, 7, 10, 29, 6, 2, 4294967295, 16, 120, 1, 15, 18, 9, 6, 1, 16, 121, 6, 6, 15, 9, 7, 6, 11, 16, 122, 15, 2, 0, 1}, 0},
}

// TestMutatedCode hands the engine code with one word changed or dropped, as Python code may
// pass _sre.compile any list: what validate accepts must run without a Go panic and end.
func TestMutatedCode(t *testing.T) {
	var all []struct {
		code   []uint32
		groups int
	}
	for _, p := range benchPatterns {
		all = append(all, struct {
			code   []uint32
			groups int
		}{p.code, p.groups})
	}
	for _, p := range mutationPatterns {
		all = append(all, struct {
			code   []uint32
			groups int
		}{p.code, p.groups})
	}
	subjects := []string{"", "abcab xyz", "ab cdx aab\nbcx", "xxy àÿ一b", "zz y\nx"}
	ran, engineErrors := 0, 0
	for _, p := range all {
		for i := range p.code {
			for _, v := range []uint32{0, 1, 2, 7, 15, 17, 23, 24, p.code[i] + 1, p.code[i] - 1, p.code[i] + 5, 4294967295} {
				for _, drop := range []bool{false, true} {
					code := append([]uint32(nil), p.code...)
					code[i] = v
					if drop {
						code = append(code[:i], code[i+1:]...)
					}
					if !validate(code, p.groups) {
						continue
					}
					ran++
					pat := &Pattern{code: code, groups: p.groups, pattern: objects.None, isBytes: -1}
					for _, s := range subjects {
						subj, err := getSubject(objects.NewStr(s))
						if err != nil {
							t.Fatal(err)
						}
						m := newMatcher(nil, pat, subj, 0, math.MaxInt)
						ok, err := m.match()
						if err == errEngine {
							engineErrors++
						}
						if ok && err == nil {
							if _, err := newMatch(pat, subj, m.state()); err != nil && !isExc(err, objects.SystemErrorType) {
								t.Errorf("%v on %q: %v", code, s, err)
							}
						}
						st := m.state()
						for n := 0; n < 50 && st.start <= st.end; n++ {
							st.reset()
							ok, err := m.search()
							if err == errEngine {
								engineErrors++
							}
							if !ok || err != nil {
								break
							}
							st.mustAdvance = st.ptr == st.start
							st.start = st.ptr
						}
					}
				}
			}
		}
	}
	t.Logf("%d valid mutations, %d engine errors", ran, engineErrors)
	if ran < 100 {
		t.Errorf("only %d mutations were valid code", ran)
	}
}
