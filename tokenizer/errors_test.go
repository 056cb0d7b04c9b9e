package tokenizer

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// errorCase is one line of testdata/errors.jsonl: a source and the
// SyntaxError CPython 3.13's compile() raises for it.
type errorCase struct {
	Src       string  `json:"src"`
	Type      string  `json:"type"`
	Msg       string  `json:"msg"`
	Lineno    int     `json:"lineno"`
	Offset    int     `json:"offset"`
	EndLineno int     `json:"end_lineno"`
	EndOffset int     `json:"end_offset"`
	Text      *string `json:"text"`
}

// tokenizeAll runs the parser's mode to the end and returns the first error.
func tokenizeAll(src []byte, opts Options) ([]Token, error) {
	tz := New(src, "<test>", opts)
	var toks []Token
	for {
		tok, err := tz.Next()
		if err != nil {
			return toks, err
		}
		toks = append(toks, tok)
		if tok.Kind == ENDMARKER {
			return toks, nil
		}
	}
}

func TestErrors(t *testing.T) {
	f, err := os.Open("testdata/errors.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var c errorCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		n++
		_, err := tokenizeAll([]byte(c.Src), Options{})
		se, ok := err.(*SyntaxError)
		if !ok {
			t.Errorf("%q: got error %v, want %s: %s", c.Src, err, c.Type, c.Msg)
			continue
		}
		got := errorCase{Src: c.Src, Type: se.Type, Msg: se.Msg, Lineno: se.Lineno, Offset: se.Offset,
			EndLineno: se.EndLineno, EndOffset: se.EndOffset}
		want := c
		want.Text = nil
		if got != want {
			t.Errorf("%q:\n got  %s %q %d:%d-%d:%d\n want %s %q %d:%d-%d:%d", c.Src,
				got.Type, got.Msg, got.Lineno, got.Offset, got.EndLineno, got.EndOffset,
				want.Type, want.Msg, want.Lineno, want.Offset, want.EndLineno, want.EndOffset)
			continue
		}
		if c.Text != nil && se.Text != *c.Text {
			t.Errorf("%q: text %q, want %q", c.Src, se.Text, *c.Text)
		}
		if se.Filename != "<test>" {
			t.Errorf("%q: filename %q", c.Src, se.Filename)
		}
	}
	if n < 40 {
		t.Fatalf("only %d error cases", n)
	}
}
