package objects

import (
	"strings"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

// The padding and stripping methods of str: strip, lstrip, rstrip, center, ljust, rjust,
// zfill and expandtabs.

// Strip removes from the left (dir <= 0) and right (dir >= 0) of s the code points in chars,
// or whitespace when chars is nil.
func (s *Str) Strip(chars *Str, dir int) *Str {
	in := func(r rune) bool { return pyfmt.IsSpace(r) }
	if chars != nil {
		set := chars.Runes()
		in = func(r rune) bool {
			for _, c := range set {
				if c == r {
					return true
				}
			}
			return false
		}
	}
	v := s.value
	i, j := 0, len(v)
	if dir <= 0 {
		for i < j {
			r, w := decodeStrRune(v[i:j])
			if !in(r) {
				break
			}
			i += w
		}
	}
	if dir >= 0 {
		for j > i {
			r, w := lastRune(v[i:j])
			if !in(r) {
				break
			}
			j -= w
		}
	}
	if i == 0 && j == len(v) {
		return s.exact()
	}
	if s.IsASCII() {
		return newASCIIStr(v[i:j])
	}
	return NewStr(v[i:j])
}

func strStripMethod(name string, dir int) methodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := checkPositional("str."+name, args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		var chars *Str
		if len(args) == 1 && args[0] != None {
			c, ok := args[0].(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "%s arg must be None or str", name)
			}
			chars = c
		}
		return self.(*Str).Strip(chars, dir), nil
	}
}

// pad returns s with left and right copies of fill around it.
func (s *Str) pad(left, right int, fill rune) *Str {
	if left <= 0 && right <= 0 {
		return s.exact()
	}
	left, right = max(left, 0), max(right, 0)
	f := string(pyfmt.AppendRune(nil, fill))
	v := strings.Repeat(f, left) + s.value + strings.Repeat(f, right)
	return newStrLen(v, s.Len()+left+right)
}

// padArgs parses (width[, fillchar]).
func padArgs(ts *Thread, name string, args []Object, kwnames *Tuple) (int, rune, error) {
	if err := checkPositional("str."+name, args, kwnames, 1, 2); err != nil {
		return 0, 0, err
	}
	width, err := indexValue(ts, args[0])
	if err != nil {
		return 0, 0, err
	}
	fill := ' '
	if len(args) == 2 {
		f, ok := args[1].(*Str)
		if !ok {
			return 0, 0, Errorf(TypeErrorType, "The fill character must be a unicode character, not %s", args[1].Type().Name)
		}
		if f.Len() != 1 {
			return 0, 0, Errorf(TypeErrorType, "The fill character must be exactly one character long")
		}
		fill = f.At(0)
	}
	if width > maxStrBytes {
		return 0, 0, errNoMemory()
	}
	return width, fill, nil
}

func strPadMethod(name string) methodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		width, fill, err := padArgs(ts, name, args, kwnames)
		if err != nil {
			return nil, err
		}
		s := self.(*Str)
		marg := width - s.Len()
		switch name {
		case "ljust":
			return s.pad(0, marg, fill), nil
		case "rjust":
			return s.pad(marg, 0, fill), nil
		}
		// CPython's centering puts the odd extra column on the left when width is odd.
		left := marg/2 + (marg & width & 1)
		return s.pad(left, marg-left, fill), nil
	}
}

// Zfill returns s.zfill(width): zeros on the left, after any leading sign.
func (s *Str) Zfill(width int) *Str {
	fill := width - s.Len()
	if fill <= 0 {
		return s.exact()
	}
	v := s.value
	sign := ""
	if len(v) > 0 && (v[0] == '+' || v[0] == '-') {
		sign, v = v[:1], v[1:]
	}
	return newStrLen(sign+strings.Repeat("0", fill)+v, width)
}

func strZfill(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkOneArg("str.zfill", args, kwnames); err != nil {
		return nil, err
	}
	w, err := indexValue(ts, args[0])
	if err != nil {
		return nil, err
	}
	if w > maxStrBytes {
		return nil, errNoMemory()
	}
	return self.(*Str).Zfill(w), nil
}

// ExpandTabs returns s.expandtabs(tabsize): each tab becomes spaces up to the next multiple
// of tabsize columns, columns restarting after \n and \r.
func (s *Str) ExpandTabs(tabsize int) (*Str, error) {
	if strings.IndexByte(s.value, '\t') < 0 {
		return s.exact(), nil
	}
	var b []byte
	col := 0
	for i := 0; i < len(s.value); {
		c := s.value[i]
		if c == '\t' {
			i++
			if tabsize > 0 {
				n := tabsize - col%tabsize
				if len(b)+n > maxStrBytes {
					return nil, Errorf(OverflowErrorType, "result too long")
				}
				col += n
				for ; n > 0; n-- {
					b = append(b, ' ')
				}
			}
			continue
		}
		_, w := decodeStrRune(s.value[i:])
		b = append(b, s.value[i:i+w]...)
		i += w
		col++
		if c == '\n' || c == '\r' {
			col = 0
		}
	}
	return NewStr(string(b)), nil
}

func strExpandTabs(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	tabsize, err := tabsizeArg(ts, args, kwnames)
	if err != nil {
		return nil, err
	}
	return self.(*Str).ExpandTabs(tabsize)
}

// tabsizeArg parses expandtabs(tabsize=8) of str and bytes.
func tabsizeArg(ts *Thread, args []Object, kwnames *Tuple) (int, error) {
	a, err := parseKwArgs("expandtabs", args, kwnames, []string{"tabsize"}, 0, 0)
	if err != nil {
		return 0, err
	}
	if a[0] == nil {
		return 8, nil
	}
	return indexValue(ts, a[0])
}
