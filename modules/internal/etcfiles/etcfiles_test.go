package etcfiles

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func write(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "db")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPasswd(t *testing.T) {
	PasswdPath = write(t, "# comment\n\n  root:x:0:0:Root User:/root:/bin/sh\n"+
		"bad:x:notanumber:0::/:/bin/sh\n"+
		"trail:x:5:6x:::\n"+
		"short:x:7:8\n"+
		"big:x:99999999999:-1:g:/h:/bin/a:b\n"+
		"+\n"+
		"+nis::::::\n"+
		"dup:x:0:0:::\n")
	defer func() { PasswdPath = "/etc/passwd" }()
	all := AllPasswd()
	var names []string
	for _, p := range all {
		names = append(names, string(p.Name))
	}
	if want := []string{"root", "short", "big", "+", "+nis", "dup"}; !reflect.DeepEqual(names, want) {
		t.Fatalf("names %q, want %q", names, want)
	}
	if p := all[0]; string(p.Gecos) != "Root User" || string(p.Dir) != "/root" || string(p.Shell) != "/bin/sh" {
		t.Errorf("root parsed as %+v", p)
	}
	if p := all[1]; p.UID != 7 || p.GID != 8 || p.Gecos == nil || len(p.Shell) != 0 {
		t.Errorf("short parsed as %+v", p)
	}
	if p := all[2]; p.UID != 1<<32-1 || p.GID != 1<<32-1 || string(p.Shell) != "/bin/a:b" {
		t.Errorf("big parsed as %+v", p)
	}
	if p := all[3]; p.Passwd != nil || p.Shell != nil {
		t.Errorf("bare + parsed as %+v", p)
	}
	if p, ok := PasswdByUID(0); !ok || string(p.Name) != "root" {
		t.Errorf("uid 0 is %+v", p)
	}
	if _, ok := PasswdByName([]byte("+nis")); ok {
		t.Errorf("a compat entry was found by name")
	}
	if _, ok := PasswdByName([]byte("nobody")); ok {
		t.Errorf("found a user not in the file")
	}
}

func TestGroup(t *testing.T) {
	GroupPath = write(t, "wheel:x:10:root, alice,,bob \nempty:*:20:\nbad:x:\n")
	defer func() { GroupPath = "/etc/group" }()
	all := AllGroups()
	if len(all) != 2 {
		t.Fatalf("got %d groups", len(all))
	}
	var members []string
	for _, m := range all[0].Members {
		members = append(members, string(m))
	}
	if want := []string{"root", "alice", "bob "}; !reflect.DeepEqual(members, want) {
		t.Errorf("members %q, want %q", members, want)
	}
	if g, ok := GroupByGID(20); !ok || string(g.Name) != "empty" || len(g.Members) != 0 || g.Members == nil {
		t.Errorf("gid 20 is %+v", g)
	}
	if g, ok := GroupByName([]byte("wheel")); !ok || g.GID != 10 {
		t.Errorf("wheel is %+v", g)
	}
}
