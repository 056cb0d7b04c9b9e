package sre

import (
	"math"
	"strings"
	"testing"

	"github.com/taipanpy/taipan/objects"
)

// The code of a few patterns as re._compiler makes it, for the benchmarks.
var benchPatterns = []struct {
	name   string
	code   []uint32
	groups int
}{
	{`\w+`, []uint32{14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 1}, 0},
	{`(\w+) (\w+)`, []uint32{14, 4, 0, 3, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 16, 32, 17, 2, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 3, 1}, 2},
	{`[aeiou]{1,2}`, []uint32{14, 4, 0, 1, 2, 24, 16, 1, 2, 13, 11, 9, 0, 0, 0, 2130466, 0, 0, 0, 0, 0, 1, 1}, 0},
	{`(?i)THE`, []uint32{14, 4, 0, 3, 3, 40, 116, 40, 104, 40, 101, 1}, 0},
	{`(?:ab|cd)*x`, []uint32{14, 4, 0, 1, 4294967295, 23, 19, 0, 4294967295, 7, 7, 16, 97, 16, 98, 15, 9, 7, 16, 99, 16, 100, 15, 2, 0, 18, 16, 120, 1}, 0},
}

// BenchmarkFindAll counts the matches of each pattern in a text of 90,000 characters, as
// findall's loop finds them.
func BenchmarkFindAll(b *testing.B) {
	text := strings.Repeat("The quick brown fox jumps over the lazy dog abcdab. ", 1800)
	for _, bp := range benchPatterns {
		for _, txt := range []struct{ name, s string }{{"ascii", text}, {"unicode", strings.ReplaceAll(text, "o", "ö")}} {
			b.Run(bp.name+"/"+txt.name, func(b *testing.B) {
				p := &Pattern{code: bp.code, groups: bp.groups, pattern: objects.None, isBytes: -1}
				subj, err := getSubject(objects.NewStr(txt.s))
				if err != nil {
					b.Fatal(err)
				}
				for i := 0; i < b.N; i++ {
					m := newMatcher(nil, p, subj, 0, math.MaxInt)
					st := m.state()
					for st.start <= st.end {
						st.reset()
						ok, err := m.search()
						if err != nil {
							b.Fatal(err)
						}
						if !ok {
							break
						}
						st.mustAdvance = st.ptr == st.start
						st.start = st.ptr
					}
				}
			})
		}
	}
}

// BenchmarkMatchCall is Pattern.match on a short str and Match.group(1), the per-call cost.
func BenchmarkMatchCall(b *testing.B) {
	bp := benchPatterns[1]
	p := &Pattern{code: bp.code, groups: bp.groups, pattern: objects.None, isBytes: 0}
	match := patternMatchMethod("match", modeMatch)
	args := []objects.Object{objects.NewStr("hello world")}
	one := []objects.Object{objects.NewInt(1)}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		m, err := match(nil, p, args, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := matchGroup(nil, m, one, nil); err != nil {
			b.Fatal(err)
		}
	}
}
