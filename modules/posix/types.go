package posix

import (
	"syscall"

	"github.com/taipanpy/taipan/objects"
)

// The module's struct sequence types.

func fields(nameDocs ...string) []objects.StructSeqField {
	out := make([]objects.StructSeqField, len(nameDocs)/2)
	for i := range out {
		out[i] = objects.StructSeqField{Name: nameDocs[2*i], Doc: nameDocs[2*i+1]}
	}
	return out
}

var statResultDesc = objects.StructSeqDesc{
	Name: "os.stat_result",
	Doc:  "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes only.\n\nSee os.stat for more information.",
	Fields: fields(
		"st_mode", "protection bits",
		"st_ino", "inode",
		"st_dev", "device",
		"st_nlink", "number of hard links",
		"st_uid", "user ID of owner",
		"st_gid", "group ID of owner",
		"st_size", "total size, in bytes",
		"", "integer time of last access",
		"", "integer time of last modification",
		"", "integer time of last change",
		"st_atime", "time of last access",
		"st_mtime", "time of last modification",
		"st_ctime", "time of last change",
		"st_atime_ns", "time of last access in nanoseconds",
		"st_mtime_ns", "time of last modification in nanoseconds",
		"st_ctime_ns", "time of last change in nanoseconds",
		"st_blksize", "blocksize for filesystem I/O",
		"st_blocks", "number of blocks allocated",
		"st_rdev", "device type (if inode device)",
	),
	NSequence: 10,
	// Made from a 10-tuple, the float times are the integer ones, as posix's statresult_new.
	AfterNew: func(v []objects.Object) {
		for i := 7; i <= 9; i++ {
			if v[i+3] == objects.None {
				v[i+3] = v[i]
			}
		}
	},
}

var terminalSizeDesc = objects.StructSeqDesc{
	Name: "os.terminal_size",
	Doc:  "A tuple of (columns, lines) for holding terminal window size",
	Fields: fields(
		"columns", "width of the terminal window in characters",
		"lines", "height of the terminal window in characters",
	),
	NSequence: 2,
}

var unameResultDesc = objects.StructSeqDesc{
	Name: "posix.uname_result",
	Doc:  "uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, release, version, and machine.\n\nSee os.uname for more information.",
	Fields: fields(
		"sysname", "operating system name",
		"nodename", "name of machine on network (implementation-defined)",
		"release", "operating system release",
		"version", "operating system version",
		"machine", "hardware identifier",
	),
	NSequence: 5,
}

var timesResultDesc = objects.StructSeqDesc{
	Name: "posix.times_result",
	Doc:  "times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n  (user, system, children_user, children_system, elapsed),\nor via the attributes user, system, children_user, children_system,\nand elapsed.\n\nSee os.times for more information.",
	Fields: fields(
		"user", "user time",
		"system", "system time",
		"children_user", "user time of children",
		"children_system", "system time of children",
		"elapsed", "elapsed time since an arbitrary point in the past",
	),
	NSequence: 5,
}

// statResult makes the stat_result of st.
func (s *state) statResult(st *syscall.Stat_t) objects.Object {
	u := func(v uint64) objects.Object { return objects.NewBigInt(new(bigInt).SetUint64(v)) }
	i := objects.NewInt
	ns := func(t syscall.Timespec) (objects.Object, objects.Object, objects.Object) {
		total := new(bigInt).Mul(bigNew(t.Sec), bigNew(1_000_000_000))
		total.Add(total, bigNew(t.Nsec))
		return i(t.Sec), objects.NewFloat(float64(t.Sec) + float64(t.Nsec)*1e-9), objects.NewBigInt(total)
	}
	ai, af, an := ns(st.Atim)
	mi, mf, mn := ns(st.Mtim)
	ci, cf, cn := ns(st.Ctim)
	return objects.NewStructSeq(s.statResultType, []objects.Object{
		i(int64(st.Mode)), u(st.Ino), u(st.Dev), i(int64(st.Nlink)), i(int64(st.Uid)), i(int64(st.Gid)), i(st.Size),
		ai, mi, ci, af, mf, cf, an, mn, cn,
		i(int64(st.Blksize)), i(int64(st.Blocks)), u(st.Rdev),
	})
}
