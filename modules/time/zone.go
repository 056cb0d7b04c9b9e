package time

import (
	"encoding/binary"
	"os"
	"strconv"
	"strings"
	gotime "time"
)

// zoneInfo is what the module says of the local time zone: timezone, altzone, daylight
// and tzname.
type zoneInfo struct {
	timezone, altzone int64
	daylight          bool
	tzname            [2]string
}

// loadLocation returns the local time zone the TZ environment variable names now, as C's
// tzset reads it: unset means the system's zone (/etc/localtime), empty UTC, else a zone
// name or file (with an optional leading colon) or a POSIX zone such as "EST+5EDT,M3.2.0,M11.1.0".
func loadLocation() *gotime.Location {
	tz, ok := os.LookupEnv("TZ")
	if !ok {
		if loc, err := zoneFile("Local", "/etc/localtime"); err == nil {
			return loc
		}
		return gotime.UTC
	}
	tz = strings.TrimPrefix(tz, ":")
	if tz == "" || tz == "UTC" {
		return gotime.UTC
	}
	if strings.HasPrefix(tz, "/") {
		if loc, err := zoneFile(tz, tz); err == nil {
			return loc
		}
	} else if loc, err := gotime.LoadLocation(tz); err == nil {
		return loc
	}
	std, rest := posixZone(tz)
	if rest == "" {
		return std
	}
	if loc, err := posixRules(tz, std); err == nil {
		return loc
	}
	return std
}

// zoneFile loads the zone data in file.
func zoneFile(name, file string) (*gotime.Location, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return gotime.LoadLocationFromTZData(name, data)
}

// posixRules makes the zone of a POSIX TZ string with summer time rules
// ("EST+5EDT,M3.2.0,M11.1.0"). Go reads such rules only as the footer of zone data, so this
// wraps tz in TZif data. Like the GNU C library, which works out the changes of years
// before 1970 as if they were 1970's, it keeps the time of 1970-01-01 for all earlier ones.
func posixRules(tz string, std *gotime.Location) (*gotime.Location, error) {
	name, off := gotime.Unix(0, 0).In(std).Zone()
	rules, err := tzifZone(tz, -1<<59, name, off, false)
	if err != nil {
		return nil, err
	}
	epoch := gotime.Unix(0, 0).In(rules)
	name, off = epoch.Zone()
	return tzifZone(tz, 0, name, off, epoch.IsDST())
}

// tzifZone builds version 2 TZif data of one transition, at the given time, into a zone
// named name at off seconds east of UTC, followed by the POSIX rules tz, and loads it.
func tzifZone(tz string, at int64, name string, off int, dst bool) (*gotime.Location, error) {
	be32 := func(b []byte, v uint32) []byte { return binary.BigEndian.AppendUint32(b, v) }
	header := func(b []byte, counts ...uint32) []byte {
		b = append(b, "TZif2"...)
		b = append(b, make([]byte, 15)...)
		for _, c := range counts {
			b = be32(b, c)
		}
		return b
	}
	// Counts: UT/local indicators, standard/wall indicators, leap seconds, transitions,
	// local time types, abbreviation bytes. The version 1 block is empty.
	data := header(nil, 0, 0, 0, 0, 0, 0)
	data = header(data, 0, 0, 0, 1, 1, uint32(len(name)+1))
	data = binary.BigEndian.AppendUint64(data, uint64(at))
	data = append(data, 0)
	data = be32(data, uint32(int32(off)))
	isDST := byte(0)
	if dst {
		isDST = 1
	}
	data = append(data, isDST, 0)
	data = append(data, name...)
	data = append(data, 0, '\n')
	data = append(data, tz...)
	data = append(data, '\n')
	return gotime.LoadLocationFromTZData(tz, data)
}

// posixZone reads the standard part of a POSIX TZ string: a name of letters (or <...>)
// and an offset west of Greenwich as [+-]hh[:mm[:ss]]; rest is what follows (the summer
// time part).
func posixZone(tz string) (loc *gotime.Location, rest string) {
	i := 0
	var name string
	if strings.HasPrefix(tz, "<") {
		end := strings.IndexByte(tz, '>')
		if end < 0 {
			return gotime.FixedZone("", 0), ""
		}
		name, i = tz[1:end], end+1
	} else {
		for i < len(tz) && (tz[i] >= 'A' && tz[i] <= 'Z' || tz[i] >= 'a' && tz[i] <= 'z') {
			i++
		}
		name = tz[:i]
	}
	if len(name) < 3 {
		return gotime.FixedZone("", 0), "" // the C library's choice for a zone it cannot read
	}
	sign := 1
	if i < len(tz) && (tz[i] == '+' || tz[i] == '-') {
		if tz[i] == '-' {
			sign = -1
		}
		i++
	}
	j := i
	for j < len(tz) && (tz[j] >= '0' && tz[j] <= '9' || tz[j] == ':') {
		j++
	}
	parts := strings.Split(tz[i:j], ":")
	secs := 0
	// The C library caps hours at 24 and minutes and seconds at 59.
	for k, unit := range []int{3600, 60, 1} {
		if k < len(parts) {
			n, err := strconv.Atoi(parts[k])
			if err != nil {
				if k == 0 {
					return gotime.FixedZone(name, 0), ""
				}
				break
			}
			secs += min(n, []int{24, 59, 59}[k]) * unit
		}
	}
	return gotime.FixedZone(name, -sign*secs), tz[j:]
}

// zoneOf works out timezone, altzone, daylight and tzname as CPython's init_timezone:
// from the offsets in January and July of this year, the larger one west being standard
// time.
func zoneOf(loc *gotime.Location) *zoneInfo {
	const year = (365*24 + 6) * 3600
	t := gotime.Now().Unix() / year * year
	janName, janOff := gotime.Unix(t, 0).In(loc).Zone()
	julName, julOff := gotime.Unix(t+year/2, 0).In(loc).Zone()
	jan, jul := -int64(janOff), -int64(julOff)
	if jan < jul {
		return &zoneInfo{timezone: jul, altzone: jan, daylight: jan != jul, tzname: [2]string{julName, janName}}
	}
	return &zoneInfo{timezone: jan, altzone: jul, daylight: jan != jul, tzname: [2]string{janName, julName}}
}
