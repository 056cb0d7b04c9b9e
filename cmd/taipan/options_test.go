package main

import (
	"reflect"
	"testing"
)

func TestParseOptions(t *testing.T) {
	tests := []struct {
		argv []string
		want Options
	}{
		{nil, Options{Args: []string{""}}},
		{[]string{"prog.py", "a", "-b"}, Options{Script: "prog.py", Args: []string{"prog.py", "a", "-b"}}},
		{[]string{"-c", "print(1)", "x", "-O"}, Options{Command: "print(1)", HasCommand: true, Args: []string{"-c", "x", "-O"}}},
		{[]string{"-OOBc", "pass"}, Options{Optimize: 2, DontWrite: true, Command: "pass", HasCommand: true, Args: []string{"-c"}}},
		{[]string{"-m", "json.tool", "f"}, Options{Module: "json.tool", HasModule: true, Args: []string{"json.tool", "f"}}},
		{[]string{"-mjson"}, Options{Module: "json", HasModule: true, Args: []string{"json"}}},
		{[]string{"-X", "dev", "-Xint_max_str_digits=0", "-"}, Options{XOptions: []string{"dev", "int_max_str_digits=0"}, Script: "-", Args: []string{"-"}}},
		{[]string{"-I", "-Werror", "f.py"}, Options{Isolated: true, IgnoreEnv: true, NoUserSite: true, SafePath: true, Warnings: []string{"error"}, Script: "f.py", Args: []string{"f.py"}}},
		{[]string{"-VV"}, Options{Version: 2, Args: []string{""}}},
		{[]string{"--", "-c"}, Options{Script: "-c", Args: []string{"-c"}}},
	}
	for _, tt := range tests {
		got, err := ParseOptions(tt.argv)
		if err != nil {
			t.Errorf("ParseOptions(%q): %v", tt.argv, err)
			continue
		}
		if !reflect.DeepEqual(*got, tt.want) {
			t.Errorf("ParseOptions(%q) =\n %+v, want\n %+v", tt.argv, *got, tt.want)
		}
	}
}

func TestParseOptionsErrors(t *testing.T) {
	tests := []struct {
		argv []string
		want string
	}{
		{[]string{"-Z"}, "Unknown option: -Z"},
		{[]string{"-c"}, "Argument expected for the -c option"},
		{[]string{"-OX"}, "Argument expected for the -X option"},
		{[]string{"--foo"}, "unknown option --foo"},
	}
	for _, tt := range tests {
		_, err := ParseOptions(tt.argv)
		if err == nil || err.Error() != tt.want {
			t.Errorf("ParseOptions(%q) error = %v, want %q", tt.argv, err, tt.want)
		}
	}
}

func TestXOption(t *testing.T) {
	o := &Options{XOptions: []string{"dump-ast", "utf8=0", "utf8=1"}}
	if v, ok := o.XOption("dump-ast"); !ok || v != "true" {
		t.Errorf("XOption(dump-ast) = %q, %v", v, ok)
	}
	if v, ok := o.XOption("utf8"); !ok || v != "1" {
		t.Errorf("XOption(utf8) = %q, %v; the last occurrence wins", v, ok)
	}
	if _, ok := o.XOption("dev"); ok {
		t.Error("XOption(dev) reported as given")
	}
}
