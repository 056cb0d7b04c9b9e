package tokenizer

import (
	"bufio"
	"fmt"
	"github.com/taipanpy/taipan/internal/pyfmt"
	"os"
	"testing"
)

// TestUnicodeClasses checks XID_Start, XID_Continue and printability of
// every non-ASCII code point against CPython 3.13's str.isidentifier and
// str.isprintable, recorded as runs in testdata/unicode_classes.txt.
func TestUnicodeClasses(t *testing.T) {
	f, err := os.Open("testdata/unicode_classes.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	next := rune(0x80)
	bad := 0
	for sc.Scan() {
		var first, last rune
		var start, cont, print int
		if _, err := fmt.Sscanf(sc.Text(), "%x %x %d %d %d", &first, &last, &start, &cont, &print); err != nil {
			t.Fatal(err)
		}
		if first != next {
			t.Fatalf("gap before %x", first)
		}
		next = last + 1
		for r := first; r <= last; r++ {
			if isXIDStart(r) != (start == 1) || isXIDContinue(r) != (cont == 1) || pyfmt.IsPrintable(r) != (print == 1) {
				if bad++; bad < 10 {
					t.Errorf("U+%04X: start %v continue %v printable %v, want %d %d %d",
						r, isXIDStart(r), isXIDContinue(r), pyfmt.IsPrintable(r), start, cont, print)
				}
			}
		}
	}
	if next != 0x110000 {
		t.Fatalf("classes end at %x", next)
	}
}

func TestIdentifierErrors(t *testing.T) {
	cases := []struct{ src, msg string }{
		{"a\u200db = 1\n", ""}, // ZWJ continues names since Unicode 15.1
		{"\u200db = 1\n", "invalid non-printable character U+200D"},
		{"x\u30fb = 1\n", ""},
		{"\U0002EBF0 = 1\n", ""},
		{"a\u2ffc = 1\n", "invalid character '\u2ffc' (U+2FFC)"},
		{"ℌ = 1\n", ""},
		{"\u0e33x = 1\n", "invalid character '\u0e33' (U+0E33)"},
		{"x\u0e33 = 1\n", ""},
	}
	for _, c := range cases {
		_, err := tokenizeAll([]byte(c.src), Options{})
		msg := ""
		if err != nil {
			msg = err.(*SyntaxError).Msg
		}
		if msg != c.msg {
			t.Errorf("%q: got %q, want %q", c.src, msg, c.msg)
		}
	}
}
