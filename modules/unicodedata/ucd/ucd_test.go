package ucd

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// parseHexes reads code points written as space-separated hex.
func parseHexes(t *testing.T, s string) []rune {
	var rs []rune
	for _, f := range strings.Fields(s) {
		v, err := strconv.ParseUint(f, 16, 32)
		if err != nil {
			t.Fatalf("bad code point %q", f)
		}
		rs = append(rs, rune(v))
	}
	return rs
}

func hexes(rs []rune) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = hex4(r)
	}
	return strings.Join(parts, " ")
}

func pyRepr(v float64, ok bool) string {
	if !ok {
		return "None"
	}
	s := strconv.FormatFloat(v, 'g', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	if i := strings.Index(s, "e+"); i >= 0 && len(s)-i == 4 {
		s = s[:i+2] + s[i+2:]
	}
	return s
}

func optInt(v int8) string {
	if v < 0 {
		return "None"
	}
	return strconv.Itoa(int(v))
}

// propsLine spells r's properties as gen_testdata.py does.
func propsLine(r rune, v32 bool) []string {
	rec := Lookup(r, v32)
	tag, rs := Decomposition(r, v32)
	decomp := DecompTags[tag]
	if len(rs) > 0 {
		if decomp != "" {
			decomp += " "
		}
		decomp += hexes(rs)
	}
	mirrored := "0"
	if rec.Mirrored {
		mirrored = "1"
	}
	name, ok := Name(r, v32)
	if !ok {
		name = "None"
	}
	return []string{Categories[rec.Category], Bidis[rec.Bidi], strconv.Itoa(int(rec.Combining)),
		EastAsianWidths[rec.EastAsianWidth], mirrored, decomp, optInt(rec.Decimal), optInt(rec.Digit),
		pyRepr(rec.Numeric()), name}
}

// TestAgainstCPython compares a sample of CPython 3.13's answers (testdata/sample.txt, made by
// ../gen_testdata.py) with the tables'.
func TestAgainstCPython(t *testing.T) {
	f, err := os.Open("testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var nprops, nnorm, nlookup int
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		switch fields[0] {
		case "p":
			nprops++
			r := parseHexes(t, fields[2])[0]
			got := propsLine(r, fields[1] == "3")
			if strings.Join(got, "\t") != strings.Join(fields[3:], "\t") {
				t.Errorf("version %s, U+%04X: got %q, want %q", fields[1], r, got, fields[3:])
			}
		case "n":
			nnorm++
			form, _ := ParseForm(fields[2])
			in := parseHexes(t, fields[3])
			got := hexes(Normalize(form, in, fields[1] == "3"))
			if got != fields[4] {
				t.Errorf("version %s, %s(%s) = %s, want %s", fields[1], fields[2], fields[3], got, fields[4])
			}
			if want := fields[3] == fields[4]; IsNormalized(form, in, fields[1] == "3") != want {
				t.Errorf("version %s, is_normalized(%s, %s) != %v", fields[1], fields[2], fields[3], want)
			}
		case "l":
			nlookup++
			got := "KeyError"
			if rs, ok := LookupName(fields[1], false, true); ok {
				got = hexes(rs)
			}
			if got != fields[2] {
				t.Errorf("lookup(%q) = %s, want %s", fields[1], got, fields[2])
			}
		}
	}
	if nprops < 1000 || nnorm < 100 || nlookup < 10 {
		t.Fatalf("sample too small: %d, %d, %d", nprops, nnorm, nlookup)
	}
}

// TestTablesConsistent checks that the tables decode into a coherent database.
func TestTablesConsistent(t *testing.T) {
	if len(recordData)%8 != 0 || len(oldRuns)%8 != 0 || len(compositions)%9 != 0 {
		t.Fatal("table lengths are not multiples of their entry sizes")
	}
	nrec := len(recordData) / 8
	for i := 0; i < nrec; i++ {
		rec := recordAt(i)
		if int(rec.Category) >= len(Categories) || int(rec.Bidi) >= len(Bidis) || int(rec.EastAsianWidth) >= len(EastAsianWidths) || int(rec.numeric) >= len(numerics) {
			t.Fatalf("record %d out of range: %+v", i, rec)
		}
	}
	var prev rune = -1
	for i := 0; i < len(oldRuns); i += 8 {
		first, last := u24(oldRuns, i), u24(oldRuns, i+3)
		if first <= prev || last < first || last >= MaxRune {
			t.Fatalf("old run %d: %X..%X after %X", i/8, first, last, prev)
		}
		prev = last
	}
	named := 0
	for r := rune(0); r < MaxRune; r++ {
		if n := lookup2(recordIndex1, recordIndex2, r); n >= nrec {
			t.Fatalf("U+%04X: record %d of %d", r, n, nrec)
		}
		tag, rs := Decomposition(r, false)
		if tag >= len(DecompTags) {
			t.Fatalf("U+%04X: decomposition tag %d", r, tag)
		}
		for _, c := range rs {
			if c >= MaxRune || Lookup(c, false).Unassigned() {
				t.Fatalf("U+%04X decomposes to unassigned U+%04X", r, c)
			}
		}
		// Every name leads back to its character.
		if name, ok := Name(r, false); ok {
			named++
			if rs, ok := LookupName(name, false, false); !ok || len(rs) != 1 || rs[0] != r {
				t.Fatalf("U+%04X: lookup(%q) = %X, %v", r, name, rs, ok)
			}
		}
	}
	if named < 140000 {
		t.Errorf("only %d names", named)
	}
	// Every primary composite decomposes canonically to its pair.
	for i := 0; i < len(compositions); i += 9 {
		a, b, c := u24(compositions, i), u24(compositions, i+3), u24(compositions, i+6)
		if tag, rs := Decomposition(c, false); tag != 0 || len(rs) != 2 || rs[0] != a || rs[1] != b {
			t.Errorf("U+%04X composes from %04X %04X but decomposes to %d %X", c, a, b, tag, rs)
		}
	}
	// Aliases and named sequences are found, the sequences only when asked for.
	nameTables.once.Do(loadNames)
	for i := 0; i < len(aliases); {
		s, n := decodeName(aliases[i:])
		if rs, ok := LookupName(s, false, false); !ok || rs[0] != u24(aliases, i+n) {
			t.Errorf("alias %q not found", s)
		}
		if _, ok := LookupName(s, true, true); ok {
			t.Errorf("alias %q found in Unicode 3.2.0", s)
		}
		i += n + 3
	}
	for i := 0; i < len(sequences); {
		s, n := decodeName(sequences[i:])
		if rs, ok := LookupName(s, false, true); !ok || len(rs) != int(at(sequences, i+n)) {
			t.Errorf("named sequence %q not found", s)
		}
		if _, ok := LookupName(s, false, false); ok {
			t.Errorf("named sequence %q found as a character", s)
		}
		i += n + 1 + 3*int(at(sequences, i+n))
	}
}

func BenchmarkName(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Name(rune(0x4E00+i%20000), false)
		Name(rune(0x100+i%1000), false)
	}
}
