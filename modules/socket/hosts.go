package socket

import (
	"net/netip"
	"os"
	"syscall"

	"github.com/taipanpy/taipan/objects"
)

func strArg(ts *objects.Thread, fn string, i int, o objects.Object) (string, error) {
	s, ok := o.(*objects.Str)
	if !ok {
		return "", objects.Errorf(objects.TypeErrorType, "%s() argument %d must be str, not %s", fn, i, o.Type().Name)
	}
	return s.Value(), nil
}

func gethostnameFunc(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	name, err := os.Hostname()
	if err != nil {
		return nil, osError(err)
	}
	return objects.DecodeBytes(ts, name, "utf-8", "surrogateescape")
}

// hostNameArg reads the host argument of the gethostby* functions: str, bytes or bytearray.
func hostNameArg(ts *objects.Thread, fn string, args []objects.Object) (string, error) {
	if err := objects.CheckPositional(fn, len(args), 1, 1); err != nil {
		return "", err
	}
	switch args[0].(type) {
	case *objects.Str, *objects.Bytes, *objects.ByteArray:
		return hostArg(ts, args[0])
	}
	return "", objects.Errorf(objects.TypeErrorType, "%s() argument 1 must be str, bytes or bytearray, not %s", fn, args[0].Type().Name)
}

func gethostbynameFunc(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	host, err := hostNameArg(ts, "gethostbyname", args)
	if err != nil {
		return nil, err
	}
	a, err := setIPAddr(ts, host, syscall.AF_INET)
	if err != nil {
		return nil, err
	}
	return objects.NewStr(a.String()), nil
}

// hostTriple is (name, aliases, addresses) as the gethostby* functions return it.
func hostTriple(name string, addrs []netip.Addr) objects.Object {
	list := make([]objects.Object, len(addrs))
	for i, a := range addrs {
		list[i] = objects.NewStr(a.String())
	}
	return objects.NewTuple([]objects.Object{objects.NewStr(name), objects.NewList(nil), objects.NewList(list)})
}

func gethostbynameExFunc(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	host, err := hostNameArg(ts, "gethostbyname_ex", args)
	if err != nil {
		return nil, err
	}
	addrs, err := resolve(ts, host, syscall.AF_INET)
	if err != nil {
		return nil, err
	}
	return hostTriple(host, addrs), nil
}

func gethostbyaddrFunc(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	host, err := hostNameArg(ts, "gethostbyaddr", args)
	if err != nil {
		return nil, err
	}
	addrs, err := resolve(ts, host, syscall.AF_UNSPEC)
	if err != nil {
		return nil, err
	}
	name, ok := lookupAddr(ts, addrs[0].String())
	if !ok {
		return nil, objects.NewException(herrorType, objects.NewInt(1), objects.NewStr("Unknown host"))
	}
	return hostTriple(name, addrs[:1]), nil
}

// The getnameinfo flags.
const (
	niNumericHost = 1
	niNumericServ = 2
	niNameReqd    = 8
	niDgram       = 16
)

// getnameinfoFunc is getnameinfo(sockaddr, flags, /): the host and service of an address.
func getnameinfoFunc(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("getnameinfo", len(args), 2, 2); err != nil {
		return nil, err
	}
	t, ok := args[0].(*objects.Tuple)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "getnameinfo() argument 1 must be a tuple")
	}
	flags, err := intArg(ts, args[1])
	if err != nil {
		return nil, err
	}
	items := t.Items()
	if len(items) < 2 || len(items) > 4 {
		return nil, objects.Errorf(objects.TypeErrorType, "getnameinfo(): illegal sockaddr argument")
	}
	hostObj, ok := items[0].(*objects.Str)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "getnameinfo(): illegal sockaddr argument")
	}
	port, err := intArg(ts, items[1])
	if err != nil {
		return nil, err
	}
	a, perr := netip.ParseAddr(hostObj.Value())
	if perr != nil {
		return nil, gaiErr(eaiNoName)
	}
	if len(items) > 2 && a.Is4() {
		return nil, objects.Errorf(objects.OSErrorType, "IPv4 sockaddr must be 2 tuple")
	}
	host := a.String()
	if flags&niNumericHost == 0 {
		if name, ok := lookupAddr(ts, host); ok {
			host = name
		} else if flags&niNameReqd != 0 {
			return nil, gaiErr(eaiNoName)
		}
	}
	serv := ""
	port &= 0xffff
	if flags&niNumericServ == 0 {
		proto := "tcp"
		if flags&niDgram != 0 {
			proto = "udp"
		}
		serv, _ = serviceByPort(port, proto)
	}
	if serv == "" {
		serv = itoa(port)
	}
	return objects.NewTuple([]objects.Object{objects.NewStr(host), objects.NewStr(serv)}), nil
}

func itoa(n int) string { return objects.NewInt(int64(n)).String() }

// protoArg reads the optional protocol name of getservbyname and getservbyport.
func protoArg(ts *objects.Thread, fn string, args []objects.Object) (string, error) {
	if len(args) < 2 {
		return "", nil
	}
	return strArg(ts, fn, 2, args[1])
}

func getservbynameFunc(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("getservbyname", len(args), 1, 2); err != nil {
		return nil, err
	}
	name, err := strArg(ts, "getservbyname", 1, args[0])
	if err != nil {
		return nil, err
	}
	proto, err := protoArg(ts, "getservbyname", args)
	if err != nil {
		return nil, err
	}
	port, ok := serviceByName(name, proto)
	if !ok {
		return nil, objects.Errorf(objects.OSErrorType, "service/proto not found")
	}
	return objects.NewInt(int64(port)), nil
}

func getservbyportFunc(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("getservbyport", len(args), 1, 2); err != nil {
		return nil, err
	}
	port, err := intArg(ts, args[0])
	if err != nil {
		return nil, err
	}
	if port < 0 || port > 0xffff {
		return nil, objects.Errorf(objects.OverflowErrorType, "getservbyport: port must be 0-65535.")
	}
	proto, err := protoArg(ts, "getservbyport", args)
	if err != nil {
		return nil, err
	}
	name, ok := serviceByPort(port, proto)
	if !ok {
		return nil, objects.Errorf(objects.OSErrorType, "port/proto not found")
	}
	return objects.NewStr(name), nil
}

var protocols = map[string]int{"ip": 0, "icmp": 1, "igmp": 2, "tcp": 6, "udp": 17, "ipv6": 41, "gre": 47,
	"esp": 50, "ah": 51, "ipv6-icmp": 58, "sctp": 132, "raw": 255, "IP": 0, "ICMP": 1, "TCP": 6, "UDP": 17}

func getprotobynameFunc(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("getprotobyname", len(args), 1, 1); err != nil {
		return nil, err
	}
	name, err := strArg(ts, "getprotobyname", 1, args[0])
	if err != nil {
		return nil, err
	}
	n, ok := protocols[name]
	if !ok {
		return nil, objects.Errorf(objects.OSErrorType, "protocol not found")
	}
	return objects.NewInt(int64(n)), nil
}
