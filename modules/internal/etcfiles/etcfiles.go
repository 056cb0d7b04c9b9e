// Package etcfiles reads the user and group databases from /etc/passwd and /etc/group as
// the C library's "files" backend does, so that pwd and grp need no cgo. Malformed lines
// are skipped; the raw bytes of each field are kept, for the caller to decode.
package etcfiles

import (
	"bytes"
	"os"
)

// Paths of the databases, variables so that tests can point them elsewhere.
var (
	PasswdPath = "/etc/passwd"
	GroupPath  = "/etc/group"
)

// Passwd is one entry of the user database. A string field is nil where the C library
// leaves it NULL (the fields after the name of a bare "+" or "-" compat line).
type Passwd struct {
	Name, Passwd      []byte
	UID, GID          uint32
	Gecos, Dir, Shell []byte
}

// Group is one entry of the group database.
type Group struct {
	Name, Passwd []byte
	GID          uint32
	Members      [][]byte
}

// compat reports whether an entry's name is one of the NIS compat markers ("+name",
// "-name"), which lookups by name or id skip.
func compat(name []byte) bool { return len(name) > 0 && (name[0] == '+' || name[0] == '-') }

// lines returns the lines of the file worth parsing: without their newline and leading
// white space, and neither empty nor comments. A file that cannot be read has none.
func lines(path string) [][]byte {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var out [][]byte
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		line = bytes.TrimLeft(line, " \t\n\v\f\r")
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		out = append(out, line)
	}
	return out
}

// fields walks the colon-separated fields of a line.
type fields struct{ rest []byte }

// str takes the next field up to a colon, or the rest of the line; a missing field is
// empty.
func (f *fields) str() []byte {
	i := bytes.IndexByte(f.rest, ':')
	if i < 0 {
		s := f.rest
		if s == nil {
			s = []byte{}
		}
		f.rest = s[len(s):]
		return s
	}
	s := f.rest[:i:i]
	f.rest = f.rest[i+1:]
	return s
}

// num takes a numeric field as strtoul would read it, capped at 2**32-1 as the C library
// caps ids on 64-bit systems. With maybeNull, a field without digits reads as 0; otherwise
// it makes the line invalid (ok false), as does anything after the digits but a colon.
func (f *fields) num(maybeNull bool) (v uint32, ok bool) {
	if maybeNull && len(f.rest) == 0 {
		return 0, false
	}
	s := f.rest
	i := 0
	for i < len(s) && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	start := i
	var n uint64
	overflow := false
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		d := uint64(s[i] - '0')
		if n > (1<<64-1-d)/10 {
			overflow = true
		}
		n = n*10 + d
		i++
	}
	end := i
	if end == start {
		if !maybeNull {
			return 0, false
		}
		end, n, neg = 0, 0, false
	}
	if overflow {
		n = 1<<64 - 1
	} else if neg {
		n = -n
	}
	if n > 1<<32-1 {
		n = 1<<32 - 1
	}
	switch {
	case end < len(s) && s[end] == ':':
		f.rest = s[end+1:]
	case end < len(s):
		return 0, false
	default:
		f.rest = s[end:]
	}
	return uint32(n), true
}

// parsePasswd reads a line of /etc/passwd: name:passwd:uid:gid:gecos:dir:shell.
func parsePasswd(line []byte) (Passwd, bool) {
	f := fields{line}
	var p Passwd
	p.Name = f.str()
	if len(f.rest) == 0 && compat(p.Name) {
		return p, true
	}
	p.Passwd = f.str()
	var ok bool
	if p.UID, ok = f.num(compat(p.Name)); !ok {
		return p, false
	}
	if p.GID, ok = f.num(compat(p.Name)); !ok {
		return p, false
	}
	p.Gecos = f.str()
	p.Dir = f.str()
	p.Shell = f.rest
	if p.Shell == nil {
		p.Shell = []byte{}
	}
	return p, true
}

// parseGroup reads a line of /etc/group: name:passwd:gid:member,member...
func parseGroup(line []byte) (Group, bool) {
	f := fields{line}
	var g Group
	g.Name = f.str()
	if !(len(f.rest) == 0 && compat(g.Name)) {
		g.Passwd = f.str()
		var ok bool
		if g.GID, ok = f.num(compat(g.Name)); !ok {
			return g, false
		}
	}
	g.Members = [][]byte{}
	// Members are separated by commas; white space before one is dropped, and so are
	// empty ones.
	for _, m := range bytes.Split(f.rest, []byte{','}) {
		m = bytes.TrimLeft(m, " \t\n\v\f\r")
		if len(m) > 0 {
			g.Members = append(g.Members, m)
		}
	}
	return g, true
}

// AllPasswd returns every entry of the user database, in file order.
func AllPasswd() []Passwd {
	var out []Passwd
	for _, line := range lines(PasswdPath) {
		if p, ok := parsePasswd(line); ok {
			out = append(out, p)
		}
	}
	return out
}

// PasswdByName returns the first entry named name.
func PasswdByName(name []byte) (Passwd, bool) {
	for _, line := range lines(PasswdPath) {
		if p, ok := parsePasswd(line); ok && !compat(p.Name) && bytes.Equal(p.Name, name) {
			return p, true
		}
	}
	return Passwd{}, false
}

// PasswdByUID returns the first entry for uid.
func PasswdByUID(uid uint32) (Passwd, bool) {
	for _, line := range lines(PasswdPath) {
		if p, ok := parsePasswd(line); ok && !compat(p.Name) && p.UID == uid {
			return p, true
		}
	}
	return Passwd{}, false
}

// AllGroups returns every entry of the group database, in file order.
func AllGroups() []Group {
	var out []Group
	for _, line := range lines(GroupPath) {
		if g, ok := parseGroup(line); ok {
			out = append(out, g)
		}
	}
	return out
}

// GroupByName returns the first group named name.
func GroupByName(name []byte) (Group, bool) {
	for _, line := range lines(GroupPath) {
		if g, ok := parseGroup(line); ok && !compat(g.Name) && bytes.Equal(g.Name, name) {
			return g, true
		}
	}
	return Group{}, false
}

// GroupByGID returns the first group with id gid.
func GroupByGID(gid uint32) (Group, bool) {
	for _, line := range lines(GroupPath) {
		if g, ok := parseGroup(line); ok && !compat(g.Name) && g.GID == gid {
			return g, true
		}
	}
	return Group{}, false
}
