package socket

import (
	"strconv"
	"syscall"
	"time"

	"github.com/taipanpy/taipan/objects"
)

// Socket is a _socket.socket: a descriptor (-1 once closed or detached), the address family,
// type and protocol it was made with, and its timeout (-1: blocking, 0: non-blocking).
type Socket struct {
	objects.Extensible
	fd                 int
	family, typ, proto int
	timeout            time.Duration
}

// Type returns _socket.socket or the instance's subclass.
func (s *Socket) Type() *objects.Type { return s.ClassOr(socketType) }

var socketType = &objects.Type{Name: "_socket.socket", Attrs: moduleAttr}

func init() {
	t := socketType
	t.Doc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\nsocket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\nOpen a socket of the given type.  The family argument specifies the\naddress family; it defaults to AF_INET.  The type argument specifies\nwhether this is a stream (SOCK_STREAM, this is the default)\nor datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,\nspecifying the default protocol.  Keyword arguments are accepted.\nThe socket is created as non-inheritable.\n\nWhen a fileno is passed in, family, type and proto are auto-detected,\nunless they are explicitly set.\n\nA socket object represents one endpoint of a network connection."
	t.Slots.New = func(_ *objects.Thread, cls *objects.Type, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		s := &Socket{fd: -1, timeout: -1}
		s.Extend(cls, socketType)
		return s, nil
	}
	t.Slots.Init = socketInit
	t.Slots.Repr = func(_ *objects.Thread, o objects.Object) (*objects.Str, error) {
		s := o.(*Socket)
		return objects.NewStr("<socket object, fd=" + strconv.Itoa(s.fd) + ", family=" + strconv.Itoa(s.family) +
			", type=" + strconv.Itoa(s.typ) + ", proto=" + strconv.Itoa(s.proto) + ">"), nil
	}
	t.Methods = socketMethods
	intGet := func(name string, f func(*Socket) int) objects.GetSetDef {
		return objects.GetSetDef{Name: name, Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
			return objects.NewInt(int64(f(o.(*Socket)))), nil
		}}
	}
	t.GetSets = []objects.GetSetDef{
		intGet("family", func(s *Socket) int { return s.family }),
		intGet("type", func(s *Socket) int { return s.typ }),
		intGet("proto", func(s *Socket) int { return s.proto }),
		{Name: "timeout", Doc: "the socket timeout", Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
			return timeoutObject(o.(*Socket).timeout), nil
		}},
	}
	objects.ReadyType(t)
}

var initArgs = objects.ArgParser{FuncName: "socket", Params: []string{"family", "type", "proto", "fileno"}, MaxPos: 4}

// socketInit is socket.__init__(family=-1, type=-1, proto=-1, fileno=None): it opens a new
// socket, or wraps the descriptor fileno, asking the system for what was not given.
func socketInit(ts *objects.Thread, o objects.Object, args []objects.Object, kwnames *objects.Tuple) error {
	s, ok := o.(*Socket)
	if !ok {
		return objects.Errorf(objects.TypeErrorType, "descriptor '__init__' requires a '_socket.socket' object")
	}
	var v [4]objects.Object
	if err := initArgs.Parse(args, kwnames, v[:]); err != nil {
		return err
	}
	family, typ, proto := -1, -1, -1
	for i, p := range []*int{&family, &typ, &proto} {
		if v[i] != nil {
			n, err := intArg(ts, v[i])
			if err != nil {
				return err
			}
			*p = n
		}
	}
	fd := -1
	if v[3] != nil && v[3] != objects.None {
		if _, ok := v[3].(*objects.Float); ok {
			return objects.Errorf(objects.TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		n, err := fdArg(ts, v[3])
		if err != nil {
			return err
		}
		if n < 0 {
			return objects.Errorf(objects.ValueErrorType, "negative file descriptor")
		}
		fd = n
		get := func(opt int, dst *int) error {
			if *dst != -1 {
				return nil
			}
			x, err := syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, opt)
			if err != nil {
				return osError(err)
			}
			*dst = x
			return nil
		}
		if err := get(syscall.SO_DOMAIN, &family); err != nil {
			return err
		}
		if err := get(syscall.SO_TYPE, &typ); err != nil {
			return err
		}
		if err := get(syscall.SO_PROTOCOL, &proto); err != nil {
			return err
		}
	} else {
		if family == -1 {
			family = syscall.AF_INET
		}
		if typ == -1 {
			typ = syscall.SOCK_STREAM
		}
		if proto == -1 {
			proto = 0
		}
		n, err := syscall.Socket(family, typ|syscall.SOCK_CLOEXEC, proto)
		if err != nil {
			return osError(err)
		}
		fd = n
	}
	return s.setup(fd, family, typ, proto)
}

// setup gives the socket its descriptor and attributes, and the default timeout, as
// init_sockobject: a type with SOCK_NONBLOCK makes a non-blocking socket.
func (s *Socket) setup(fd, family, typ, proto int) error {
	s.fd, s.family, s.proto = fd, family, proto
	s.typ = typ &^ (syscall.SOCK_NONBLOCK | syscall.SOCK_CLOEXEC)
	s.timeout = time.Duration(defaultTimeout.Load())
	if typ&syscall.SOCK_NONBLOCK != 0 {
		s.timeout = 0
	}
	if s.timeout >= 0 {
		return s.setBlocking(false)
	}
	return nil
}

// setBlocking sets or clears O_NONBLOCK on the descriptor.
func (s *Socket) setBlocking(block bool) error {
	if s.fd < 0 {
		return nil
	}
	flags, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(s.fd), syscall.F_GETFL, 0)
	if e != 0 {
		return osError(e)
	}
	nf := flags | syscall.O_NONBLOCK
	if block {
		nf = flags &^ syscall.O_NONBLOCK
	}
	if nf != flags {
		if _, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(s.fd), syscall.F_SETFL, nf); e != 0 {
			return osError(e)
		}
	}
	return nil
}

// setTimeout sets the timeout and makes the descriptor blocking only for -1.
func (s *Socket) setTimeout(d time.Duration) error {
	s.timeout = d
	return s.setBlocking(d < 0)
}

// socketpairFunc is socketpair([family[, type[, proto]]]): two connected sockets, AF_UNIX
// stream ones by default.
func socketpairFunc(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("socketpair", len(args), 0, 3); err != nil {
		return nil, err
	}
	vals := []int{syscall.AF_UNIX, syscall.SOCK_STREAM, 0}
	for i, a := range args {
		n, err := intArg(ts, a)
		if err != nil {
			return nil, err
		}
		vals[i] = n
	}
	fds, err := syscall.Socketpair(vals[0], vals[1]|syscall.SOCK_CLOEXEC, vals[2])
	if err != nil {
		return nil, osError(err)
	}
	a, b := &Socket{}, &Socket{}
	if err := a.setup(fds[0], vals[0], vals[1], vals[2]); err != nil {
		return nil, err
	}
	if err := b.setup(fds[1], vals[0], vals[1], vals[2]); err != nil {
		return nil, err
	}
	return objects.NewTuple([]objects.Object{a, b}), nil
}
