package socket

import (
	"syscall"
	"time"
	"unsafe"

	"github.com/taipanpy/taipan/modules/internal/fdwait"
	"github.com/taipanpy/taipan/objects"
)

// method makes a socket method whose function receives self as a *Socket.
func method(name string, flags objects.MethodFlags, f func(ts *objects.Thread, s *Socket, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error)) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: flags, Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
		s, ok := self.(*Socket)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "descriptor '%s' for '_socket.socket' objects doesn't apply to a '%s' object", name, self.Type().Name)
		}
		return f(ts, s, args, kwnames)
	}}
}

var socketMethods = []objects.MethodDef{
	method("_accept", objects.MethNoArgs, sockAccept),
	method("bind", objects.MethO, func(ts *objects.Thread, s *Socket, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		sa, err := s.sockaddrArg(ts, args[0], "bind")
		if err != nil {
			return nil, err
		}
		if err := syscall.Bind(s.fd, sa); err != nil {
			return nil, osError(err)
		}
		return objects.None, nil
	}),
	method("close", objects.MethNoArgs, func(ts *objects.Thread, s *Socket, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		if fd := s.fd; fd >= 0 {
			s.fd = -1
			if err := syscall.Close(fd); err != nil && err != syscall.ECONNRESET {
				return nil, osError(err)
			}
		}
		return objects.None, nil
	}),
	method("connect", objects.MethO, func(ts *objects.Thread, s *Socket, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		if err := s.connect(ts, args[0], "connect"); err != nil {
			return nil, err
		}
		return objects.None, nil
	}),
	method("connect_ex", objects.MethO, func(ts *objects.Thread, s *Socket, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		err := s.connect(ts, args[0], "connect_ex")
		if err == nil {
			return objects.NewInt(0), nil
		}
		if e, ok := err.(*objects.BaseException); ok {
			if e.Type() == objects.TimeoutErrorType && len(e.Args()) == 1 {
				return objects.NewInt(int64(syscall.EWOULDBLOCK)), nil
			}
			if errno, ok := errnoOf(e); ok {
				return objects.NewInt(errno), nil
			}
		}
		return nil, err
	}),
	method("detach", objects.MethNoArgs, func(ts *objects.Thread, s *Socket, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		fd := s.fd
		s.fd = -1
		return objects.NewInt(int64(fd)), nil
	}),
	method("fileno", objects.MethNoArgs, func(ts *objects.Thread, s *Socket, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		return objects.NewInt(int64(s.fd)), nil
	}),
	method("getpeername", objects.MethNoArgs, func(ts *objects.Thread, s *Socket, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		sa, err := syscall.Getpeername(s.fd)
		if err != nil {
			return nil, osError(err)
		}
		return sockaddrObject(ts, sa)
	}),
	method("getsockname", objects.MethNoArgs, func(ts *objects.Thread, s *Socket, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		sa, err := syscall.Getsockname(s.fd)
		if err != nil {
			return nil, osError(err)
		}
		return sockaddrObject(ts, sa)
	}),
	method("getsockopt", objects.MethFastcall, sockGetsockopt),
	method("setsockopt", objects.MethFastcall, sockSetsockopt),
	method("listen", objects.MethFastcall, func(ts *objects.Thread, s *Socket, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		if err := objects.CheckPositional("listen", len(args), 0, 1); err != nil {
			return nil, err
		}
		backlog := min(syscall.SOMAXCONN, 128)
		if len(args) == 1 {
			n, err := intArg(ts, args[0])
			if err != nil {
				return nil, err
			}
			backlog = max(n, 0)
		}
		if err := syscall.Listen(s.fd, backlog); err != nil {
			return nil, osError(err)
		}
		return objects.None, nil
	}),
	method("recv", objects.MethFastcall, sockRecv),
	method("recv_into", objects.MethFastcall|objects.MethKeywords, sockRecvInto),
	method("recvfrom", objects.MethFastcall, sockRecvfrom),
	method("recvfrom_into", objects.MethFastcall|objects.MethKeywords, sockRecvfromInto),
	method("send", objects.MethFastcall, sockSend),
	method("sendall", objects.MethFastcall, sockSendall),
	method("sendto", objects.MethFastcall, sockSendto),
	method("setblocking", objects.MethO, func(ts *objects.Thread, s *Socket, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		block, err := objects.IsTrue(ts, args[0])
		if err != nil {
			return nil, err
		}
		d := time.Duration(0)
		if block {
			d = -1
		}
		if err := s.setTimeout(d); err != nil {
			return nil, err
		}
		return objects.None, nil
	}),
	method("getblocking", objects.MethNoArgs, func(ts *objects.Thread, s *Socket, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		return objects.NewBool(s.timeout != 0), nil
	}),
	method("settimeout", objects.MethO, func(ts *objects.Thread, s *Socket, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		d, err := parseTimeout(ts, args[0])
		if err != nil {
			return nil, err
		}
		if err := s.setTimeout(d); err != nil {
			return nil, err
		}
		return objects.None, nil
	}),
	method("gettimeout", objects.MethNoArgs, func(ts *objects.Thread, s *Socket, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		return timeoutObject(s.timeout), nil
	}),
	method("shutdown", objects.MethO, func(ts *objects.Thread, s *Socket, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		how, err := intArg(ts, args[0])
		if err != nil {
			return nil, err
		}
		if err := syscall.Shutdown(s.fd, how); err != nil {
			return nil, osError(err)
		}
		return objects.None, nil
	}),
	{Name: "__reduce_ex__", Flags: objects.MethO, Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		return nil, objects.Errorf(objects.TypeErrorType, "cannot pickle '%s' object", self.Type().Name)
	}},
}

// errnoOf returns the errno of an OSError.
func errnoOf(e *objects.BaseException) (int64, bool) {
	if !e.Type().IsSubtype(objects.OSErrorType) || len(e.Args()) < 2 {
		return 0, false
	}
	i, ok := e.Args()[0].(*objects.Int)
	if !ok {
		return 0, false
	}
	return i.Int64()
}

// sockAccept is _accept(): the descriptor of a new connection, closed on exec, and its
// address.
func sockAccept(ts *objects.Thread, s *Socket, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	var nfd int
	var sa syscall.Sockaddr
	err := s.call(ts, false, func() error {
		var err error
		nfd, sa, err = syscall.Accept4(s.fd, syscall.SOCK_CLOEXEC)
		return err
	})
	if err != nil {
		return nil, err
	}
	addr, err := sockaddrObject(ts, sa)
	if err != nil {
		syscall.Close(nfd)
		return nil, err
	}
	return objects.NewTuple([]objects.Object{objects.NewInt(int64(nfd)), addr}), nil
}

// connect is connect(address), as CPython's internal_connect: with a timeout the connection
// is started without blocking and waited for until the socket is writable.
func (s *Socket) connect(ts *objects.Thread, addr objects.Object, caller string) error {
	sa, err := s.sockaddrArg(ts, addr, caller)
	if err != nil {
		return err
	}
	if s.fd < 0 {
		return osError(syscall.EBADF)
	}
	if s.timeout < 0 {
		err = nil
		allow(ts, func() { err = syscall.Connect(s.fd, sa) })
	} else {
		err = syscall.Connect(s.fd, sa)
	}
	if err == nil {
		return nil
	}
	wait := false
	switch {
	case err == syscall.EINTR:
		if err := ts.CheckEvalBreaker(); err != nil {
			return err
		}
		wait = s.timeout != 0
	case s.timeout > 0 && err == syscall.EINPROGRESS:
		wait = true
	}
	if !wait {
		return osError(err)
	}
	return s.call(ts, true, func() error {
		soerr, err := syscall.GetsockoptInt(s.fd, syscall.SOL_SOCKET, syscall.SO_ERROR)
		if err != nil {
			return err
		}
		if soerr == int(syscall.EINTR) {
			return syscall.EAGAIN
		}
		if soerr != 0 {
			return syscall.Errno(soerr)
		}
		return nil
	})
}

// sizeFlags reads the (bufsize[, flags]) arguments of recv and recvfrom.
func sizeFlags(ts *objects.Thread, name string, args []objects.Object) (int, int, error) {
	if err := objects.CheckPositional(name, len(args), 1, 2); err != nil {
		return 0, 0, err
	}
	n, err := ssizeArg(ts, args[0])
	if err != nil {
		return 0, 0, err
	}
	if n < 0 {
		return 0, 0, objects.Errorf(objects.ValueErrorType, "negative buffersize in %s", name)
	}
	flags := 0
	if len(args) == 2 {
		if flags, err = intArg(ts, args[1]); err != nil {
			return 0, 0, err
		}
	}
	return n, flags, nil
}

func ssizeArg(ts *objects.Thread, o objects.Object) (int, error) {
	if _, ok := o.(*objects.Float); ok {
		return 0, objects.Errorf(objects.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	n, ok := i.Int64()
	if !ok {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// recvInto receives into buf, returning the count and the sender's address.
func (s *Socket) recvInto(ts *objects.Thread, buf []byte, flags int, from bool) (int, syscall.Sockaddr, error) {
	var n int
	var sa syscall.Sockaddr
	err := s.call(ts, false, func() error {
		var err error
		if from {
			n, sa, err = syscall.Recvfrom(s.fd, buf, flags)
		} else {
			n, err = recv(s.fd, buf, flags)
		}
		return err
	})
	return n, sa, err
}

// recv is recv(2), which Go's syscall package leaves out: recvfrom without an address.
func recv(fd int, p []byte, flags int) (int, error) {
	var ptr unsafe.Pointer
	if len(p) > 0 {
		ptr = unsafe.Pointer(&p[0])
	}
	n, _, e := syscall.Syscall6(syscall.SYS_RECVFROM, uintptr(fd), uintptr(ptr), uintptr(len(p)), uintptr(flags), 0, 0)
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}

// send is send(2): sendto without an address, returning the count sent.
func send(fd int, p []byte, flags int) (int, error) {
	var ptr unsafe.Pointer
	if len(p) > 0 {
		ptr = unsafe.Pointer(&p[0])
	}
	n, _, e := syscall.Syscall6(syscall.SYS_SENDTO, uintptr(fd), uintptr(ptr), uintptr(len(p)), uintptr(flags), 0, 0)
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}

func sockRecv(ts *objects.Thread, s *Socket, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	size, flags, err := sizeFlags(ts, "recv", args)
	if err != nil {
		return nil, err
	}
	buf := make([]byte, size)
	n, _, err := s.recvInto(ts, buf, flags, false)
	if err != nil {
		return nil, err
	}
	return objects.NewBytes(buf[:n]), nil
}

func sockRecvfrom(ts *objects.Thread, s *Socket, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	size, flags, err := sizeFlags(ts, "recvfrom", args)
	if err != nil {
		return nil, err
	}
	buf := make([]byte, size)
	n, sa, err := s.recvInto(ts, buf, flags, true)
	if err != nil {
		return nil, err
	}
	addr, err := sockaddrObject(ts, sa)
	if err != nil {
		return nil, err
	}
	return objects.NewTuple([]objects.Object{objects.NewBytes(buf[:n]), addr}), nil
}

var (
	recvIntoArgs     = objects.ArgParser{FuncName: "recv_into", Params: []string{"buffer", "nbytes", "flags"}, MinPos: 1, MaxPos: 3}
	recvfromIntoArgs = objects.ArgParser{FuncName: "recvfrom_into", Params: []string{"buffer", "nbytes", "flags"}, MinPos: 1, MaxPos: 3}
)

// intoArgs reads (buffer, nbytes=0, flags=0) and returns the part of the buffer to fill.
func intoArgs(ts *objects.Thread, p *objects.ArgParser, args []objects.Object, kwnames *objects.Tuple, tooSmall string) ([]byte, int, error) {
	var v [3]objects.Object
	if err := p.Parse(args, kwnames, v[:]); err != nil {
		return nil, 0, err
	}
	buf, ok := objects.WritableBuffer(v[0])
	if !ok {
		return nil, 0, objects.Errorf(objects.TypeErrorType, "%s() argument 1 must be read-write bytes-like object, not %s", p.FuncName, v[0].Type().Name)
	}
	n, flags := 0, 0
	var err error
	if v[1] != nil {
		if n, err = ssizeArg(ts, v[1]); err != nil {
			return nil, 0, err
		}
	}
	if v[2] != nil {
		if flags, err = intArg(ts, v[2]); err != nil {
			return nil, 0, err
		}
	}
	if n < 0 {
		return nil, 0, objects.Errorf(objects.ValueErrorType, "negative buffersize in %s", p.FuncName)
	}
	if n == 0 {
		n = len(buf)
	} else if n > len(buf) {
		return nil, 0, objects.Errorf(objects.ValueErrorType, "%s", tooSmall)
	}
	return buf[:n], flags, nil
}

func sockRecvInto(ts *objects.Thread, s *Socket, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	buf, flags, err := intoArgs(ts, &recvIntoArgs, args, kwnames, "buffer too small for requested bytes")
	if err != nil {
		return nil, err
	}
	n, _, err := s.recvInto(ts, buf, flags, false)
	if err != nil {
		return nil, err
	}
	return objects.NewInt(int64(n)), nil
}

func sockRecvfromInto(ts *objects.Thread, s *Socket, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	buf, flags, err := intoArgs(ts, &recvfromIntoArgs, args, kwnames, "nbytes is greater than the length of the buffer")
	if err != nil {
		return nil, err
	}
	n, sa, err := s.recvInto(ts, buf, flags, true)
	if err != nil {
		return nil, err
	}
	addr, err := sockaddrObject(ts, sa)
	if err != nil {
		return nil, err
	}
	return objects.NewTuple([]objects.Object{objects.NewInt(int64(n)), addr}), nil
}

// dataFlags reads the (data[, flags]) arguments of send and sendall.
func dataFlags(ts *objects.Thread, name string, args []objects.Object) ([]byte, int, error) {
	if err := objects.CheckPositional(name, len(args), 1, 2); err != nil {
		return nil, 0, err
	}
	data, err := objects.BytesLike(args[0])
	if err != nil {
		return nil, 0, err
	}
	flags := 0
	if len(args) == 2 {
		if flags, err = intArg(ts, args[1]); err != nil {
			return nil, 0, err
		}
	}
	return data, flags, nil
}

func sockSend(ts *objects.Thread, s *Socket, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	data, flags, err := dataFlags(ts, "send", args)
	if err != nil {
		return nil, err
	}
	var n int
	err = s.call(ts, true, func() error {
		var err error
		n, err = send(s.fd, data, flags)
		return err
	})
	if err != nil {
		return nil, err
	}
	return objects.NewInt(int64(n)), nil
}

// sockSendall is sendall(data[, flags]): it sends until all is gone, the timeout bounding
// the whole, and runs signal handlers between the pieces.
func sockSendall(ts *objects.Thread, s *Socket, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	data, flags, err := dataFlags(ts, "sendall", args)
	if err != nil {
		return nil, err
	}
	deadline := s.deadline()
	for len(data) > 0 {
		var n int
		err := s.callUntil(ts, true, deadline, func() error {
			var err error
			n, err = send(s.fd, data, flags)
			return err
		})
		if err != nil {
			return nil, err
		}
		data = data[n:]
		if err := ts.CheckEvalBreaker(); err != nil {
			return nil, err
		}
	}
	return objects.None, nil
}

// sockSendto is sendto(data[, flags], address).
func sockSendto(ts *objects.Thread, s *Socket, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	var dataObj, addrObj objects.Object
	flags := 0
	switch len(args) {
	case 2:
		dataObj, addrObj = args[0], args[1]
	case 3:
		dataObj, addrObj = args[0], args[2]
		n, err := intArg(ts, args[1])
		if err != nil {
			return nil, err
		}
		flags = n
	default:
		return nil, objects.Errorf(objects.TypeErrorType, "sendto() takes 2 or 3 arguments (%d given)", len(args))
	}
	data, err := objects.BytesLike(dataObj)
	if err != nil {
		return nil, err
	}
	sa, err := s.sockaddrArg(ts, addrObj, "sendto")
	if err != nil {
		return nil, err
	}
	err = s.call(ts, true, func() error { return syscall.Sendto(s.fd, data, flags, sa) })
	if err != nil {
		return nil, err
	}
	return objects.NewInt(int64(len(data))), nil
}

// sockGetsockopt is getsockopt(level, option[, buflen]): an int, or the option's bytes when
// buflen is given.
func sockGetsockopt(ts *objects.Thread, s *Socket, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("getsockopt", len(args), 2, 3); err != nil {
		return nil, err
	}
	level, err := intArg(ts, args[0])
	if err != nil {
		return nil, err
	}
	opt, err := intArg(ts, args[1])
	if err != nil {
		return nil, err
	}
	buflen := 0
	if len(args) > 2 {
		if buflen, err = intArg(ts, args[2]); err != nil {
			return nil, err
		}
	}
	if buflen == 0 {
		v, err := syscall.GetsockoptInt(s.fd, level, opt)
		if err != nil {
			return nil, osError(err)
		}
		return objects.NewInt(int64(v)), nil
	}
	if buflen < 0 || buflen > 1024 {
		return nil, objects.Errorf(objects.OSErrorType, "getsockopt buflen out of range")
	}
	buf := make([]byte, buflen)
	l := uint32(buflen)
	_, _, e := syscall.Syscall6(syscall.SYS_GETSOCKOPT, uintptr(s.fd), uintptr(level), uintptr(opt),
		uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&l)), 0)
	if e != 0 {
		return nil, osError(e)
	}
	return objects.NewBytes(buf[:l]), nil
}

// sockSetsockopt is setsockopt(level, option, value: int | buffer) or setsockopt(level,
// option, None, optlen).
func sockSetsockopt(ts *objects.Thread, s *Socket, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if len(args) != 3 && len(args) != 4 {
		return nil, objects.Errorf(objects.TypeErrorType, "setsockopt() takes exactly 3 or 4 arguments (%d given)", len(args))
	}
	level, err := intArg(ts, args[0])
	if err != nil {
		return nil, err
	}
	opt, err := intArg(ts, args[1])
	if err != nil {
		return nil, err
	}
	var buf []byte
	if len(args) == 4 {
		if args[2] != objects.None {
			return nil, objects.Errorf(objects.TypeErrorType, "setsockopt() argument 3 must be NoneType, not %s", args[2].Type().Name)
		}
		n, err := intArg(ts, args[3])
		if err != nil {
			return nil, err
		}
		if _, _, e := syscall.Syscall6(syscall.SYS_SETSOCKOPT, uintptr(s.fd), uintptr(level), uintptr(opt), 0, uintptr(n), 0); e != 0 {
			return nil, osError(e)
		}
		return objects.None, nil
	}
	if args[2].Type().Slots.Index != nil {
		v, err := intArg(ts, args[2])
		if err != nil {
			return nil, err
		}
		if err := syscall.SetsockoptInt(s.fd, level, opt, v); err != nil {
			return nil, osError(err)
		}
		return objects.None, nil
	}
	if buf, err = objects.BytesLike(args[2]); err != nil {
		return nil, err
	}
	var p unsafe.Pointer
	if len(buf) > 0 {
		p = unsafe.Pointer(&buf[0])
	}
	if _, _, e := syscall.Syscall6(syscall.SYS_SETSOCKOPT, uintptr(s.fd), uintptr(level), uintptr(opt), uintptr(p), uintptr(len(buf)), 0); e != 0 {
		return nil, osError(e)
	}
	return objects.None, nil
}

var _ = fdwait.POLLIN
