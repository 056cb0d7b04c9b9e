package socket

import (
	"net/netip"
	"syscall"

	"github.com/taipanpy/taipan/objects"
)

// sockaddrObject returns an address the system gave as Python shows it, as CPython's
// makesockaddr: (host, port) for AF_INET, (host, port, flowinfo, scope_id) for AF_INET6, a
// str path (bytes for Linux's abstract names) for AF_UNIX, None for no address.
func sockaddrObject(ts *objects.Thread, sa syscall.Sockaddr) (objects.Object, error) {
	switch a := sa.(type) {
	case nil:
		return objects.None, nil
	case *syscall.SockaddrInet4:
		return objects.NewTuple([]objects.Object{objects.NewStr(netip.AddrFrom4(a.Addr).String()), objects.NewInt(int64(a.Port))}), nil
	case *syscall.SockaddrInet6:
		return objects.NewTuple([]objects.Object{objects.NewStr(netip.AddrFrom16(a.Addr).String()), objects.NewInt(int64(a.Port)),
			objects.NewInt(0), objects.NewInt(int64(a.ZoneId))}), nil
	case *syscall.SockaddrUnix:
		name := a.Name
		// Go shows an abstract name's leading NUL as '@'.
		if name == "@" {
			// An unnamed socket, which Go cannot tell from an empty abstract name.
			return objects.NewStr(""), nil
		}
		if len(name) > 0 && name[0] == '@' {
			return objects.NewBytesString("\x00" + name[1:]), nil
		}
		return objects.DecodeBytes(ts, name, "utf-8", "surrogateescape")
	}
	return objects.None, nil
}

// sockaddrArg converts the address argument of a call on s (caller names the call in
// messages), as CPython's getsockaddrarg.
func (s *Socket) sockaddrArg(ts *objects.Thread, o objects.Object, caller string) (syscall.Sockaddr, error) {
	switch s.family {
	case syscall.AF_UNIX:
		var path string
		switch v := o.(type) {
		case *objects.Str:
			b, err := v.Encode(ts, "utf-8", "surrogateescape")
			if err != nil {
				return nil, err
			}
			path = b.Value()
		default:
			b, err := objects.BytesLike(o)
			if err != nil {
				return nil, objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", o.Type().Name)
			}
			path = string(b)
		}
		if len(path) > 0 && path[0] == 0 {
			if len(path) > 108 {
				return nil, objects.NewException(objects.OSErrorType, objects.NewStr("AF_UNIX path too long"))
			}
			return &syscall.SockaddrUnix{Name: "@" + path[1:]}, nil
		}
		if len(path) >= 108 {
			return nil, objects.NewException(objects.OSErrorType, objects.NewStr("AF_UNIX path too long"))
		}
		return &syscall.SockaddrUnix{Name: path}, nil
	case syscall.AF_INET:
		t, ok := o.(*objects.Tuple)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "%s(): AF_INET address must be tuple, not %s", caller, o.Type().Name)
		}
		if t.Len() != 2 {
			return nil, objects.Errorf(objects.TypeErrorType, "AF_INET address must be a pair (host, port)")
		}
		host, err := hostArg(ts, t.Items()[0])
		if err != nil {
			return nil, err
		}
		port, err := portArg(ts, t.Items()[1], caller)
		if err != nil {
			return nil, err
		}
		ip, err := setIPAddr(ts, host, syscall.AF_INET)
		if err != nil {
			return nil, err
		}
		return &syscall.SockaddrInet4{Port: port, Addr: ip.As4()}, nil
	case syscall.AF_INET6:
		t, ok := o.(*objects.Tuple)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "%s(): AF_INET6 address must be tuple, not %s", caller, o.Type().Name)
		}
		if t.Len() < 2 || t.Len() > 4 {
			return nil, objects.Errorf(objects.TypeErrorType, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
		}
		items := t.Items()
		host, err := hostArg(ts, items[0])
		if err != nil {
			return nil, err
		}
		port, err := portArg(ts, items[1], caller)
		if err != nil {
			return nil, err
		}
		var scope int
		if len(items) > 2 {
			flow, err := intArg(ts, items[2])
			if err != nil {
				return nil, err
			}
			if flow < 0 || flow > 0xfffff {
				return nil, objects.Errorf(objects.OverflowErrorType, "%s(): flowinfo must be 0-1048575.", caller)
			}
		}
		if len(items) > 3 {
			if scope, err = intArg(ts, items[3]); err != nil {
				return nil, err
			}
		}
		ip, err := setIPAddr(ts, host, syscall.AF_INET6)
		if err != nil {
			return nil, err
		}
		return &syscall.SockaddrInet6{Port: port, Addr: ip.As16(), ZoneId: uint32(scope)}, nil
	}
	return nil, objects.Errorf(objects.OSErrorType, "%s(): bad family", caller)
}

// hostArg reads a host name: a str (IDNA-encoded) or bytes.
func hostArg(ts *objects.Thread, o objects.Object) (string, error) {
	switch v := o.(type) {
	case *objects.Str:
		b, err := v.Encode(ts, "idna", "strict")
		if err != nil {
			// Without the idna codec, ASCII names still work.
			if isASCII(v.Value()) {
				return v.Value(), nil
			}
			return "", err
		}
		return b.Value(), nil
	case *objects.Bytes:
		return v.Value(), nil
	case *objects.ByteArray:
		return string(v.Value()), nil
	}
	return "", objects.Errorf(objects.TypeErrorType, "str, bytes or bytearray expected, not %s", o.Type().Name)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// portArg reads a port number, 0-65535.
func portArg(ts *objects.Thread, o objects.Object, caller string) (int, error) {
	if _, ok := o.(*objects.Float); ok {
		return 0, objects.Errorf(objects.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	if o.Type().Slots.Index == nil {
		return 0, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	n, ok := i.Int64()
	if !ok || n < 0 || n > 0xffff {
		return 0, objects.Errorf(objects.OverflowErrorType, "%s(): port must be 0-65535.", caller)
	}
	return int(n), nil
}

// setIPAddr resolves host to an address of family, as CPython's setipaddr: "" is the
// wildcard address, "<broadcast>" the broadcast one, numeric addresses are parsed and other
// names looked up.
func setIPAddr(ts *objects.Thread, host string, family int) (netip.Addr, error) {
	if host == "" {
		if family == syscall.AF_INET6 {
			return netip.IPv6Unspecified(), nil
		}
		return netip.IPv4Unspecified(), nil
	}
	if family == syscall.AF_INET && (host == "<broadcast>" || host == "255.255.255.255") {
		return netip.AddrFrom4([4]byte{255, 255, 255, 255}), nil
	}
	if a, err := netip.ParseAddr(host); err == nil && a.Zone() == "" {
		if family == syscall.AF_INET && a.Is4() {
			return a, nil
		}
		if family == syscall.AF_INET6 && a.Is6() {
			return a, nil
		}
	}
	addrs, err := resolve(ts, host, family)
	if err != nil {
		return netip.Addr{}, err
	}
	return addrs[0], nil
}
