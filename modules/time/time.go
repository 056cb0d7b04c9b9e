// Package time is CPython's time module: the clocks, conversions between seconds since the
// epoch and broken-down time (struct_time), strftime, and the local time zone.
package time

import (
	"strings"
	"sync"
	gotime "time"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the time module.
var Module = vm.BuiltinModule{Name: "time", Init: initModule}

// state is one interpreter's time module: its struct_time type and its view of the local
// time zone, which tzset() reloads.
type state struct {
	module         *objects.Module
	structTimeType *objects.Type
	mu             sync.Mutex
	loc            *gotime.Location
	zone           *zoneInfo
}

func (s *state) local() (*gotime.Location, *zoneInfo) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.loc, s.zone
}

const moduleDoc = "This module provides various functions to manipulate time values.\n\nThere are two standard representations of time.  One is the number\nof seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\nor a floating-point number (to represent fractions of seconds).\nThe epoch is the point where the time starts, the return value of time.gmtime(0).\nIt is January 1, 1970, 00:00:00 (UTC) on all platforms.\n\nThe actual value can be retrieved by calling gmtime(0).\n\nThe other representation is a tuple of 9 integers giving local time.\nThe tuple items are:\n  year (including century, e.g. 1998)\n  month (1-12)\n  day (1-31)\n  hours (0-23)\n  minutes (0-59)\n  seconds (0-59)\n  weekday (0-6, Monday is 0)\n  Julian day (day in the year, 1-366)\n  DST (Daylight Savings Time) flag (-1, 0 or 1)\nIf the DST flag is 0, the time is given in the regular time zone;\nif it is 1, the time is given in the DST time zone;\nif it is -1, mktime() should guess based on the date and time.\n"

const structTimeDoc = "The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().  May be considered as a\n sequence of 9 integers.\n\n Note that several fields' values are not the same as those defined by\n the C language standard for struct tm.  For example, the value of the\n field tm_year is the actual year, not year - 1900.  See individual\n fields' descriptions for details."

var structTimeFields = []objects.StructSeqField{
	{Name: "tm_year", Doc: "year, for example, 1993"},
	{Name: "tm_mon", Doc: "month of year, range [1, 12]"},
	{Name: "tm_mday", Doc: "day of month, range [1, 31]"},
	{Name: "tm_hour", Doc: "hours, range [0, 23]"},
	{Name: "tm_min", Doc: "minutes, range [0, 59]"},
	{Name: "tm_sec", Doc: "seconds, range [0, 61])"},
	{Name: "tm_wday", Doc: "day of week, range [0, 6], Monday is 0"},
	{Name: "tm_yday", Doc: "day of year, range [1, 366]"},
	{Name: "tm_isdst", Doc: "1 if summer time is in effect, 0 if not, and -1 if unknown"},
	{Name: "tm_zone", Doc: "abbreviation of timezone name"},
	{Name: "tm_gmtoff", Doc: "offset from UTC in seconds"},
}

// structTimeType is time.struct_time.
var structTimeType = objects.NewStructSeqType(&objects.StructSeqDesc{Name: "time.struct_time", Doc: structTimeDoc,
	Fields: structTimeFields, NSequence: 9})

func initModule(ts *objects.Thread, m *objects.Module) error {
	st := structTimeType
	s := &state{module: m, structTimeType: st}
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	set("__doc__", objects.NewStr(moduleDoc))
	set("struct_time", st)
	set("_STRUCT_TM_ITEMS", objects.NewInt(11))
	for _, c := range clockConstants {
		set(c.name, objects.NewInt(int64(c.id)))
	}
	s.tzset()
	defs := s.functions()
	for i := range defs {
		set(defs[i].Name, objects.NewBuiltinFunction(&defs[i], m))
	}
	return nil
}

// tzset reloads the local time zone from TZ and updates the module's zone attributes.
func (s *state) tzset() {
	loc := loadLocation()
	z := zoneOf(loc)
	s.mu.Lock()
	s.loc, s.zone = loc, z
	s.mu.Unlock()
	set := func(name string, v objects.Object) { s.module.Dict.SetStr(objects.NewStr(name), v) }
	set("timezone", objects.NewInt(z.timezone))
	set("altzone", objects.NewInt(z.altzone))
	daylight := int64(0)
	if z.daylight {
		daylight = 1
	}
	set("daylight", objects.NewInt(daylight))
	set("tzname", objects.NewTuple([]objects.Object{objects.NewStr(z.tzname[0]), objects.NewStr(z.tzname[1])}))
}

func noArgs(name string, f func() (objects.Object, error)) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethNoArgs,
		Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return f()
		}}
}

// clockReader returns a function reading clock id as float seconds or int nanoseconds.
func clockReader(id int, ns bool) func() (objects.Object, error) {
	return func() (objects.Object, error) {
		v, e := clockGettime(id)
		if e != 0 {
			return nil, objects.NewOSError(e, "", "")
		}
		if ns {
			return objects.NewInt(v), nil
		}
		return seconds(v), nil
	}
}

func (s *state) functions() []objects.MethodDef {
	// fastcall makes a function of positional arguments that names itself without the
	// module when it refuses keywords, as PyArg_ParseTuple's do.
	fastcall := func(name string, f func(ts *objects.Thread, args []objects.Object) (objects.Object, error)) objects.MethodDef {
		return objects.MethodDef{Name: name, Flags: objects.MethFastcall | objects.MethKeywords,
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				if err := objects.NoKeywords(name, kwnames); err != nil {
					return nil, err
				}
				return f(ts, args)
			}}
	}
	one := func(name string, f func(ts *objects.Thread, arg objects.Object) (objects.Object, error)) objects.MethodDef {
		return objects.MethodDef{Name: name, Flags: objects.MethO,
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return f(ts, args[0])
			}}
	}
	// optionalSeconds reads the optional seconds argument of gmtime, localtime and ctime.
	optionalSeconds := func(ts *objects.Thread, name string, args []objects.Object) (int64, error) {
		if err := checkCount(name, len(args), 0, 1); err != nil {
			return 0, err
		}
		if len(args) == 0 || args[0] == objects.None {
			return gotime.Now().Unix(), nil
		}
		return timestamp(ts, args[0])
	}
	return []objects.MethodDef{
		noArgs("time", clockReader(clockRealtime, false)),
		noArgs("time_ns", clockReader(clockRealtime, true)),
		noArgs("monotonic", clockReader(clockMonotonic, false)),
		noArgs("monotonic_ns", clockReader(clockMonotonic, true)),
		noArgs("perf_counter", clockReader(clockMonotonic, false)),
		noArgs("perf_counter_ns", clockReader(clockMonotonic, true)),
		noArgs("process_time", clockReader(clockProcessCPUTimeID, false)),
		noArgs("process_time_ns", clockReader(clockProcessCPUTimeID, true)),
		noArgs("thread_time", clockReader(clockThreadCPUTimeID, false)),
		noArgs("thread_time_ns", clockReader(clockThreadCPUTimeID, true)),
		noArgs("tzset", func() (objects.Object, error) {
			s.tzset()
			return objects.None, nil
		}),
		one("sleep", func(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
			ns, err := duration(ts, arg)
			if err != nil {
				return nil, err
			}
			if ns < 0 {
				return nil, objects.Errorf(objects.ValueErrorType, "sleep length must be non-negative")
			}
			return objects.None, sleep(ts, gotime.Duration(ns))
		}),
		fastcall("gmtime", func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
			secs, err := optionalSeconds(ts, "gmtime", args)
			if err != nil {
				return nil, err
			}
			t, err := breakDown(secs, gotime.UTC)
			if err != nil {
				return nil, err
			}
			t.zone = "GMT"
			return s.structTime(t), nil
		}),
		fastcall("localtime", func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
			secs, err := optionalSeconds(ts, "localtime", args)
			if err != nil {
				return nil, err
			}
			loc, _ := s.local()
			t, err := breakDown(secs, loc)
			if err != nil {
				return nil, err
			}
			return s.structTime(t), nil
		}),
		fastcall("ctime", func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
			secs, err := optionalSeconds(ts, "ctime", args)
			if err != nil {
				return nil, err
			}
			loc, _ := s.local()
			t, err := breakDown(secs, loc)
			if err != nil {
				return nil, err
			}
			return objects.NewStr(asctime(&t)), nil
		}),
		fastcall("asctime", func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
			if err := objects.CheckPositional("asctime", len(args), 0, 1); err != nil {
				return nil, err
			}
			var t tm
			if len(args) == 0 {
				loc, _ := s.local()
				t = tmOf(gotime.Now().In(loc))
			} else {
				var err error
				if t, err = s.tmArg(ts, args[0], "asctime"); err != nil {
					return nil, err
				}
				if err := t.checkLenient(); err != nil {
					return nil, err
				}
			}
			return objects.NewStr(asctime(&t)), nil
		}),
		one("mktime", func(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
			t, err := s.tmArg(ts, arg, "mktime")
			if err != nil {
				return nil, err
			}
			loc, z := s.local()
			return objects.NewFloat(float64(mktime(t, loc, z))), nil
		}),
		fastcall("strftime", s.strftime),
		objects.MethodDef{Name: "strptime", Flags: objects.MethFastcall,
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return strptime(ts, args)
			}},
		fastcall("get_clock_info", func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
			if err := checkCount("get_clock_info", len(args), 1, 1); err != nil {
				return nil, err
			}
			return getClockInfo(ts, args[0])
		}),
		one("clock_gettime", func(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
			return readClock(ts, arg, false)
		}),
		one("clock_gettime_ns", func(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
			return readClock(ts, arg, true)
		}),
		one("clock_getres", func(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
			id, err := clockID(ts, arg)
			if err != nil {
				return nil, err
			}
			v, e := clockGetres(id)
			if e != 0 {
				return nil, objects.NewOSError(e, "", "")
			}
			return seconds(v), nil
		}),
		fastcall("clock_settime", func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
			return setClock(ts, "clock_settime", args, false)
		}),
		fastcall("clock_settime_ns", func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
			return setClock(ts, "clock_settime_ns", args, true)
		}),
	}
}

// clockID converts a clk_id argument.
func clockID(ts *objects.Thread, o objects.Object) (int, error) {
	if o.Type().Slots.Index == nil {
		return 0, objects.Errorf(objects.TypeErrorType, "clk_id should be integer, not %s", o.Type().Name)
	}
	return cInt(ts, o)
}

func readClock(ts *objects.Thread, arg objects.Object, ns bool) (objects.Object, error) {
	id, err := clockID(ts, arg)
	if err != nil {
		return nil, err
	}
	return clockReader(id, ns)()
}

func setClock(ts *objects.Thread, name string, args []objects.Object, ns bool) (objects.Object, error) {
	if err := checkCount(name, len(args), 2, 2); err != nil {
		return nil, err
	}
	id, err := clockID(ts, args[0])
	if err != nil {
		return nil, err
	}
	var v int64
	if ns {
		if _, ok := args[1].(*objects.Int); !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "expect int, got %s", args[1].Type().Name)
		}
		v, err = cLong(ts, args[1], "timestamp too large to convert to C PyTime_t")
	} else {
		v, err = duration(ts, args[1])
	}
	if err != nil {
		return nil, err
	}
	if e := clockSettime(id, v); e != 0 {
		return nil, objects.NewOSError(e, "", "")
	}
	return objects.None, nil
}

// asctime formats t as "Sun Jun 20 23:21:05 1993".
func asctime(t *tm) string {
	return weekdayNames[t.wday] + " " + monthNames[t.mon] + " " + pad(t.mday, 2, ' ') + " " +
		pad(t.hour, 2, '0') + ":" + pad(t.min, 2, '0') + ":" + pad(t.sec, 2, '0') + " " + itoa(t.year)
}

func itoa(n int) string {
	f := fmtState{b: new(strings.Builder), width: -1}
	f.num(int64(n), 1, '0')
	return f.b.String()
}

func pad(n, width int, c byte) string {
	f := fmtState{b: new(strings.Builder), width: -1}
	f.num(int64(n), width, c)
	return f.b.String()
}

// strftime is strftime(format, tuple=localtime()).
func (s *state) strftime(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
	if err := checkCount("strftime", len(args), 1, 2); err != nil {
		return nil, err
	}
	format, ok := args[0].(*objects.Str)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "strftime() argument 1 must be str, not %s", args[0].Type().Name)
	}
	loc, z := s.local()
	var t tm
	if len(args) == 1 {
		t = tmOf(gotime.Now().In(loc))
	} else {
		var err error
		if t, err = s.tmArg(ts, args[1], "strftime"); err != nil {
			return nil, err
		}
		if err := t.checkLenient(); err != nil {
			return nil, err
		}
	}
	for i := 0; i < len(format.Value()); i++ {
		if format.Value()[i] == 0 {
			return nil, objects.Errorf(objects.ValueErrorType, "embedded null character")
		}
	}
	return objects.NewStr(strftime(format.Value(), &t, loc, z)), nil
}

// strptime is strptime(string, format): CPython's own is Lib's _strptime._strptime_time,
// and so is this one.
func strptime(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
	mod, err := importModule(ts, "_strptime")
	if err != nil {
		return nil, err
	}
	f, err := objects.GetAttr(ts, mod, objects.NewStr("_strptime_time"))
	if err != nil {
		return nil, err
	}
	return objects.Call(ts, f, args, nil)
}

// importModule imports a top-level module as the import statement does.
func importModule(ts *objects.Thread, name string) (objects.Object, error) {
	return vm.Import(ts, nil, objects.NewStr(name), objects.None, 0)
}

// clockInfos describes the clocks get_clock_info() knows.
var clockInfos = map[string]struct {
	impl                string
	id                  int
	monotonic, adjusted bool
}{
	"time":         {"clock_gettime(CLOCK_REALTIME)", clockRealtime, false, true},
	"monotonic":    {"clock_gettime(CLOCK_MONOTONIC)", clockMonotonic, true, false},
	"perf_counter": {"clock_gettime(CLOCK_MONOTONIC)", clockMonotonic, true, false},
	"process_time": {"clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", clockProcessCPUTimeID, true, false},
	"thread_time":  {"clock_gettime(CLOCK_THREAD_CPUTIME_ID)", clockThreadCPUTimeID, true, false},
}

// getClockInfo is get_clock_info(name): a types.SimpleNamespace describing the clock.
func getClockInfo(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
	name, ok := arg.(*objects.Str)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "get_clock_info() argument 1 must be str, not %s", arg.Type().Name)
	}
	info, ok := clockInfos[name.Value()]
	if !ok {
		return nil, objects.Errorf(objects.ValueErrorType, "unknown clock")
	}
	res, e := clockGetres(info.id)
	if e != 0 {
		res = 1
	}
	sys := vm.ThreadOf(ts).Interp.Modules.GetStr(objects.NewStr("sys"))
	if sys == nil {
		return nil, objects.Errorf(objects.RuntimeErrorType, "lost sys module")
	}
	impl, err := objects.GetAttr(ts, sys, objects.NewStr("implementation"))
	if err != nil {
		return nil, err
	}
	ns, err := objects.Call(ts, impl.Type(), nil, nil)
	if err != nil {
		return nil, err
	}
	attrs := []struct {
		name string
		v    objects.Object
	}{
		{"implementation", objects.NewStr(info.impl)},
		{"monotonic", objects.NewBool(info.monotonic)},
		{"adjustable", objects.NewBool(info.adjusted)},
		{"resolution", seconds(res)},
	}
	for _, a := range attrs {
		if err := objects.SetAttr(ts, ns, objects.NewStr(a.name), a.v); err != nil {
			return nil, err
		}
	}
	return ns, nil
}

// sleep waits for d without the global interpreter lock, so that other threads run; a signal
// handler (KeyboardInterrupt) runs during a long sleep, as in CPython.
func sleep(ts *objects.Thread, d gotime.Duration) error { return vm.Sleep(ts, d) }
