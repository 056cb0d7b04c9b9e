// Package stat is CPython's _stat module: the constants and functions that interpret the
// st_mode of os.stat results, which Lib's stat module re-exports.
package stat

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _stat module.
var Module = vm.BuiltinModule{Name: "_stat", Init: initModule}

// File type bits of st_mode (Linux values; doors, event ports and whiteouts do not exist).
const (
	sIFMT   = 0o170000
	sIFDIR  = 0o040000
	sIFCHR  = 0o020000
	sIFBLK  = 0o060000
	sIFREG  = 0o100000
	sIFIFO  = 0o010000
	sIFLNK  = 0o120000
	sIFSOCK = 0o140000
	sISUID  = 0o4000
	sISGID  = 0o2000
	sISVTX  = 0o1000
)

var constants = []struct {
	name  string
	value int64
}{
	{"S_IFMT_", sIFMT}, // not exported by CPython; dropped below
	{"S_IFDIR", sIFDIR}, {"S_IFCHR", sIFCHR}, {"S_IFBLK", sIFBLK}, {"S_IFREG", sIFREG},
	{"S_IFIFO", sIFIFO}, {"S_IFLNK", sIFLNK}, {"S_IFSOCK", sIFSOCK},
	{"S_IFDOOR", 0}, {"S_IFPORT", 0}, {"S_IFWHT", 0},
	{"S_ISUID", sISUID}, {"S_ISGID", sISGID}, {"S_ENFMT", sISGID}, {"S_ISVTX", sISVTX},
	{"S_IREAD", 0o400}, {"S_IWRITE", 0o200}, {"S_IEXEC", 0o100},
	{"S_IRWXU", 0o700}, {"S_IRUSR", 0o400}, {"S_IWUSR", 0o200}, {"S_IXUSR", 0o100},
	{"S_IRWXG", 0o070}, {"S_IRGRP", 0o040}, {"S_IWGRP", 0o020}, {"S_IXGRP", 0o010},
	{"S_IRWXO", 0o007}, {"S_IROTH", 0o004}, {"S_IWOTH", 0o002}, {"S_IXOTH", 0o001},
	{"UF_SETTABLE", 0x0000ffff}, {"UF_NODUMP", 0x00000001}, {"UF_IMMUTABLE", 0x00000002},
	{"UF_APPEND", 0x00000004}, {"UF_OPAQUE", 0x00000008}, {"UF_NOUNLINK", 0x00000010},
	{"UF_COMPRESSED", 0x00000020}, {"UF_TRACKED", 0x00000040}, {"UF_DATAVAULT", 0x00000080},
	{"UF_HIDDEN", 0x00008000},
	{"SF_SETTABLE", 0xffff0000}, {"SF_ARCHIVED", 0x00010000}, {"SF_IMMUTABLE", 0x00020000},
	{"SF_APPEND", 0x00040000}, {"SF_NOUNLINK", 0x00100000}, {"SF_SNAPSHOT", 0x00200000},
	{"SF_FIRMLINK", 0x00800000}, {"SF_DATALESS", 0x40000000},
	{"ST_MODE", 0}, {"ST_INO", 1}, {"ST_DEV", 2}, {"ST_NLINK", 3}, {"ST_UID", 4}, {"ST_GID", 5},
	{"ST_SIZE", 6}, {"ST_ATIME", 7}, {"ST_MTIME", 8}, {"ST_CTIME", 9},
}

const moduleDoc = "S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\nS_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\nS_IFLNK: symbolic link\nS_IFSOCK: socket file\nS_IFDOOR: door\nS_IFPORT: event port\nS_IFWHT: whiteout\n\nS_ISUID: set UID bit\nS_ISGID: set GID bit\nS_ENFMT: file locking enforcement\nS_ISVTX: sticky bit\nS_IREAD: Unix V7 synonym for S_IRUSR\nS_IWRITE: Unix V7 synonym for S_IWUSR\nS_IEXEC: Unix V7 synonym for S_IXUSR\nS_IRWXU: mask for owner permissions\nS_IRUSR: read by owner\nS_IWUSR: write by owner\nS_IXUSR: execute by owner\nS_IRWXG: mask for group permissions\nS_IRGRP: read by group\nS_IWGRP: write by group\nS_IXGRP: execute by group\nS_IRWXO: mask for others (not in group) permissions\nS_IROTH: read by others\nS_IWOTH: write by others\nS_IXOTH: execute by others\n\nUF_SETTABLE: mask of owner changable flags\nUF_NODUMP: do not dump file\nUF_IMMUTABLE: file may not be changed\nUF_APPEND: file may only be appended to\nUF_OPAQUE: directory is opaque when viewed through a union stack\nUF_NOUNLINK: file may not be renamed or deleted\nUF_COMPRESSED: macOS: file is hfs-compressed\nUF_TRACKED: used for dealing with document IDs\nUF_DATAVAULT: entitlement required for reading and writing\nUF_HIDDEN: macOS: file should not be displayed\nSF_SETTABLE: mask of super user changeable flags\nSF_ARCHIVED: file may be archived\nSF_IMMUTABLE: file may not be changed\nSF_APPEND: file may only be appended to\nSF_RESTRICTED: entitlement required for writing\nSF_NOUNLINK: file may not be renamed or deleted\nSF_SNAPSHOT: file is a snapshot file\nSF_FIRMLINK: file is a firmlink\nSF_DATALESS: file is a dataless object\n\nOn macOS:\nSF_SUPPORTED: mask of super user supported flags\nSF_SYNTHETIC: mask of read-only synthetic flags\n\nST_MODE\nST_INO\nST_DEV\nST_NLINK\nST_UID\nST_GID\nST_SIZE\nST_ATIME\nST_MTIME\nST_CTIME\n\nFILE_ATTRIBUTE_*: Windows file attribute constants\n                   (only present on Windows)\n"

func initModule(ts *objects.Thread, m *objects.Module) error {
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	set("__doc__", objects.NewStr(moduleDoc))
	for _, c := range constants[1:] {
		set(c.name, objects.NewInt(c.value))
	}
	defs := []objects.MethodDef{
		isType("S_ISDIR", "from a directory", sIFDIR),
		isType("S_ISCHR", "from a character special device file", sIFCHR),
		isType("S_ISBLK", "from a block special device file", sIFBLK),
		isType("S_ISREG", "from a regular file", sIFREG),
		isType("S_ISFIFO", "from a FIFO (named pipe)", sIFIFO),
		isType("S_ISLNK", "from a symbolic link", sIFLNK),
		isType("S_ISSOCK", "from a socket", sIFSOCK),
		isType("S_ISDOOR", "from a door", -1),
		isType("S_ISPORT", "from an event port", -1),
		isType("S_ISWHT", "from a whiteout", -1),
		modeFunc("S_IMODE", "Return the portion of the file's mode that can be set by os.chmod().", func(m uint32) objects.Object {
			return objects.NewInt(int64(m & 0o7777))
		}),
		modeFunc("S_IFMT", "Return the portion of the file's mode that describes the file type.", func(m uint32) objects.Object {
			return objects.NewInt(int64(m & sIFMT))
		}),
		modeFunc("filemode", "Convert a file's mode to a string of the form '-rwxrwxrwx'", func(m uint32) objects.Object {
			return objects.NewStr(filemode(m))
		}),
	}
	for i := range defs {
		set(defs[i].Name, objects.NewBuiltinFunction(&defs[i], m))
	}
	return nil
}

// modeArg converts a mode as _PyLong_AsMode_t: an int that fits in 32 unsigned bits.
func modeArg(o objects.Object) (uint32, error) {
	if b, ok := o.(*objects.Bool); ok {
		if b == objects.True {
			return 1, nil
		}
		return 0, nil
	}
	i, ok := o.(*objects.Int)
	if !ok {
		return 0, objects.Errorf(objects.TypeErrorType, "an integer is required")
	}
	v, small := i.Int64()
	if small && v < 0 || !small && i.Big().Sign() < 0 {
		return 0, objects.Errorf(objects.OverflowErrorType, "can't convert negative value to unsigned int")
	}
	if !small || v > 0xffffffff {
		return 0, objects.Errorf(objects.OverflowErrorType, "mode out of range")
	}
	return uint32(v), nil
}

func modeFunc(name, doc string, f func(uint32) objects.Object) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethO, Doc: doc,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			m, err := modeArg(args[0])
			if err != nil {
				return nil, err
			}
			return f(m), nil
		}}
}

// isType makes S_ISxxx(mode); a negative kind is a type Linux does not have.
func isType(name, what string, kind int) objects.MethodDef {
	return modeFunc(name, name+"(mode) -> bool\n\nReturn True if mode is "+what+".", func(m uint32) objects.Object {
		return objects.NewBool(kind >= 0 && m&sIFMT == uint32(kind))
	})
}

// filemode renders a mode as ls -l does: the type, then rwx for owner, group and others
// with the set-id and sticky bits folded into the execute columns.
func filemode(m uint32) string {
	b := make([]byte, 10)
	switch m & sIFMT {
	case sIFDIR:
		b[0] = 'd'
	case sIFCHR:
		b[0] = 'c'
	case sIFBLK:
		b[0] = 'b'
	case sIFREG:
		b[0] = '-'
	case sIFIFO:
		b[0] = 'p'
	case sIFLNK:
		b[0] = 'l'
	case sIFSOCK:
		b[0] = 's'
	default:
		b[0] = '?'
	}
	triple := func(at int, bits uint32, special bool, set, unset byte) {
		b[at], b[at+1], b[at+2] = '-', '-', '-'
		if bits&4 != 0 {
			b[at] = 'r'
		}
		if bits&2 != 0 {
			b[at+1] = 'w'
		}
		x := bits&1 != 0
		switch {
		case special && x:
			b[at+2] = set
		case special:
			b[at+2] = unset
		case x:
			b[at+2] = 'x'
		}
	}
	triple(1, m>>6&7, m&sISUID != 0, 's', 'S')
	triple(4, m>>3&7, m&sISGID != 0, 's', 'S')
	triple(7, m&7, m&sISVTX != 0, 't', 'T')
	return string(b)
}
