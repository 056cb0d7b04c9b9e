package tokenizer

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// goldenToken is one line of a .tokens file: what CPython's tokenize module
// reports, with exact operator types and character columns.
type goldenToken struct {
	kind, span, text string
}

func (g goldenToken) String() string { return fmt.Sprintf("%s %s %q", g.kind, g.span, g.text) }

// readGolden parses a .tokens file written by testdata/dump_tokens.py.
func readGolden(t *testing.T, path string) []goldenToken {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []goldenToken
	for _, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if line == "" {
			continue
		}
		parts := strings.SplitN(line, " ", 3)
		if len(parts) != 3 {
			t.Fatalf("%s: bad line %q", path, line)
		}
		var text string
		if err := json.Unmarshal([]byte(parts[2]), &text); err != nil {
			t.Fatalf("%s: bad string in %q: %v", path, line, err)
		}
		out = append(out, goldenToken{parts[0], parts[1], text})
	}
	return out
}

// charCol converts a byte position to the character column the tokenize
// module reports. lineStart is the offset where the position's line begins.
func charCol(src []byte, lineStart int, p Pos) int {
	end := lineStart + p.Col
	extra := 0
	if end > len(src) {
		// The implicit final newline occupies a column past the text.
		extra = end - len(src)
		end = len(src)
	}
	return utf8.RuneCount(src[lineStart:end]) + extra
}

// tokenizeLikeTokenize runs the tokenizer in ExtraTokens mode and renders
// its tokens as dump_tokens.py does.
func tokenizeLikeTokenize(src []byte, filename string) ([]goldenToken, error) {
	tz := New(src, filename, Options{ExtraTokens: true})
	text := tz.Source()
	var out []goldenToken
	for i := 0; i < 100000; i++ {
		tok, err := tz.Next()
		if err != nil {
			return out, err
		}
		kind := tok.Kind.String()
		if tok.Kind == OP {
			if k, ok := OperatorKind(tok.Text); ok {
				kind = k.String()
			}
		}
		startLine := tok.Start.Offset - tok.Start.Col
		endLine := tok.End.Offset - tok.End.Col
		if tok.Start.Line == tok.End.Line {
			endLine = startLine
		}
		sc, ec := tok.Start.Col, tok.End.Col
		if tok.Kind != ENCODING {
			sc = charCol(text, startLine, tok.Start)
			ec = charCol(text, endLine, tok.End)
		}
		out = append(out, goldenToken{kind, fmt.Sprintf("%d,%d-%d,%d", tok.Start.Line, sc, tok.End.Line, ec), tok.Text})
		if tok.Kind == ENDMARKER {
			return out, nil
		}
	}
	return out, fmt.Errorf("no ENDMARKER after 100000 tokens")
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want := readGolden(t, strings.TrimSuffix(file, ".py")+".tokens")
			got, err := tokenizeLikeTokenize(src, file)
			if err != nil {
				t.Fatalf("error after %d tokens: %v", len(got), err)
			}
			for i := 0; i < len(want) || i < len(got); i++ {
				var w, g goldenToken
				if i < len(want) {
					w = want[i]
				}
				if i < len(got) {
					g = got[i]
				}
				if w != g {
					t.Fatalf("token %d:\n got  %v\n want %v", i, g, w)
				}
			}
		})
	}
}
