package io

import (
	"github.com/taipanpy/taipan/objects"
)

// rwPair is the state of a BufferedRWPair: a BufferedReader and a BufferedWriter over two
// raw streams, used as one.
type rwPair struct {
	reader, writer objects.Object
}

func rwPairOf(o *object) (*rwPair, error) {
	p, ok := o.impl.(*rwPair)
	if !ok || p.reader == nil {
		return nil, errUninitialized()
	}
	return p, nil
}

func (s *state) rwPairSpec() classSpec {
	forward := func(name string, toWriter bool, flags objects.MethodFlags) objects.MethodDef {
		return method(name, flags, func(ts *objects.Thread, o *object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			p, err := rwPairOf(o)
			if err != nil {
				return nil, err
			}
			target := p.reader
			if toWriter {
				target = p.writer
			}
			return call(ts, target, name, args...)
		})
	}
	return classSpec{name: "BufferedRWPair", base: s.bufferedIOBase,
		doc:     "A buffered reader and writer object together.\n\nA buffered reader object and buffered writer object put together to\nform a sequential IO object that can read and write. This is typically\nused with a socket or two-way pipe.\n\nreader and writer are RawIOBase objects that are readable and\nwriteable respectively. If the buffer_size is omitted it defaults to\nDEFAULT_BUFFER_SIZE.",
		newImpl: func() any { return &rwPair{} },
		methods: []objects.MethodDef{
			method("__init__", objects.MethFastcall|objects.MethKeywords, func(ts *objects.Thread, o *object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				if err := checkArgCount("BufferedRWPair", args, kwnames, 2, 3); err != nil {
					return nil, err
				}
				a := append(args[:len(args):len(args)], nil)
				size := a[2]
				if size == nil {
					size = objects.NewInt(defaultBufferSize)
				}
				r, err := objects.Call(ts, s.bufferedReader, []objects.Object{a[0], size}, nil)
				if err != nil {
					return nil, err
				}
				w, err := objects.Call(ts, s.bufferedWriter, []objects.Object{a[1], size}, nil)
				if err != nil {
					return nil, err
				}
				o.impl = &rwPair{reader: r, writer: w}
				return none()
			}),
			forward("read", false, objects.MethFastcall),
			forward("peek", false, objects.MethFastcall),
			forward("read1", false, objects.MethFastcall),
			forward("readinto", false, objects.MethO),
			forward("readinto1", false, objects.MethO),
			forward("readable", false, objects.MethNoArgs),
			forward("write", true, objects.MethO),
			forward("flush", true, objects.MethNoArgs),
			forward("writable", true, objects.MethNoArgs),
			method("isatty", objects.MethNoArgs, func(ts *objects.Thread, o *object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				p, err := rwPairOf(o)
				if err != nil {
					return nil, err
				}
				r, err := call(ts, p.writer, "isatty")
				if err != nil {
					return nil, err
				}
				if t, err := objects.IsTrue(ts, r); err != nil || t {
					return r, err
				}
				return call(ts, p.reader, "isatty")
			}),
			method("close", objects.MethNoArgs, func(ts *objects.Thread, o *object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				p, err := rwPairOf(o)
				if err != nil {
					return nil, err
				}
				_, werr := call(ts, p.writer, "close")
				_, rerr := call(ts, p.reader, "close")
				if werr != nil {
					return nil, werr
				}
				if rerr != nil {
					return nil, rerr
				}
				return none()
			}),
		},
		getsets: []objects.GetSetDef{
			getter("closed", func(ts *objects.Thread, o *object) (objects.Object, error) {
				p, err := rwPairOf(o)
				if err != nil {
					return nil, err
				}
				return objects.GetAttr(ts, p.writer, objects.NewStr("closed"))
			}),
		},
	}
}
