// Package termios is CPython's termios module: the POSIX terminal control calls, made as
// the C library makes them on Linux (ioctls on the kernel's struct termios).
package termios

import (
	"syscall"
	"unsafe"

	"github.com/taipanpy/taipan/modules/internal/cconv"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the termios module.
var Module = vm.BuiltinModule{Name: "termios", Init: initModule}

// Linux's values the calls need (x86-64 and the other architectures sharing the generic
// ioctl numbers).
const (
	nccs       = 32 // the C library's NCCS: the length of the cc list
	kernelNCCS = 19 // the kernel's: the control characters it keeps
	tcgets     = 0x5401
	tcsets     = 0x5402
	tcsetsw    = 0x5403
	tcsetsf    = 0x5404
	tcsbrk     = 0x5409
	tcxonc     = 0x540A
	tcflsh     = 0x540B
	tiocgwinsz = 0x5413
	tiocswinsz = 0x5414
	tcsbrkp    = 0x5425
	icanon     = 0x2
	vtime      = 5
	vmin       = 6
	cbaud      = 0o10017
	cbaudex    = 0o10000
	b57600     = 0o10001
	maxBaud    = 0o10017
	ibaud0     = 0o20000000000
	tcsanow    = 0
	tcsadrain  = 1
	tcsaflush  = 2
)

// kernelTermios is the kernel's struct termios, which TCGETS and TCSETS read and write.
type kernelTermios struct {
	iflag, oflag, cflag, lflag uint32
	line                       uint8
	cc                         [kernelNCCS]uint8
}

// winsize is struct winsize of TIOCGWINSZ.
type winsize struct{ row, col, xpixel, ypixel uint16 }

// state is one interpreter's module: its termios.error class.
type state struct{ errorType *objects.Type }

func initModule(ts *objects.Thread, m *objects.Module) error {
	ns := objects.NewDict()
	ns.SetStr(objects.NewStr("__module__"), objects.NewStr("termios"))
	errType, err := objects.NewClass(ts, objects.TypeType, "error", []objects.Object{objects.ExceptionType}, ns)
	if err != nil {
		return err
	}
	s := &state{errorType: errType}
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	set("__doc__", objects.NewStr(moduleDoc))
	set("error", errType)
	defs := s.functions()
	for i := range defs {
		set(defs[i].Name, objects.NewBuiltinFunction(&defs[i], m))
	}
	for _, c := range constants {
		set(c.name, objects.NewInt(c.value))
	}
	return nil
}

func (s *state) functions() []objects.MethodDef {
	return []objects.MethodDef{
		{Name: "tcgetattr", Flags: objects.MethO, Func: s.tcgetattr, Doc: tcgetattrDoc},
		{Name: "tcsetattr", Flags: objects.MethFastcall, Func: s.tcsetattr, Doc: tcsetattrDoc},
		{Name: "tcsendbreak", Flags: objects.MethFastcall, Func: s.tcsendbreak, Doc: tcsendbreakDoc},
		{Name: "tcdrain", Flags: objects.MethO, Func: s.tcdrain, Doc: tcdrainDoc},
		{Name: "tcflush", Flags: objects.MethFastcall, Func: s.tcflush, Doc: tcflushDoc},
		{Name: "tcflow", Flags: objects.MethFastcall, Func: s.tcflow, Doc: tcflowDoc},
		{Name: "tcgetwinsize", Flags: objects.MethO, Func: s.tcgetwinsize, Doc: tcgetwinsizeDoc},
		{Name: "tcsetwinsize", Flags: objects.MethFastcall, Func: s.tcsetwinsize, Doc: tcsetwinsizeDoc},
	}
}

// fail is the termios.error of a failed call: (errno, message), as PyErr_SetFromErrno.
func (s *state) fail(e syscall.Errno) error {
	return objects.NewException(s.errorType, objects.NewInt(int64(e)), objects.NewStr(objects.Strerror(e)))
}

// ioctl makes the call without the interpreter lock, as the calls may wait for output to
// drain.
func (s *state) ioctl(ts *objects.Thread, fd int, req uintptr, arg uintptr) error {
	var e syscall.Errno
	vm.AllowThreads(ts, func() { _, _, e = syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, arg) })
	if e != 0 {
		return s.fail(e)
	}
	return nil
}

// getattr reads the terminal's attributes.
func (s *state) getattr(ts *objects.Thread, fd int) (kernelTermios, error) {
	var t kernelTermios
	err := s.ioctl(ts, fd, tcgets, uintptr(unsafe.Pointer(&t)))
	return t, err
}

// fdAndInt parses (fd, int) arguments.
func fdAndInt(ts *objects.Thread, name string, args []objects.Object) (int, int, error) {
	if err := objects.CheckPositional(name, len(args), 2, 2); err != nil {
		return 0, 0, err
	}
	fd, err := cconv.Fildes(ts, args[0])
	if err != nil {
		return 0, 0, err
	}
	v, err := cconv.Int(ts, args[1])
	if err != nil {
		return 0, 0, err
	}
	return fd, v, nil
}

// tcgetattr(fd, /): [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]. The control
// characters are bytes, but for VMIN and VTIME outside canonical mode, where they are
// counts.
func (s *state) tcgetattr(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	fd, err := cconv.Fildes(ts, args[0])
	if err != nil {
		return nil, err
	}
	t, err := s.getattr(ts, fd)
	if err != nil {
		return nil, err
	}
	cc := make([]objects.Object, nccs)
	for i := range cc {
		var c byte
		if i < kernelNCCS {
			c = t.cc[i]
		}
		cc[i] = objects.NewBytes([]byte{c})
	}
	if t.lflag&icanon == 0 {
		cc[vmin] = objects.NewInt(int64(t.cc[vmin]))
		cc[vtime] = objects.NewInt(int64(t.cc[vtime]))
	}
	speed := objects.NewInt(int64(t.cflag & (cbaud | cbaudex)))
	u := func(v uint32) objects.Object { return objects.NewInt(int64(v)) }
	return objects.NewList([]objects.Object{u(t.iflag), u(t.oflag), u(t.cflag), u(t.lflag), speed, speed, objects.NewList(cc)}), nil
}

// tcsetattr(fd, when, attributes, /)
func (s *state) tcsetattr(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("tcsetattr", len(args), 3, 3); err != nil {
		return nil, err
	}
	fd, err := cconv.Fildes(ts, args[0])
	if err != nil {
		return nil, err
	}
	when, err := cconv.Int(ts, args[1])
	if err != nil {
		return nil, err
	}
	attrs, ok := args[2].(*objects.List)
	if !ok || attrs.Len() != 7 {
		return nil, objects.Errorf(objects.TypeErrorType, "tcsetattr, arg 3: must be 7 element list")
	}
	// The old attributes first, for the fields the list does not hold.
	t, err := s.getattr(ts, fd)
	if err != nil {
		return nil, err
	}
	items := attrs.Items()
	var flags [6]uint32
	for i := range flags {
		v, err := cconv.Long(ts, items[i])
		if err != nil {
			return nil, err
		}
		flags[i] = uint32(v)
	}
	t.iflag, t.oflag, t.cflag, t.lflag = flags[0], flags[1], flags[2], flags[3]
	ispeed, ospeed := flags[4], flags[5]
	cc, ok := items[6].(*objects.List)
	if !ok || cc.Len() != nccs {
		return nil, objects.Errorf(objects.TypeErrorType, "tcsetattr: attributes[6] must be %d element list", nccs)
	}
	for i, v := range cc.Items() {
		var c byte
		switch x := v.(type) {
		case *objects.Bytes:
			data, _ := objects.BytesLikeData(x)
			if len(data) != 1 {
				return nil, objects.Errorf(objects.TypeErrorType, "tcsetattr: elements of attributes must be characters or integers")
			}
			c = data[0]
		case *objects.Int, *objects.Bool:
			n, err := cconv.Long(ts, x)
			if err != nil {
				return nil, err
			}
			c = byte(n)
		default:
			return nil, objects.Errorf(objects.TypeErrorType, "tcsetattr: elements of attributes must be characters or integers")
		}
		if i < kernelNCCS {
			t.cc[i] = c
		}
	}
	// cfsetispeed and cfsetospeed: the speed is kept in the baud bits of cflag; an input
	// speed of 0 means "as the output speed".
	validSpeed := func(sp uint32) bool { return sp&^cbaud == 0 || (sp >= b57600 && sp <= maxBaud) }
	if !validSpeed(ispeed) || !validSpeed(ospeed) {
		return nil, s.fail(syscall.EINVAL)
	}
	if ispeed != 0 {
		t.cflag = t.cflag&^(cbaud|cbaudex) | ispeed
	}
	t.cflag = t.cflag&^(cbaud|cbaudex) | ospeed
	t.iflag &^= ibaud0
	var req uintptr
	switch when {
	case tcsanow:
		req = tcsets
	case tcsadrain:
		req = tcsetsw
	case tcsaflush:
		req = tcsetsf
	default:
		return nil, s.fail(syscall.EINVAL)
	}
	if err := s.ioctl(ts, fd, req, uintptr(unsafe.Pointer(&t))); err != nil {
		return nil, err
	}
	return objects.None, nil
}

// tcsendbreak(fd, duration, /): a duration above 0 is in tenths of a second, rounded up,
// as the C library reads it.
func (s *state) tcsendbreak(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	fd, duration, err := fdAndInt(ts, "tcsendbreak", args)
	if err != nil {
		return nil, err
	}
	if duration <= 0 {
		err = s.ioctl(ts, fd, tcsbrk, 0)
	} else {
		err = s.ioctl(ts, fd, tcsbrkp, uintptr((duration+99)/100))
	}
	if err != nil {
		return nil, err
	}
	return objects.None, nil
}

// tcdrain(fd, /)
func (s *state) tcdrain(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	fd, err := cconv.Fildes(ts, args[0])
	if err != nil {
		return nil, err
	}
	if err := s.ioctl(ts, fd, tcsbrk, 1); err != nil {
		return nil, err
	}
	return objects.None, nil
}

// tcflush(fd, queue, /)
func (s *state) tcflush(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	fd, queue, err := fdAndInt(ts, "tcflush", args)
	if err != nil {
		return nil, err
	}
	if err := s.ioctl(ts, fd, tcflsh, uintptr(queue)); err != nil {
		return nil, err
	}
	return objects.None, nil
}

// tcflow(fd, action, /)
func (s *state) tcflow(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	fd, action, err := fdAndInt(ts, "tcflow", args)
	if err != nil {
		return nil, err
	}
	if err := s.ioctl(ts, fd, tcxonc, uintptr(action)); err != nil {
		return nil, err
	}
	return objects.None, nil
}

// tcgetwinsize(fd, /): (rows, columns).
func (s *state) tcgetwinsize(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	fd, err := cconv.Fildes(ts, args[0])
	if err != nil {
		return nil, err
	}
	var w winsize
	if err := s.ioctl(ts, fd, tiocgwinsz, uintptr(unsafe.Pointer(&w))); err != nil {
		return nil, err
	}
	return objects.NewTuple([]objects.Object{objects.NewInt(int64(w.row)), objects.NewInt(int64(w.col))}), nil
}

// tcsetwinsize(fd, winsize, /): winsize is a (rows, columns) sequence; the pixel sizes
// are kept.
func (s *state) tcsetwinsize(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("tcsetwinsize", len(args), 2, 2); err != nil {
		return nil, err
	}
	fd, err := cconv.Fildes(ts, args[0])
	if err != nil {
		return nil, err
	}
	rows, cols, err := winsizeArg(ts, args[1])
	if err != nil {
		return nil, err
	}
	var w winsize
	if err := s.ioctl(ts, fd, tiocgwinsz, uintptr(unsafe.Pointer(&w))); err != nil {
		return nil, err
	}
	if rows < 0 || rows > 0xFFFF || cols < 0 || cols > 0xFFFF {
		return nil, objects.Errorf(objects.OverflowErrorType, "winsize value(s) out of range.")
	}
	w.row, w.col = uint16(rows), uint16(cols)
	if err := s.ioctl(ts, fd, tiocswinsz, uintptr(unsafe.Pointer(&w))); err != nil {
		return nil, err
	}
	return objects.None, nil
}

// winsizeArg reads the two items of a winsize sequence (anything indexable but a mapping,
// as PySequence_Check) as C longs.
func winsizeArg(ts *objects.Thread, o objects.Object) (int64, int64, error) {
	n := -1
	if t := o.Type(); t.Slots.GetItem != nil && !t.IsSubtype(objects.DictType) {
		if l, err := objects.Len(ts, o); err == nil {
			n = l
		} else {
			return 0, 0, err
		}
	}
	if n != 2 {
		return 0, 0, objects.Errorf(objects.TypeErrorType, "tcsetwinsize, arg 2: must be a two-item sequence")
	}
	var v [2]int64
	for i := range v {
		item, err := objects.GetItem(ts, o, objects.NewInt(int64(i)))
		if err != nil {
			return 0, 0, err
		}
		if v[i], err = cconv.Long(ts, item); err != nil {
			return 0, 0, err
		}
	}
	return v[0], v[1], nil
}
