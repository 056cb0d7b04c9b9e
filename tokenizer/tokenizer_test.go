package tokenizer

import (
	"fmt"
	"strings"
	"testing"
)

// kinds renders tokens as "KIND:text" for compact comparisons.
func kinds(toks []Token) string {
	var parts []string
	for _, t := range toks {
		if t.Text == "" {
			parts = append(parts, t.Kind.String())
		} else {
			parts = append(parts, t.Kind.String()+":"+t.Text)
		}
	}
	return strings.Join(parts, " ")
}

func TestParserMode(t *testing.T) {
	cases := []struct{ src, want string }{
		{"x = 1  # c\n", "NAME:x EQUAL:= NUMBER:1 NEWLINE:\n ENDMARKER"},
		{"if x:\n\n    # c\n    y()\n", "NAME:if NAME:x COLON:: NEWLINE:\n INDENT:     NAME:y LPAR:( RPAR:) NEWLINE:\n DEDENT ENDMARKER"},
		{"(1,\n 2)\n", "LPAR:( NUMBER:1 COMMA:, NUMBER:2 RPAR:) NEWLINE:\n ENDMARKER"},
		{"a **= b // c\n", "NAME:a DOUBLESTAREQUAL:**= NAME:b DOUBLESLASH:// NAME:c NEWLINE:\n ENDMARKER"},
		{"a<>b\n", "NAME:a NOTEQUAL:<> NAME:b NEWLINE:\n ENDMARKER"},
		{"x$\n", "NAME:x OP:$ NEWLINE:\n ENDMARKER"},
		{"match x:\n case _: pass\n", "NAME:match NAME:x COLON:: NEWLINE:\n INDENT:  NAME:case NAME:_ COLON:: NAME:pass NEWLINE:\n DEDENT ENDMARKER"},
		{"1if x else 2\n", "NUMBER:1 NAME:if NAME:x NAME:else NUMBER:2 NEWLINE:\n ENDMARKER"},
		{"x", "NAME:x NEWLINE ENDMARKER"},
		{"", "ENDMARKER"},
		{"x\r\n", "NAME:x NEWLINE:\r\n ENDMARKER"},
		// Doubled braces stay doubled and each literal run is one token.
		{`f"a{{b}}c{x}"` + "\n", `FSTRING_START:f" FSTRING_MIDDLE:a{{b}}c LBRACE:{ NAME:x RBRACE:} FSTRING_END:" NEWLINE:` + "\n ENDMARKER"},
		// No empty literal runs.
		{`f"{x:{w}}"` + "\n", `FSTRING_START:f" LBRACE:{ NAME:x COLON:: LBRACE:{ NAME:w RBRACE:} RBRACE:} FSTRING_END:" NEWLINE:` + "\n ENDMARKER"},
		{`f"\N{DASH} {x}"` + "\n", `FSTRING_START:f" FSTRING_MIDDLE:\N{DASH}  LBRACE:{ NAME:x RBRACE:} FSTRING_END:" NEWLINE:` + "\n ENDMARKER"},
		{`f"{x=!r:>{w}}"` + "\n", `FSTRING_START:f" LBRACE:{ NAME:x EQUAL:= EXCLAMATION:! NAME:r COLON:: FSTRING_MIDDLE:> LBRACE:{ NAME:w RBRACE:} RBRACE:} FSTRING_END:" NEWLINE:` + "\n ENDMARKER"},
		{`f'{f"{1}"}'` + "\n", `FSTRING_START:f' LBRACE:{ FSTRING_START:f" LBRACE:{ NUMBER:1 RBRACE:} FSTRING_END:" RBRACE:} FSTRING_END:' NEWLINE:` + "\n ENDMARKER"},
		{`rb'\d' Rf"{a!s}"` + "\n", `STRING:rb'\d' FSTRING_START:Rf" LBRACE:{ NAME:a EXCLAMATION:! NAME:s RBRACE:} FSTRING_END:" NEWLINE:` + "\n ENDMARKER"},
	}
	for _, c := range cases {
		toks, err := tokenizeAll([]byte(c.src), Options{})
		if err != nil {
			t.Errorf("%q: %v", c.src, err)
			continue
		}
		if got := kinds(toks); got != c.want {
			t.Errorf("%q:\n got  %s\n want %s", c.src, got, c.want)
		}
	}
}

func TestOperatorKinds(t *testing.T) {
	if len(operators) != 48 {
		t.Fatalf("%d operators, want 48 as in token.EXACT_TOKEN_TYPES", len(operators))
	}
	openers := map[string]string{")": "(", "]": "[", "}": "{"}
	closers := map[string]string{"(": ")", "[": "]", "{": "}"}
	for text, want := range operators {
		// Brackets need their partner to be valid.
		src := openers[text] + "a " + text + " b" + closers[text] + "\n"
		toks, err := tokenizeAll([]byte(src), Options{})
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		found := false
		for _, tok := range toks {
			if tok.Text == text {
				found = true
				if tok.Kind != want {
					t.Errorf("%q: got %v, want %v", text, tok.Kind, want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no such token in %s", text, kinds(toks))
		}
		if k, ok := OperatorKind(text); !ok || k != want {
			t.Errorf("OperatorKind(%q) = %v, %v", text, k, ok)
		}
		if !want.IsOperator() {
			t.Errorf("%v.IsOperator() is false", want)
		}
	}
	if _, ok := OperatorKind("$"); ok {
		t.Error(`OperatorKind("$") is ok`)
	}
	if NAME.String() != "NAME" || N_TOKENS.String() != "N_TOKENS" || FSTRING_MIDDLE != 60 || ENCODING != 65 {
		t.Error("kind names or numbers differ from CPython's token module")
	}
	if got := Kind(200).String(); got != "Kind(200)" {
		t.Errorf("Kind(200) = %q", got)
	}
}

func TestPositions(t *testing.T) {
	tz := New([]byte("é = 'ü\nx'''\ns = \"\"\"a\nb\"\"\"\n"), "p", Options{})
	tok, _ := tz.Next()
	if tok.Start != (Pos{1, 0, 0}) || tok.End != (Pos{1, 2, 2}) {
		t.Errorf("NAME é at %v-%v", tok.Start, tok.End)
	}
	tok, _ = tz.Next()
	if tok.Start != (Pos{1, 3, 3}) {
		t.Errorf("EQUAL at %v", tok.Start)
	}
	_, err := tz.Next()
	se, ok := err.(*SyntaxError)
	if !ok || se.Msg != "unterminated string literal (detected at line 1)" || se.Offset != 5 || se.Text != "é = 'ü" {
		t.Fatalf("got %#v", err)
	}
	if _, err2 := tz.Next(); err2 != err {
		t.Error("error is not sticky")
	}

	tz = New([]byte("s = \"\"\"a\nb\"\"\" + 1\n"), "p", Options{})
	var got []string
	for {
		tok, err := tz.Next()
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%v %d:%d-%d:%d @%d-%d", tok.Kind, tok.Start.Line, tok.Start.Col, tok.End.Line, tok.End.Col, tok.Start.Offset, tok.End.Offset))
		if tok.Kind == ENDMARKER {
			break
		}
	}
	wantStr := "NAME 1:0-1:1 @0-1|EQUAL 1:2-1:3 @2-3|STRING 1:4-2:4 @4-13|PLUS 2:5-2:6 @14-15|NUMBER 2:7-2:8 @16-17|NEWLINE 2:8-2:9 @17-18|ENDMARKER 3:0-3:0 @18-18"
	if s := strings.Join(got, "|"); s != wantStr {
		t.Errorf("got  %s\nwant %s", s, wantStr)
	}
	for i := 0; i < 3; i++ {
		if tok, err := tz.Next(); err != nil || tok.Kind != ENDMARKER {
			t.Errorf("after ENDMARKER: %v %v", tok.Kind, err)
		}
	}
}

func TestEncodings(t *testing.T) {
	cases := []struct {
		src, encoding, text, err string
	}{
		{"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "iso-8859-1", "# -*- coding: latin-1 -*-\nx = 'é'\n", ""},
		{"#!/usr/bin/python\n# vim: set fileencoding=ISO_8859_1 :\n\xff\n", "iso-8859-1", "#!/usr/bin/python\n# vim: set fileencoding=ISO_8859_1 :\nÿ\n", ""},
		{"x = 1\n# coding: latin-1\n", "utf-8", "x = 1\n# coding: latin-1\n", ""},
		{"# coding=UTF_8\nx\n", "utf-8", "# coding=UTF_8\nx\n", ""},
		{"\xef\xbb\xbfx\n", "utf-8", "x\n", ""},
		{"\xef\xbb\xbf# coding: utf-8\nx\n", "utf-8", "# coding: utf-8\nx\n", ""},
		{"# coding: ascii\nx\n", "ascii", "# coding: ascii\nx\n", ""},
		{"# coding: cp1252\nx = '\x80'\n", "cp1252", "# coding: cp1252\nx = '€'\n", ""},
		{"# -*- coding: koi8-r -*-\nx = '\xc1'\n", "koi8-r", "# -*- coding: koi8-r -*-\nx = 'а'\n", ""},
		{"# coding: latin1\nx = '\xe9'\n", "latin1", "# coding: latin1\nx = 'é'\n", ""},
		{"# coding: ascii\nx = '\xe9'\n", "", "", "'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)"},
		{"\xef\xbb\xbf# coding: latin-1\nx\n", "", "", "encoding problem: iso-8859-1 with BOM"},
		{"# coding: foo\nx\n", "", "", "unknown encoding: foo"},
		{"x = 1\x00\n", "", "", "source code string cannot contain null bytes"},
		{"x = 1\n\xe9 = 2\n", "", "", "Non-UTF-8 code starting with '\\xe9' in file f.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"},
	}
	for _, c := range cases {
		tz := New([]byte(c.src), "f.py", Options{ExtraTokens: true})
		first, err := tz.Next()
		if c.err != "" {
			if err == nil {
				first, err = tz.Next()
			}
			if se, ok := err.(*SyntaxError); !ok || se.Msg != c.err {
				t.Errorf("%q: got %v, want %q", c.src, err, c.err)
			}
			continue
		}
		if err != nil || first.Kind != ENCODING || first.Text != c.encoding {
			t.Errorf("%q: first token %v %q %v, want ENCODING %q", c.src, first.Kind, first.Text, err, c.encoding)
		}
		if string(tz.Source()) != c.text {
			t.Errorf("%q: decoded %q, want %q", c.src, tz.Source(), c.text)
		}
		if _, err := tokenizeAll([]byte(c.src), Options{}); err != nil {
			t.Errorf("%q: %v", c.src, err)
		}
	}
}

func TestLimits(t *testing.T) {
	// 149 nested f-strings are fine, 150 are too many, as in CPython.
	nest := func(n int) string {
		s := "1"
		for i := 0; i < n; i++ {
			q := `"`
			if i%2 == 1 {
				q = `'`
			}
			s = "f" + q + "{" + s + "}" + q
		}
		return s + "\n"
	}
	if _, err := tokenizeAll([]byte(nest(149)), Options{}); err != nil {
		t.Errorf("149 nested f-strings: %v", err)
	}
	if _, err := tokenizeAll([]byte(nest(150)), Options{}); err == nil || err.(*SyntaxError).Msg != "too many nested f-strings" {
		t.Errorf("150 nested f-strings: %v", err)
	}
	if _, err := tokenizeAll([]byte(strings.Repeat("(", 200)+strings.Repeat(")", 200)+"\n"), Options{}); err != nil {
		t.Errorf("200 brackets: %v", err)
	}
}
