package parser

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/taipanpy/taipan/tokenizer"
)

// corpusFloor is the number of syntaxerrors.jsonl cases known to match CPython exactly. The
// test fails when fewer match, so a regression cannot go unnoticed; raise it as the parser
// improves.
const corpusFloor = 8619

// corpusCase is one line of testdata/syntaxerrors.jsonl, written by harvest_errors.py.
type corpusCase struct {
	Src       string `json:"src"`
	Origin    string `json:"origin"`
	Type      string `json:"type"`
	Msg       string `json:"msg"`
	Lineno    int    `json:"lineno"`
	Offset    int    `json:"offset"`
	EndLineno int    `json:"end_lineno"`
	EndOffset int    `json:"end_offset"`
}

func (c corpusCase) result() string {
	return fmt.Sprintf("%s: %s (%d:%d-%d:%d)", c.Type, c.Msg, c.Lineno, c.Offset, c.EndLineno, c.EndOffset)
}

// TestSyntaxErrorCorpus parses every invalid source of the corpus and compares the error with
// CPython 3.13's. Run with -v for the most common mismatches by expected message; set
// TAIPAN_CORPUS_DIFF to a file name to get every mismatch written there.
func TestSyntaxErrorCorpus(t *testing.T) {
	cases := readJSONLines[corpusCase](t, "testdata/syntaxerrors.jsonl")
	byMsg := map[string]int{}
	var diff strings.Builder
	match := 0
	for i, c := range cases {
		got := corpusCase{Type: "no error"}
		_, err := Parse([]byte(c.Src), "<test>", Exec)
		if se, ok := err.(*tokenizer.SyntaxError); ok {
			got = corpusCase{Type: se.Type, Msg: se.Msg, Lineno: se.Lineno, Offset: se.Offset,
				EndLineno: se.EndLineno, EndOffset: se.EndOffset}
		} else if err != nil {
			got = corpusCase{Type: fmt.Sprintf("%T", err), Msg: err.Error()}
		}
		if got.result() == c.result() {
			match++
			continue
		}
		key := c.Msg
		if got.Msg == c.Msg && got.Type == c.Type {
			key = "(position) " + c.Msg
		}
		byMsg[key]++
		fmt.Fprintf(&diff, "### case %d (%s) %q\n got  %s\n want %s\n", i, c.Origin, c.Src, got.result(), c.result())
	}
	t.Logf("%d/%d syntax error cases match CPython 3.13", match, len(cases))
	keys := make([]string, 0, len(byMsg))
	for k := range byMsg {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(byMsg[b]-byMsg[a], strings.Compare(a, b)) })
	for _, k := range keys[:min(len(keys), 25)] {
		t.Logf("%5d  %s", byMsg[k], k)
	}
	if name := os.Getenv("TAIPAN_CORPUS_DIFF"); name != "" {
		if err := os.WriteFile(name, []byte(diff.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if match < corpusFloor {
		t.Errorf("only %d cases match, below the recorded floor of %d", match, corpusFloor)
	}
}
