package socket

import (
	"net/netip"
	"strconv"
	"strings"
	"syscall"

	"github.com/taipanpy/taipan/objects"
)

// parseAton parses an IPv4 address as inet_aton does: one to four parts, each decimal,
// octal (leading 0) or hexadecimal (0x), the last filling the remaining bytes.
func parseAton(s string) ([4]byte, bool) {
	var out [4]byte
	parts := strings.Split(s, ".")
	if len(parts) > 4 || s == "" {
		return out, false
	}
	vals := make([]uint64, len(parts))
	for i, p := range parts {
		if p == "" {
			return out, false
		}
		base := 10
		switch {
		case strings.HasPrefix(p, "0x") || strings.HasPrefix(p, "0X"):
			base, p = 16, p[2:]
			if p == "" {
				p = "0"
			}
		case len(p) > 1 && p[0] == '0':
			base, p = 8, p[1:]
		}
		v, err := strconv.ParseUint(p, base, 32)
		if err != nil {
			return out, false
		}
		vals[i] = v
	}
	n := len(vals)
	for i := 0; i < n-1; i++ {
		if vals[i] > 0xff {
			return out, false
		}
		out[i] = byte(vals[i])
	}
	last := vals[n-1]
	rest := 4 - (n - 1)
	if last >= 1<<(8*rest) {
		return out, false
	}
	for i := 3; i >= n-1; i-- {
		out[i] = byte(last)
		last >>= 8
	}
	return out, true
}

func inetAton(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("inet_aton", len(args), 1, 1); err != nil {
		return nil, err
	}
	s, err := strArg(ts, "inet_aton", 1, args[0])
	if err != nil {
		return nil, err
	}
	b, ok := parseAton(s)
	if !ok || strings.ContainsRune(s, 0) {
		return nil, objects.Errorf(objects.OSErrorType, "illegal IP address string passed to inet_aton")
	}
	return objects.NewBytes(b[:]), nil
}

func inetNtoa(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("inet_ntoa", len(args), 1, 1); err != nil {
		return nil, err
	}
	b, err := objects.BytesLike(args[0])
	if err != nil {
		return nil, objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", args[0].Type().Name)
	}
	if len(b) != 4 {
		return nil, objects.Errorf(objects.OSErrorType, "packed IP wrong length for inet_ntoa")
	}
	return objects.NewStr(netip.AddrFrom4([4]byte(b)).String()), nil
}

func inetPton(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("inet_pton", len(args), 2, 2); err != nil {
		return nil, err
	}
	af, err := intArg(ts, args[0])
	if err != nil {
		return nil, err
	}
	s, err := strArg(ts, "inet_pton", 2, args[1])
	if err != nil {
		return nil, err
	}
	illegal := objects.Errorf(objects.OSErrorType, "illegal IP address string passed to inet_pton")
	switch af {
	case syscall.AF_INET:
		a, err := netip.ParseAddr(s)
		if err != nil || !a.Is4() {
			return nil, illegal
		}
		b := a.As4()
		return objects.NewBytes(b[:]), nil
	case syscall.AF_INET6:
		a, err := netip.ParseAddr(s)
		if err != nil || !a.Is6() || a.Zone() != "" {
			return nil, illegal
		}
		b := a.As16()
		return objects.NewBytes(b[:]), nil
	}
	return nil, osError(syscall.EAFNOSUPPORT)
}

func inetNtop(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("inet_ntop", len(args), 2, 2); err != nil {
		return nil, err
	}
	af, err := intArg(ts, args[0])
	if err != nil {
		return nil, err
	}
	b, err := objects.BytesLike(args[1])
	if err != nil {
		return nil, objects.Errorf(objects.TypeErrorType, "inet_ntop() argument 2 must be bytes-like object, not %s", args[1].Type().Name)
	}
	switch af {
	case syscall.AF_INET:
		if len(b) != 4 {
			return nil, objects.Errorf(objects.ValueErrorType, "invalid length of packed IP address string")
		}
		return objects.NewStr(netip.AddrFrom4([4]byte(b)).String()), nil
	case syscall.AF_INET6:
		if len(b) != 16 {
			return nil, objects.Errorf(objects.ValueErrorType, "invalid length of packed IP address string")
		}
		return objects.NewStr(netip.AddrFrom16([16]byte(b)).String()), nil
	}
	return nil, objects.Errorf(objects.ValueErrorType, "unknown address family %d", af)
}

// swap16 makes htons and ntohs: on a little-endian machine both swap the two bytes.
func swap16(name string) objects.MethodFunc {
	return func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		i, err := objects.Index(ts, args[0])
		if err != nil {
			return nil, err
		}
		n, ok := i.Int64()
		if !ok || n < 0 {
			if ok || i.Sign() < 0 {
				return nil, objects.Errorf(objects.OverflowErrorType, "%s: can't convert negative Python int to C 16-bit unsigned integer", name)
			}
			return nil, objects.Errorf(objects.OverflowErrorType, "%s: Python int too large to convert to C 16-bit unsigned integer", name)
		}
		if n > 0xffff {
			return nil, objects.Errorf(objects.OverflowErrorType, "%s: Python int too large to convert to C 16-bit unsigned integer", name)
		}
		return objects.NewInt(int64(uint16(n)>>8 | uint16(n)<<8)), nil
	}
}

// swap32 makes htonl and ntohl.
func swap32(name string) objects.MethodFunc {
	return func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		if _, ok := args[0].(*objects.Int); !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "expected int, %s found", args[0].Type().Name)
		}
		i := args[0].(*objects.Int)
		n, ok := i.Int64()
		if !ok || n < 0 {
			if i.Sign() < 0 {
				return nil, objects.Errorf(objects.OverflowErrorType, "can't convert negative value to unsigned int")
			}
			return nil, objects.Errorf(objects.OverflowErrorType, "int larger than 32 bits")
		}
		if n > 0xffffffff {
			return nil, objects.Errorf(objects.OverflowErrorType, "int larger than 32 bits")
		}
		v := uint32(n)
		return objects.NewInt(int64(v>>24 | (v>>8)&0xff00 | (v<<8)&0xff0000 | v<<24)), nil
	}
}
