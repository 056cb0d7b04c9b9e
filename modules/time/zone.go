package time

import (
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
// tzset reads it: unset means the system's zone, empty UTC, else a zone name (with an
// optional leading colon) or a POSIX zone such as "EST+5" (of which only the standard time
// is understood).
func loadLocation() *gotime.Location {
	tz, ok := os.LookupEnv("TZ")
	if !ok {
		return gotime.Local
	}
	tz = strings.TrimPrefix(tz, ":")
	if tz == "" || tz == "UTC" {
		return gotime.UTC
	}
	if loc, err := gotime.LoadLocation(tz); err == nil {
		return loc
	}
	return posixZone(tz)
}

// posixZone reads the standard part of a POSIX TZ string: a name of letters (or <...>)
// and an offset west of Greenwich as [+-]hh[:mm[:ss]].
func posixZone(tz string) *gotime.Location {
	i := 0
	var name string
	if strings.HasPrefix(tz, "<") {
		end := strings.IndexByte(tz, '>')
		if end < 0 {
			return gotime.UTC
		}
		name, i = tz[1:end], end+1
	} else {
		for i < len(tz) && (tz[i] >= 'A' && tz[i] <= 'Z' || tz[i] >= 'a' && tz[i] <= 'z') {
			i++
		}
		name = tz[:i]
	}
	if len(name) < 3 {
		return gotime.UTC
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
	for k, unit := range []int{3600, 60, 1} {
		if k < len(parts) {
			n, err := strconv.Atoi(parts[k])
			if err != nil {
				if k == 0 {
					return gotime.FixedZone(name, 0)
				}
				break
			}
			secs += n * unit
		}
	}
	return gotime.FixedZone(name, -sign*secs)
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
