package objects

import "testing"

func TestSplitDoc(t *testing.T) {
	for _, c := range []struct{ name, doc, sig, text string }{
		{"getpwuid", "getpwuid($module, uidobj, /)\n--\n\nReturn the entry.", "($module, uidobj, /)", "Return the entry."},
		{"pwd.getpwall", "getpwall($module, /)\n--\n\n", "($module, /)", ""},
		{"zip", "zip(*iterables)\n--\n\nThe zip object", "(*iterables)", "The zip object"},
		{"f", "g(x)\n--\n\nText", "", "g(x)\n--\n\nText"},
		{"f", "f(x)\n\nnot a signature)\n--\n\n", "", "f(x)\n\nnot a signature)\n--\n\n"},
		{"f", "Plain text.", "", "Plain text."},
		{"f", "", "", ""},
	} {
		sig, text := splitDoc(c.name, c.doc)
		if sig != c.sig || text != c.text {
			t.Errorf("splitDoc(%q, %q) = %q, %q; want %q, %q", c.name, c.doc, sig, text, c.sig, c.text)
		}
	}
}
