package time

import (
	"strconv"
	"strings"
	gotime "time"
	"unicode/utf8"
)

// strftime formats t as the GNU C library's strftime does in the C locale: the POSIX
// conversions and GNU's (%k %l %P %s %C %g %G ...), the flags _ - 0 ^ # and a field width.
// An unknown conversion is copied as it stands.
func strftime(format string, t *tm, loc *gotime.Location, z *zoneInfo) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		start := i
		var pad byte // 0: the conversion's own
		upper, swap := false, false
		i++
	flags:
		for i < len(format) {
			switch format[i] {
			case '_', '-', '0':
				pad = format[i]
			case '^':
				upper = true
			case '#':
				swap = true
			default:
				break flags
			}
			i++
		}
		width := -1
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			if width < 0 {
				width = 0
			}
			if width < 1<<20 {
				width = width*10 + int(format[i]-'0')
			}
			i++
		}
		var modifier byte
		if i < len(format) && (format[i] == 'E' || format[i] == 'O') {
			modifier = format[i]
			i++
		}
		f := fmtState{b: &b, pad: pad, width: width, upper: upper, swap: swap}
		if i >= len(format) {
			f.literal(format[start:])
			break
		}
		if !validModifier(modifier, format[i]) || !f.conv(format[i], t, loc, z) {
			f.literal(format[start : i+1])
		}
	}
	return b.String()
}

// fmtState is one conversion's flags and width and where it writes.
type fmtState struct {
	b           *strings.Builder
	pad         byte
	width       int
	upper, swap bool
}

// validModifier reports whether the C library accepts conversion c after modifier (E, O
// or none).
func validModifier(modifier, c byte) bool {
	switch modifier {
	case 'E':
		return strings.IndexByte("cCxXyY", c) >= 0
	case 'O':
		return strings.IndexByte("deHImMSuUVwWybBh", c) >= 0
	}
	return true
}

// literal writes a conversion the C library does not know as it stands, padded to the
// width.
func (f *fmtState) literal(s string) {
	// CPython formats with wcsftime, so widths count characters.
	if n := utf8.RuneCountInString(s); f.width > n {
		padc := " "
		if f.pad == '0' {
			padc = "0"
		}
		s = strings.Repeat(padc, f.width-n) + s
	}
	f.b.WriteString(s)
}

// num writes n with at least digits digits, padded with defPad unless the flags say
// otherwise.
func (f *fmtState) num(n int64, digits int, defPad byte) {
	s := strconv.FormatInt(n, 10)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	padc := defPad
	width := max(digits, f.width)
	switch f.pad {
	case '_':
		padc = ' '
	case '0':
		padc = '0'
	case '-':
		// No padding, unless a width is given: then spaces, as the C library does.
		padc, width = ' ', f.width
	}
	if neg {
		width--
	}
	if padc == ' ' {
		if neg {
			s = "-" + s
		}
		if len(s) < width+boolInt(neg) {
			s = strings.Repeat(" ", width+boolInt(neg)-len(s)) + s
		}
		f.b.WriteString(s)
		return
	}
	if len(s) < width {
		s = strings.Repeat("0", width-len(s)) + s
	}
	if neg {
		s = "-" + s
	}
	f.b.WriteString(s)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// str writes a word, changing its case as the flags say and padding it to the width.
// lowerSwap: the # flag makes this word lower case rather than upper case.
func (f *fmtState) str(s string, lowerSwap bool) {
	if f.upper || (f.swap && !lowerSwap) {
		s = strings.ToUpper(s)
	} else if f.swap && lowerSwap {
		s = strings.ToLower(s)
	}
	f.literal(s)
}

// sub formats a composite conversion (%c, %D ...) and writes it as one word, which the ^
// flag makes upper case and # leaves alone.
func (f *fmtState) sub(format string, t *tm, loc *gotime.Location, z *zoneInfo) {
	f.swap = false
	f.str(strftime(format, t, loc, z), false)
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// isoWeekDays returns the days since the start of the ISO week-based year of the day yday
// (from 0) falling on wday (Sunday 0), negative when it belongs to the year before.
func isoWeekDays(yday, wday int) int {
	const big = (366/7 + 2) * 7
	return yday - (yday-wday+4+big)%7 + 3
}

// isoWeek returns the ISO 8601 year and week (from 1) of t.
func isoWeek(t *tm) (int, int) {
	year := t.year
	days := isoWeekDays(t.yday, t.wday)
	if days < 0 {
		year--
		days = isoWeekDays(t.yday+365+boolInt(isLeap(year)), t.wday)
	} else if d := isoWeekDays(t.yday-(365+boolInt(isLeap(year))), t.wday); d >= 0 {
		year++
		days = d
	}
	return year, days/7 + 1
}

// floorDiv and floorMod divide rounding toward negative infinity.
func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int) int { return a - floorDiv(a, b)*b }

// offset writes a UTC offset as +hhmm. A width pads it twice over, as the GNU C library
// (2.36) does: width-1 pad characters before the sign and the digits to the width.
func (f *fmtState) offset(off int64) {
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	digits := strconv.FormatInt(off/3600*100+off/60%60, 10)
	switch {
	case f.width >= 0:
		outer, inner := " ", "0"
		switch f.pad {
		case '0':
			outer = "0"
		case '_', '-':
			inner = " "
		}
		f.b.WriteString(strings.Repeat(outer, max(f.width-1, 0)) + sign + strings.Repeat(inner, max(max(f.width, 4)-len(digits), 0)) + digits)
	case f.pad == '-':
		f.b.WriteString(sign + digits)
	case f.pad == '_':
		f.b.WriteString(sign + strings.Repeat(" ", max(4-len(digits), 0)) + digits)
	default:
		f.b.WriteString(sign + strings.Repeat("0", max(4-len(digits), 0)) + digits)
	}
}

// conv writes conversion c, reporting false for one it does not know.
func (f *fmtState) conv(c byte, t *tm, loc *gotime.Location, z *zoneInfo) bool {
	name := func(names []string, i int) string {
		if i < 0 || i >= len(names) {
			return "?"
		}
		return names[i]
	}
	hour12 := t.hour % 12
	if hour12 == 0 {
		hour12 = 12
	}
	switch c {
	case '%':
		f.str("%", false)
	case 'a':
		f.str(name(weekdayNames[:], t.wday), false)
	case 'A':
		f.str(name(weekdayFull[:], t.wday), false)
	case 'b', 'h':
		f.str(name(monthNames[:], t.mon), false)
	case 'B':
		f.str(name(monthFull[:], t.mon), false)
	case 'c':
		f.sub("%a %b %e %H:%M:%S %Y", t, loc, z)
	case 'C':
		f.num(int64(floorDiv(t.year, 100)), 1, '0')
	case 'd':
		f.num(int64(t.mday), 2, '0')
	case 'D', 'x':
		f.sub("%m/%d/%y", t, loc, z)
	case 'e':
		f.num(int64(t.mday), 2, ' ')
	case 'F':
		f.sub("%Y-%m-%d", t, loc, z)
	case 'g':
		y, _ := isoWeek(t)
		f.num(int64(floorMod(y, 100)), 2, '0')
	case 'G':
		y, _ := isoWeek(t)
		f.num(int64(y), 1, '0')
	case 'H':
		f.num(int64(t.hour), 2, '0')
	case 'I':
		f.num(int64(hour12), 2, '0')
	case 'j':
		f.num(int64(t.yday+1), 3, '0')
	case 'k':
		f.num(int64(t.hour), 2, ' ')
	case 'l':
		f.num(int64(hour12), 2, ' ')
	case 'm':
		f.num(int64(t.mon+1), 2, '0')
	case 'M':
		f.num(int64(t.min), 2, '0')
	case 'n':
		f.str("\n", false)
	case 't':
		f.str("\t", false)
	case 'p':
		if t.hour > 11 {
			f.str("PM", true)
		} else {
			f.str("AM", true)
		}
	case 'P': // the case flags do not apply
		f.upper, f.swap = false, false
		if t.hour > 11 {
			f.str("pm", false)
		} else {
			f.str("am", false)
		}
	case 'r':
		f.sub("%I:%M:%S %p", t, loc, z)
	case 'R':
		f.sub("%H:%M", t, loc, z)
	case 's':
		f.num(mktime(*t, loc, z), 1, '0')
	case 'S':
		f.num(int64(t.sec), 2, '0')
	case 'T', 'X':
		f.sub("%H:%M:%S", t, loc, z)
	case 'u':
		f.num(int64((t.wday+6)%7+1), 1, '0')
	case 'U':
		f.num(int64((t.yday-t.wday+7)/7), 2, '0')
	case 'V':
		_, w := isoWeek(t)
		f.num(int64(w), 2, '0')
	case 'w':
		f.num(int64(t.wday), 1, '0')
	case 'W':
		f.num(int64((t.yday-(t.wday+6)%7+7)/7), 2, '0')
	case 'y':
		f.num(int64(floorMod(t.year, 100)), 2, '0')
	case 'Y':
		f.num(int64(t.year), 1, '0')
	case 'z':
		if t.isdst < 0 {
			break // the C library writes nothing when summer time is unknown
		}
		f.offset(t.gmtoff)
	case 'Z':
		zone := t.zone
		if zone == "" && t.isdst >= 0 {
			zone = z.tzname[boolInt(t.isdst != 0)]
		}
		f.str(zone, true)
	default:
		return false
	}
	return true
}
