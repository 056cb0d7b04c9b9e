package suggest

import "testing"

// The expected suggestions are CPython 3.13's for the same names and candidates
// (traceback._compute_suggestion_error).
func TestClosest(t *testing.T) {
	tests := []struct {
		wrong      string
		candidates []string
		want       string
	}{
		{"colour", []string{"color"}, "color"},
		{"uper", []string{"capitalize", "lower", "upper", "zfill"}, "upper"},
		{"apend", []string{"append", "clear", "copy", "extend"}, "append"},
		{"real_", []string{"imag", "real"}, "real"},
		{"lenn", []string{"len", "list", "open"}, "len"},
		{"prnt", []string{"print", "repr"}, "print"},
		{"xyz_unknown_long_name_zzz", []string{"len", "print"}, ""},
		{"Foo", []string{"foo", "fOo"}, "foo"},
		{"x", []string{"y"}, ""},
	}
	for _, tt := range tests {
		if got := Closest(tt.candidates, tt.wrong); got != tt.want {
			t.Errorf("Closest(%q) = %q, want %q", tt.wrong, got, tt.want)
		}
	}
}
