// Package grp is CPython's grp module: the group database, read from /etc/group as the C
// library's files backend reads it.
package grp

import (
	"github.com/taipanpy/taipan/modules/internal/cconv"
	"github.com/taipanpy/taipan/modules/internal/etcfiles"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the grp module.
var Module = vm.BuiltinModule{Name: "grp", Init: initModule}

const moduleDoc = "Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership information.)"

// structGroupType is grp.struct_group.
var structGroupType = objects.NewStructSeqType(&objects.StructSeqDesc{
	Name: "grp.struct_group",
	Doc:  "grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.\n",
	Fields: []objects.StructSeqField{
		{Name: "gr_name", Doc: "group name"},
		{Name: "gr_passwd", Doc: "password"},
		{Name: "gr_gid", Doc: "group id"},
		{Name: "gr_mem", Doc: "group members"},
	},
	NSequence: 4,
})

var (
	getgrgidArgs = objects.ArgParser{FuncName: "getgrgid", Params: []string{"id"}, MinPos: 1, MaxPos: 1}
	getgrnamArgs = objects.ArgParser{FuncName: "getgrnam", Params: []string{"name"}, MinPos: 1, MaxPos: 1}
)

var functions = []objects.MethodDef{
	{Name: "getgrgid", Flags: objects.MethFastcall | objects.MethKeywords, Func: getgrgid,
		Doc: "getgrgid($module, /, id)\n--\n\nReturn the group database entry for the given numeric group ID.\n\nIf id is not valid, raise KeyError."},
	{Name: "getgrnam", Flags: objects.MethFastcall | objects.MethKeywords, Func: getgrnam,
		Doc: "getgrnam($module, /, name)\n--\n\nReturn the group database entry for the given group name.\n\nIf name is not valid, raise KeyError."},
	{Name: "getgrall", Flags: objects.MethNoArgs, Func: getgrall,
		Doc: "getgrall($module, /)\n--\n\nReturn a list of all available group entries, in arbitrary order.\n\nAn entry whose name starts with '+' or '-' represents an instruction\nto use YP/NIS and may not be accessible via getgrnam or getgrgid."},
}

func initModule(ts *objects.Thread, m *objects.Module) error {
	m.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr(moduleDoc))
	m.Dict.SetStr(objects.NewStr("struct_group"), structGroupType)
	for i := range functions {
		m.Dict.SetStr(objects.NewStr(functions[i].Name), objects.NewBuiltinFunction(&functions[i], m))
	}
	return nil
}

// getgrgid(id)
func getgrgid(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [1]objects.Object
	if err := getgrgidArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	gid, err := cconv.ID(ts, a[0], "gid")
	if err != nil {
		return nil, err
	}
	g, ok := etcfiles.GroupByGID(gid)
	if !ok {
		return nil, objects.NewException(objects.KeyErrorType, objects.NewStr("getgrgid(): gid not found: "+cconv.IDObject(gid).(*objects.Int).String()))
	}
	return entry(ts, g)
}

// getgrnam(name)
func getgrnam(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [1]objects.Object
	if err := getgrnamArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	name, err := cconv.FSName(ts, a[0], "getgrnam() argument 1")
	if err != nil {
		return nil, err
	}
	g, ok := etcfiles.GroupByName(name)
	if !ok {
		r, err := objects.Repr(ts, a[0])
		if err != nil {
			return nil, err
		}
		return nil, objects.NewException(objects.KeyErrorType, objects.NewStr("getgrnam(): name not found: "+r.Value()))
	}
	return entry(ts, g)
}

// getgrall()
func getgrall(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	all := etcfiles.AllGroups()
	out := make([]objects.Object, 0, len(all))
	for _, g := range all {
		e, err := entry(ts, g)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return objects.NewList(out), nil
}

// entry makes the struct_group of g.
func entry(ts *objects.Thread, g etcfiles.Group) (objects.Object, error) {
	name, err := cconv.FSDecode(ts, g.Name)
	if err != nil {
		return nil, err
	}
	passwd, err := cconv.FSDecode(ts, g.Passwd)
	if err != nil {
		return nil, err
	}
	members := make([]objects.Object, len(g.Members))
	for i, m := range g.Members {
		if members[i], err = cconv.FSDecode(ts, m); err != nil {
			return nil, err
		}
	}
	return objects.NewStructSeq(structGroupType, []objects.Object{name, passwd, cconv.IDObject(g.GID), objects.NewList(members)}), nil
}
