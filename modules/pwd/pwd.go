// Package pwd is CPython's pwd module: the user database, read from /etc/passwd as the C
// library's files backend reads it.
package pwd

import (
	"github.com/taipanpy/taipan/modules/internal/cconv"
	"github.com/taipanpy/taipan/modules/internal/etcfiles"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the pwd module.
var Module = vm.BuiltinModule{Name: "pwd", Init: initModule}

const moduleDoc = "This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found."

// structPasswdType is pwd.struct_passwd.
var structPasswdType = objects.NewStructSeqType(&objects.StructSeqDesc{
	Name: "pwd.struct_passwd",
	Doc:  "pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as named in the above tuple.",
	Fields: []objects.StructSeqField{
		{Name: "pw_name", Doc: "user name"},
		{Name: "pw_passwd", Doc: "password"},
		{Name: "pw_uid", Doc: "user id"},
		{Name: "pw_gid", Doc: "group id"},
		{Name: "pw_gecos", Doc: "real name"},
		{Name: "pw_dir", Doc: "home directory"},
		{Name: "pw_shell", Doc: "shell program"},
	},
	NSequence: 7,
})

var functions = []objects.MethodDef{
	{Name: "getpwuid", Flags: objects.MethO, Func: getpwuid,
		Doc: "getpwuid($module, uidobj, /)\n--\n\nReturn the password database entry for the given numeric user ID.\n\nSee `help(pwd)` for more on password database entries."},
	{Name: "getpwnam", Flags: objects.MethO, Func: getpwnam,
		Doc: "getpwnam($module, name, /)\n--\n\nReturn the password database entry for the given user name.\n\nSee `help(pwd)` for more on password database entries."},
	{Name: "getpwall", Flags: objects.MethNoArgs, Func: getpwall,
		Doc: "getpwall($module, /)\n--\n\nReturn a list of all available password database entries, in arbitrary order.\n\nSee help(pwd) for more on password database entries."},
}

func initModule(ts *objects.Thread, m *objects.Module) error {
	m.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr(moduleDoc))
	m.Dict.SetStr(objects.NewStr("struct_passwd"), structPasswdType)
	for i := range functions {
		m.Dict.SetStr(objects.NewStr(functions[i].Name), objects.NewBuiltinFunction(&functions[i], m))
	}
	return nil
}

// getpwuid(uid, /): an id that cannot be a uid_t is simply not found.
func getpwuid(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	uid, err := cconv.ID(ts, args[0], "uid")
	if err != nil {
		if e, ok := err.(*objects.BaseException); ok && e.Type().IsSubtype(objects.OverflowErrorType) {
			return nil, objects.NewException(objects.KeyErrorType, objects.NewStr("getpwuid(): uid not found"))
		}
		return nil, err
	}
	p, ok := etcfiles.PasswdByUID(uid)
	if !ok {
		return nil, objects.NewException(objects.KeyErrorType, objects.NewStr("getpwuid(): uid not found: "+cconv.IDObject(uid).(*objects.Int).String()))
	}
	return entry(ts, p)
}

// getpwnam(name, /)
func getpwnam(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	name, err := cconv.FSName(ts, args[0], "getpwnam() argument")
	if err != nil {
		return nil, err
	}
	p, ok := etcfiles.PasswdByName(name)
	if !ok {
		r, err := objects.Repr(ts, args[0])
		if err != nil {
			return nil, err
		}
		return nil, objects.NewException(objects.KeyErrorType, objects.NewStr("getpwnam(): name not found: "+r.Value()))
	}
	return entry(ts, p)
}

// getpwall()
func getpwall(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	all := etcfiles.AllPasswd()
	out := make([]objects.Object, 0, len(all))
	for _, p := range all {
		e, err := entry(ts, p)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return objects.NewList(out), nil
}

// entry makes the struct_passwd of p.
func entry(ts *objects.Thread, p etcfiles.Passwd) (objects.Object, error) {
	values := make([]objects.Object, 7)
	for i, s := range [][]byte{p.Name, p.Passwd, nil, nil, p.Gecos, p.Dir, p.Shell} {
		if i == 2 || i == 3 {
			continue
		}
		v, err := cconv.FSDecode(ts, s)
		if err != nil {
			return nil, err
		}
		values[i] = v
	}
	values[2] = cconv.IDObject(p.UID)
	values[3] = cconv.IDObject(p.GID)
	return objects.NewStructSeq(structPasswdType, values), nil
}
