// Package structmod is CPython's _struct module: conversion between Python values and C
// structs packed in bytes, which Lib/struct.py re-exports.
package structmod

import (
	"strconv"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _struct module.
var Module = vm.BuiltinModule{Name: "_struct", Init: initModule}

// maxCache bounds the module functions' cache of compiled formats, as CPython's MAXCACHE.
const maxCache = 100

func itoa(n int) string { return strconv.Itoa(n) }

func initModule(ts *objects.Thread, m *objects.Module) error {
	cache := objects.NewDict()
	// lookup returns the Struct of a format, compiling it on first use.
	lookup := func(ts *objects.Thread, f objects.Object) (*Struct, error) {
		if v, err := cache.GetItem(ts, f); err != nil {
			return nil, err
		} else if s, ok := v.(*Struct); ok {
			return s, nil
		}
		v, err := objects.Call(ts, StructType, []objects.Object{f}, nil)
		if err != nil {
			return nil, err
		}
		if cache.Len() >= maxCache {
			cache.Clear()
		}
		_ = cache.SetItem(ts, f, v) // as CPython, a format that cannot be cached is still used
		return compiled(v)
	}
	fn := func(name, doc string, flags objects.MethodFlags, f objects.MethodFunc) {
		def := &objects.MethodDef{Name: name, Flags: flags, Func: f, Doc: doc}
		m.Dict.SetStr(objects.NewStr(name), objects.NewBuiltinFunction(def, m))
	}
	fn("pack", "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.  See help(struct) for more on format strings.",
		objects.MethFastcall, func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			if len(args) == 0 {
				return nil, objects.Errorf(objects.TypeErrorType, "missing format argument")
			}
			s, err := lookup(ts, args[0])
			if err != nil {
				return nil, err
			}
			return s.pack(ts, args[1:])
		})
	fn("pack_into", "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non format strings.",
		objects.MethFastcall, func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			if len(args) == 0 {
				return nil, objects.Errorf(objects.TypeErrorType, "missing format argument")
			}
			s, err := lookup(ts, args[0])
			if err != nil {
				return nil, err
			}
			return s.packInto(ts, args[1:])
		})
	fn("unpack", "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size in bytes must be calcsize(format).\n\nSee help(struct) for more on format strings.",
		objects.MethFastcall, func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			if err := objects.CheckPositional("unpack", len(args), 2, 2); err != nil {
				return nil, err
			}
			s, err := lookup(ts, args[0])
			if err != nil {
				return nil, err
			}
			return s.unpack(args[1])
		})
	unpackFromModArgs := objects.ArgParser{FuncName: "unpack_from", Params: []string{"", "buffer", "offset"}, PosOnly: 1, MinPos: 2, MaxPos: 3}
	fn("unpack_from", "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size, minus offset, must be at least calcsize(format).\n\nSee help(struct) for more on format strings.",
		objects.MethFastcall|objects.MethKeywords, func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			var a [3]objects.Object
			if err := unpackFromModArgs.Parse(args, kwnames, a[:]); err != nil {
				return nil, err
			}
			s, err := lookup(ts, a[0])
			if err != nil {
				return nil, err
			}
			return s.unpackFrom(ts, a[1], a[2])
		})
	fn("iter_unpack", "Return an iterator yielding tuples unpacked from the given bytes.\n\nThe bytes are unpacked according to the format string, like\na repeated invocation of unpack_from().\n\nRequires that the bytes length be a multiple of the format struct size.",
		objects.MethFastcall, func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			if err := objects.CheckPositional("iter_unpack", len(args), 2, 2); err != nil {
				return nil, err
			}
			s, err := lookup(ts, args[0])
			if err != nil {
				return nil, err
			}
			return s.iterUnpack(args[1])
		})
	fn("calcsize", "Return size in bytes of the struct described by the format string.",
		objects.MethO, func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			s, err := lookup(ts, args[0])
			if err != nil {
				return nil, err
			}
			return objects.NewInt(int64(s.l.size)), nil
		})
	fn("_clearcache", "Clear the internal cache.",
		objects.MethNoArgs, func(_ *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			cache.Clear()
			return objects.None, nil
		})
	m.Dict.SetStr(objects.NewStr("Struct"), StructType)
	m.Dict.SetStr(objects.NewStr("error"), ErrorType)
	m.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr(moduleDoc))
	return nil
}
