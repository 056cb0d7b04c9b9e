package time

import (
	"math"
	"syscall"
	gotime "time"

	"github.com/taipanpy/taipan/objects"
)

// tm is C's struct tm, as CPython fills it from a time tuple or from gmtime/localtime:
// mon and yday count from 0, wday from Sunday.
type tm struct {
	year                      int // the full year, not year - 1900
	mon, mday, hour, min, sec int
	wday, yday, isdst         int
	zone                      string
	hasZone                   bool // zone was given (a struct_time's tm_zone)
	gmtoff                    int64
}

// tmOf breaks t down in its own location.
func tmOf(t gotime.Time) tm {
	name, off := t.Zone()
	r := tm{year: t.Year(), mon: int(t.Month()) - 1, mday: t.Day(), hour: t.Hour(), min: t.Minute(),
		sec: t.Second(), wday: int(t.Weekday()), yday: t.YearDay() - 1, zone: name, hasZone: true, gmtoff: int64(off)}
	if t.IsDST() {
		r.isdst = 1
	}
	return r
}

// breakDown converts seconds since the epoch to a tm in loc, failing with EOVERFLOW, as
// the C library's gmtime and localtime do, when the year does not fit tm_year (an int
// counting from 1900).
func breakDown(secs int64, loc *gotime.Location) (tm, error) {
	t := tmOf(gotime.Unix(secs, 0).In(loc))
	y := int64(t.year) - 1900
	if y < math.MinInt32 || y > math.MaxInt32 {
		return tm{}, objects.NewOSError(syscall.EOVERFLOW, "", "")
	}
	// CPython adds 1900 back in a C int, which wraps for the largest years.
	t.year = int(int32(y) + 1900)
	return t, nil
}

// structTime makes the struct_time of a tm.
func (s *state) structTime(t tm) objects.Object {
	i := func(v int) objects.Object { return objects.NewInt(int64(v)) }
	return objects.NewStructSeq(s.structTimeType, []objects.Object{
		i(t.year), i(t.mon + 1), i(t.mday), i(t.hour), i(t.min), i(t.sec),
		i((t.wday + 6) % 7), i(t.yday + 1), i(t.isdst), objects.NewStr(t.zone), objects.NewInt(t.gmtoff),
	})
}

// tmArg reads a time tuple or struct_time as CPython's gettmarg does; fname names the
// function in the message for a tuple of the wrong length.
func (s *state) tmArg(ts *objects.Thread, o objects.Object, fname string) (tm, error) {
	t, ok := o.(*objects.Tuple)
	if !ok {
		return tm{}, objects.Errorf(objects.TypeErrorType, "Tuple or struct_time argument required")
	}
	items := t.Items()
	if len(items) != 9 {
		return tm{}, objects.Errorf(objects.TypeErrorType, "%s(): illegal time tuple argument", fname)
	}
	var v [9]int
	for k, item := range items {
		n, err := cInt(ts, item)
		if err != nil {
			return tm{}, err
		}
		v[k] = n
	}
	if int64(v[0])-1900 < math.MinInt32 {
		return tm{}, objects.Errorf(objects.OverflowErrorType, "year out of range")
	}
	r := tm{year: v[0], mon: v[1] - 1, mday: v[2], hour: v[3], min: v[4], sec: v[5],
		wday: (v[6] + 1) % 7, yday: v[7] - 1, isdst: v[8]}
	if t.Type() == s.structTimeType {
		if z := objects.StructSeqFieldValue(t, 9); z != nil && z != objects.None {
			zs, ok := z.(*objects.Str)
			if !ok {
				return tm{}, objects.Errorf(objects.TypeErrorType, "expected str, got %s", z.Type().Name)
			}
			if _, err := zs.Encode(ts, "utf-8", "strict"); err != nil {
				return tm{}, err
			}
			r.zone, r.hasZone = zs.Value(), true
		}
		if g := objects.StructSeqFieldValue(t, 10); g != nil && g != objects.None {
			n, err := cLong(ts, g, "Python int too large to convert to C long")
			if err != nil {
				return tm{}, err
			}
			r.gmtoff = n
		}
	}
	return r, nil
}

// checkLenient validates the fields as strftime() and asctime() do: a zero month, day of month or day
// of year stands for the first.
func (t *tm) checkLenient() error {
	if t.mon == -1 {
		t.mon = 0
	} else if t.mon < 0 || t.mon > 11 {
		return objects.Errorf(objects.ValueErrorType, "month out of range")
	}
	if t.mday == 0 {
		t.mday = 1
	} else if t.mday < 0 || t.mday > 31 {
		return objects.Errorf(objects.ValueErrorType, "day of month out of range")
	}
	if t.yday == -1 {
		t.yday = 0
	}
	if err := t.checkRest(); err != nil {
		return err
	}
	if t.isdst < -1 {
		t.isdst = -1
	} else if t.isdst > 1 {
		t.isdst = 1
	}
	return nil
}

func (t *tm) checkRest() error {
	switch {
	case t.hour < 0 || t.hour > 23:
		return objects.Errorf(objects.ValueErrorType, "hour out of range")
	case t.min < 0 || t.min > 59:
		return objects.Errorf(objects.ValueErrorType, "minute out of range")
	case t.sec < 0 || t.sec > 61:
		return objects.Errorf(objects.ValueErrorType, "seconds out of range")
	case t.wday < 0:
		return objects.Errorf(objects.ValueErrorType, "day of week out of range")
	case t.yday < 0 || t.yday > 365:
		return objects.Errorf(objects.ValueErrorType, "day of year out of range")
	}
	return nil
}

// mktime interprets t as a local time in loc, as the GNU C library's mktime: fields out of
// range carry over; a wall time that occurs twice (when clocks go back) or never (when
// they go forward) is read as standard time unless tm_isdst asks for summer time; and a
// tm_isdst of 0 or 1 that the zone does not have then shifts the result by the difference
// between its offsets, or by an hour in a zone without summer time.
func mktime(t tm, loc *gotime.Location, z *zoneInfo) int64 {
	wall := gotime.Date(t.year, gotime.Month(t.mon+1), t.mday, t.hour, t.min, t.sec, 0, gotime.UTC).Unix()
	guess := gotime.Unix(wall, 0).In(loc)
	type candidate struct {
		unix int64
		dst  bool
	}
	var valid []candidate
	seen := map[int]bool{}
	stdOff, haveStd := 0, false
	for _, probe := range []int64{0, -86400, 86400} {
		at := guess.Add(gotime.Duration(probe) * gotime.Second)
		_, off := at.Zone()
		if !at.IsDST() && !haveStd {
			stdOff, haveStd = off, true
		}
		if seen[off] {
			continue
		}
		seen[off] = true
		u := wall - int64(off)
		back := gotime.Unix(u, 0).In(loc)
		if _, o := back.Zone(); o == off {
			valid = append(valid, candidate{u, back.IsDST()})
		}
	}
	pick := func(dst bool) (int64, bool) {
		for _, c := range valid {
			if c.dst == dst {
				return c.unix, true
			}
		}
		return 0, false
	}
	switch {
	case t.isdst > 0:
		if u, ok := pick(true); ok {
			return u
		}
	case t.isdst == 0:
		if u, ok := pick(false); ok {
			return u
		}
	default:
		if u, ok := pick(false); ok {
			return u
		}
		if u, ok := pick(true); ok {
			return u
		}
		if haveStd {
			return wall - int64(stdOff)
		}
		return guess.Unix()
	}
	// tm_isdst names a kind of time the zone does not have at that date.
	base := guess.Unix()
	if len(valid) > 0 {
		base = valid[0].unix
	}
	shift := int64(3600)
	if z.daylight {
		shift = z.timezone - z.altzone
	}
	if t.isdst > 0 {
		return base - shift
	}
	return base + shift
}

var weekdayNames = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
var monthNames = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var weekdayFull = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
var monthFull = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
