package objects

import "testing"

// Expected values come from CPython 3.13's os.stat_result and time.struct_time, which this
// test type mirrors: three visible fields (the third unnamed) and two hidden ones.

func TestStructSeq(t *testing.T) {
	// Made here, not in a package variable: types are readied after the package's init
	// functions, which a module's package variable runs after but this package's do not.
	testSeqType := NewStructSeqType(&StructSeqDesc{
		Name:      "mod.result",
		Doc:       "a test result",
		Fields:    []StructSeqField{{Name: "a", Doc: "field a"}, {Name: "b"}, {}, {Name: "c"}, {Name: "d"}},
		NSequence: 3,
	})
	ts := testThread(nil)
	v := NewStructSeq(testSeqType, objs(1, 2, 3, 4))
	expect(t, "repr", outcome(t, v, nil), "mod.result(a=1, b=2, c=3)")
	expect(t, "len", outcome(t, NewInt(int64(v.Len())), nil), "3")
	get := func(name string) string {
		o, err := GetAttr(ts, v, NewStr(name))
		return outcome(t, o, err)
	}
	expect(t, "a", get("a"), "1")
	expect(t, "c", get("c"), "4")
	expect(t, "d (not given)", get("d"), "None")
	expect(t, "set a", outcome(t, None, SetAttr(ts, v, NewStr("a"), NewInt(5))), "AttributeError: readonly attribute")
	call := func(args ...Object) string {
		o, err := Call(ts, testSeqType, args, nil)
		return outcome(t, o, err)
	}
	expect(t, "short", call(tupleOf(1, 2)), "TypeError: mod.result() takes an at least 3-sequence (2-sequence given)")
	expect(t, "long", call(tupleOf(1, 2, 3, 4, 5, 6)), "TypeError: mod.result() takes an at most 5-sequence (6-sequence given)")
	expect(t, "not a sequence", call(NewInt(5)), "TypeError: constructor requires a sequence")
	expect(t, "bad dict", call(tupleOf(1, 2, 3), NewInt(5)), "TypeError: mod.result() takes a dict as second arg, if any")
	d := NewDict()
	d.SetStr(NewStr("d"), NewInt(9))
	w, err := Call(ts, testSeqType, []Object{listOf(1, 2, 3), d}, nil)
	expect(t, "from list and dict", outcome(t, w, err), "mod.result(a=1, b=2, c=3)")
	if w != nil {
		expect(t, "d from dict", outcome(t, StructSeqFieldValue(w.(*Tuple), 4), nil), "9")
		r, err := CallMethod(ts, w, "__reduce__")
		expect(t, "reduce", outcome(t, r, err), "(<class 'mod.result'>, ((1, 2, 3), {'c': None, 'd': 9}))")
	}
	r, err := CallMethod(ts, v, "__replace__")
	expect(t, "replace", outcome(t, r, err), "TypeError: __replace__() is not supported for mod.result because it has unnamed field(s)")
	for name, want := range map[string]string{
		"n_fields": "5", "n_sequence_fields": "3", "n_unnamed_fields": "1", "__match_args__": "('a', 'b')",
		"__module__": "'mod'", "__name__": "'result'", "__doc__": "'a test result'",
	} {
		o, err := GetAttr(ts, testSeqType, NewStr(name))
		expect(t, name, outcome(t, o, err), want)
	}
	_, err = NewClass(ts, TypeType, "Sub", []Object{testSeqType}, NewDict())
	expect(t, "subclass", outcome(t, nil, err), "TypeError: type 'mod.result' is not an acceptable base type")
}
