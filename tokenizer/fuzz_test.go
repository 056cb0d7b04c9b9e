package tokenizer

import (
	"bytes"
	"testing"
)

// FuzzTokenize checks that no input makes the tokenizer panic or loop, in
// either mode, and that every token it returns is consistent with the
// source: its text is the source between its offsets, positions never go
// backwards, and errors are sticky *SyntaxError values.
func FuzzTokenize(f *testing.F) {
	f.Add([]byte("x = f'{a!r:>{w}}'\n"))
	f.Add([]byte("if x:\n\tpass\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, extra := range []bool{false, true} {
			checkTokens(t, src, Options{ExtraTokens: extra})
		}
	})
}

func checkTokens(t *testing.T, src []byte, opts Options) {
	tz := New(src, "<fuzz>", opts)
	text := tz.Source()
	// Every token but DEDENT consumes input; DEDENTs are bounded by the
	// indentation stack.
	limit := 2*len(src) + 2*maxIndent + 10
	var prev Pos
	for i := 0; ; i++ {
		if i > limit {
			t.Fatalf("more than %d tokens from %d bytes", limit, len(src))
		}
		tok, err := tz.Next()
		if err != nil {
			se, ok := err.(*SyntaxError)
			if !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			if se.Msg == "" || se.Type == "" {
				t.Fatalf("empty error %#v", se)
			}
			if _, err2 := tz.Next(); err2 != err {
				t.Fatalf("error not sticky: %v then %v", err, err2)
			}
			return
		}
		if tok.Kind == ENCODING {
			continue
		}
		s, e := tok.Start, tok.End
		if s.Offset < 0 || e.Offset > len(text) || s.Offset > e.Offset {
			t.Fatalf("%v %q: offsets %d..%d outside 0..%d", tok.Kind, tok.Text, s.Offset, e.Offset, len(text))
		}
		if s.Line < prev.Line || s.Line == prev.Line && s.Col < prev.Col && tok.Kind != DEDENT {
			t.Fatalf("%v %q at %v goes back before %v", tok.Kind, tok.Text, s, prev)
		}
		if e.Line < s.Line || s.Line < 1 || s.Col < 0 || e.Col < 0 {
			t.Fatalf("%v %q: bad span %v..%v", tok.Kind, tok.Text, s, e)
		}
		if !bytes.Equal([]byte(tok.Text), text[s.Offset:e.Offset]) && tok.Kind != DEDENT {
			t.Fatalf("%v text %q but source %q", tok.Kind, tok.Text, text[s.Offset:e.Offset])
		}
		prev = s
		if tok.Kind == ENDMARKER {
			if again, err := tz.Next(); err != nil || again.Kind != ENDMARKER {
				t.Fatalf("after ENDMARKER: %v %v", again.Kind, err)
			}
			return
		}
	}
}
