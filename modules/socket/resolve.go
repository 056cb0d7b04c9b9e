package socket

import (
	"bufio"
	"context"
	"net"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"syscall"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// The getaddrinfo error codes of glibc, and their messages (gai_strerror).
const (
	eaiBadFlags   = -1
	eaiNoName     = -2
	eaiFamily     = -6
	eaiService    = -8
	eaiAddrFamily = -9
)

var gaiMessages = map[int]string{
	-1: "Bad value for ai_flags", -2: "Name or service not known", -3: "Temporary failure in name resolution",
	-4: "Non-recoverable failure in name resolution", -5: "No address associated with hostname",
	-6: "ai_family not supported", -7: "ai_socktype not supported", -8: "Servname not supported for ai_socktype",
	-9: "Address family for hostname not supported", -10: "Memory allocation failure", -11: "System error",
	-12: "Argument buffer overflow",
}

// gaiErr is the socket.gaierror of a getaddrinfo error code.
func gaiErr(code int) error {
	return objects.NewException(gaiError, objects.NewInt(int64(code)), objects.NewStr(gaiMessages[code]))
}

// resolve looks host up for family (AF_UNSPEC for both), without the global interpreter
// lock, as getaddrinfo does: a name that is not found is EAI_NONAME.
func resolve(ts *objects.Thread, host string, family int) ([]netip.Addr, error) {
	if a, err := netip.ParseAddr(host); err == nil {
		a = a.Unmap()
		if family == syscall.AF_INET && !a.Is4() || family == syscall.AF_INET6 && a.Is4() {
			return nil, gaiErr(eaiAddrFamily)
		}
		return []netip.Addr{a}, nil
	}
	network := "ip"
	switch family {
	case syscall.AF_INET:
		network = "ip4"
	case syscall.AF_INET6:
		network = "ip6"
	}
	var addrs []netip.Addr
	var err error
	vm.AllowThreads(ts, func() {
		addrs, err = net.DefaultResolver.LookupNetIP(context.Background(), network, host)
	})
	if err != nil || len(addrs) == 0 {
		if de, ok := err.(*net.DNSError); ok && de.IsTemporary {
			return nil, gaiErr(-3)
		}
		return nil, gaiErr(eaiNoName)
	}
	for i := range addrs {
		addrs[i] = addrs[i].Unmap()
		if family == syscall.AF_INET6 && addrs[i].Is4() {
			addrs[i] = netip.AddrFrom16(addrs[i].As16())
		}
	}
	return addrs, nil
}

var getaddrinfoArgs = objects.ArgParser{FuncName: "getaddrinfo", Params: []string{"host", "port", "family", "type", "proto", "flags"}, MinPos: 2, MaxPos: 6}

// getaddrinfoFunc is getaddrinfo(host, port, family=0, type=0, proto=0, flags=0).
func getaddrinfoFunc(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [6]objects.Object
	if err := getaddrinfoArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	var host string
	hasHost := true
	switch h := v[0].(type) {
	case *objects.Str, *objects.Bytes:
		var err error
		if host, err = hostArg(ts, h); err != nil {
			return nil, err
		}
	default:
		if h != objects.None {
			return nil, objects.Errorf(objects.TypeErrorType, "getaddrinfo() argument 1 must be string or None")
		}
		hasHost = false
	}
	var service string
	hasPort := true
	switch p := v[1].(type) {
	case *objects.Int:
		service = p.String()
	case *objects.Str:
		service = p.Value()
	case *objects.Bytes:
		service = p.Value()
	default:
		if p != objects.None {
			return nil, objects.Errorf(objects.OSErrorType, "Int or String expected")
		}
		hasPort = false
	}
	ints := [4]int{}
	for i := 2; i < 6; i++ {
		if v[i] != nil {
			n, err := intArg(ts, v[i])
			if err != nil {
				return nil, err
			}
			ints[i-2] = n
		}
	}
	family, typ, proto, flags := ints[0], ints[1], ints[2], ints[3]
	if !hasHost && !hasPort {
		return nil, gaiErr(eaiNoName)
	}
	if flags&^0x7f != 0 && flags&^(0x7f|0x400|0x800) != 0 {
		return nil, gaiErr(eaiBadFlags)
	}
	if family != syscall.AF_UNSPEC && family != syscall.AF_INET && family != syscall.AF_INET6 {
		return nil, gaiErr(eaiFamily)
	}
	type kind struct{ typ, proto int }
	var kinds []kind
	for _, k := range []kind{{syscall.SOCK_STREAM, syscall.IPPROTO_TCP}, {syscall.SOCK_DGRAM, syscall.IPPROTO_UDP}, {syscall.SOCK_RAW, 0}} {
		if typ != 0 && k.typ != typ {
			continue
		}
		if proto != 0 {
			if k.typ == syscall.SOCK_RAW {
				k.proto = proto
			} else if k.proto != proto {
				continue
			}
		}
		kinds = append(kinds, k)
	}
	if len(kinds) == 0 {
		if typ != 0 && typ != syscall.SOCK_STREAM && typ != syscall.SOCK_DGRAM && typ != syscall.SOCK_RAW {
			return nil, gaiErr(-7)
		}
		return nil, gaiErr(eaiService)
	}
	port := 0
	if hasPort {
		n, err := strconv.Atoi(service)
		switch {
		case err == nil && n >= 0 && n <= 0xffff:
			port = n
		case err == nil:
			port = n & 0xffff
		case flags&aiNumericServ != 0:
			return nil, gaiErr(eaiNoName)
		default:
			// A service name: the entries whose protocol knows it.
			found := false
			var kept []kind
			for _, k := range kinds {
				pname := "tcp"
				if k.typ == syscall.SOCK_DGRAM {
					pname = "udp"
				} else if k.typ == syscall.SOCK_RAW {
					continue
				}
				if p, ok := serviceByName(service, pname); ok {
					port, found = p, true
					kept = append(kept, k)
				}
			}
			if !found {
				return nil, gaiErr(eaiService)
			}
			kinds = kept
		}
	}
	var addrs []netip.Addr
	canon := ""
	if !hasHost {
		v4, v6 := netip.IPv4Unspecified(), netip.IPv6Unspecified()
		if flags&aiPassive == 0 {
			v4, v6 = netip.AddrFrom4([4]byte{127, 0, 0, 1}), netip.IPv6Loopback()
			addrs = []netip.Addr{v6, v4}
		} else {
			addrs = []netip.Addr{v4, v6}
		}
	} else {
		if _, err := netip.ParseAddr(host); err != nil && flags&aiNumericHost != 0 {
			return nil, gaiErr(eaiNoName)
		}
		var err error
		if addrs, err = resolve(ts, host, family); err != nil {
			return nil, err
		}
		canon = host
	}
	var out []objects.Object
	for _, a := range addrs {
		af := syscall.AF_INET6
		if a.Is4() {
			af = syscall.AF_INET
		}
		if family != syscall.AF_UNSPEC && af != family {
			continue
		}
		var sa syscall.Sockaddr
		if af == syscall.AF_INET {
			sa = &syscall.SockaddrInet4{Port: port, Addr: a.As4()}
		} else {
			sa = &syscall.SockaddrInet6{Port: port, Addr: a.As16()}
		}
		addr, err := sockaddrObject(ts, sa)
		if err != nil {
			return nil, err
		}
		for _, k := range kinds {
			name := ""
			if flags&aiCanonName != 0 && len(out) == 0 {
				name = canon
			}
			out = append(out, objects.NewTuple([]objects.Object{objects.NewInt(int64(af)), objects.NewInt(int64(k.typ)),
				objects.NewInt(int64(k.proto)), objects.NewStr(name), addr}))
		}
	}
	if len(out) == 0 {
		return nil, gaiErr(eaiAddrFamily)
	}
	return objects.NewList(out), nil
}

// services reads /etc/services into (name, protocol) → port and (port, protocol) → name.
func services() (byName map[[2]string]int, byPort map[string]string) {
	byName, byPort = map[[2]string]int{}, map[string]string{}
	f, err := os.Open("/etc/services")
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		portProto := strings.SplitN(fields[1], "/", 2)
		if len(portProto) != 2 {
			continue
		}
		port, err := strconv.Atoi(portProto[0])
		if err != nil {
			continue
		}
		key := portProto[0] + "/" + portProto[1]
		if _, ok := byPort[key]; !ok {
			byPort[key] = fields[0]
		}
		for _, n := range append([]string{fields[0]}, fields[2:]...) {
			k := [2]string{n, portProto[1]}
			if _, ok := byName[k]; !ok {
				byName[k] = port
			}
		}
	}
	return
}

// serviceByName returns the port of a service for proto ("" for any).
func serviceByName(name, proto string) (int, bool) {
	byName, _ := services()
	if proto != "" {
		p, ok := byName[[2]string{name, proto}]
		return p, ok
	}
	for _, pr := range []string{"tcp", "udp"} {
		if p, ok := byName[[2]string{name, pr}]; ok {
			return p, true
		}
	}
	return 0, false
}

// serviceByPort returns the service name of a port for proto ("" for any).
func serviceByPort(port int, proto string) (string, bool) {
	_, byPort := services()
	ps := strconv.Itoa(port)
	if proto != "" {
		n, ok := byPort[ps+"/"+proto]
		return n, ok
	}
	for _, pr := range []string{"tcp", "udp"} {
		if n, ok := byPort[ps+"/"+pr]; ok {
			return n, true
		}
	}
	return "", false
}

// lookupAddr returns the first name of an address, without the global interpreter lock.
func lookupAddr(ts *objects.Thread, ip string) (string, bool) {
	var names []string
	var err error
	vm.AllowThreads(ts, func() { names, err = net.DefaultResolver.LookupAddr(context.Background(), ip) })
	if err != nil || len(names) == 0 {
		return "", false
	}
	return strings.TrimSuffix(names[0], "."), true
}

// The getaddrinfo flags used here.
const (
	aiPassive     = 0x1
	aiCanonName   = 0x2
	aiNumericHost = 0x4
	aiNumericServ = 0x400
)
