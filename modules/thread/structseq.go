package thread

import (
	"strings"

	"github.com/taipanpy/taipan/modules/internal/goclass"
	"github.com/taipanpy/taipan/objects"
)

// newStructSeq makes module.name, a struct sequence as CPython's PyStructSequence: a tuple
// subclass, made from one sequence of exactly len(fields) items, whose fields are read-only
// attributes, with CPython's repr and __reduce__.
func newStructSeq(ts *objects.Thread, module, name, doc string, fields []string) (*objects.Type, error) {
	qual := module + "." + name
	n := len(fields)
	var cls *objects.Type
	getsets := make([]objects.GetSetDef, n)
	for i, f := range fields {
		i := i
		getsets[i] = objects.GetSetDef{Name: f, Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
			return o.(*objects.Tuple).Items()[i], nil
		}}
	}
	seqArgs := objects.ArgParser{FuncName: "structseq", Params: []string{"sequence", "dict"}, MinPos: 1, MaxPos: 2}
	cls, err := goclass.New(ts, goclass.Spec{Module: module, Name: name, Base: objects.TupleType, Slots: []string{}, Final: true, Doc: doc,
		New: func(ts *objects.Thread, sub *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			var a [2]objects.Object
			if err := seqArgs.Parse(args, kwnames, a[:]); err != nil {
				return nil, err
			}
			if a[0].Type().Slots.Iter == nil && a[0].Type().Slots.GetItem == nil {
				return nil, objects.Errorf(objects.TypeErrorType, "constructor requires a sequence")
			}
			items, err := objects.IterableItems(ts, a[0])
			if err != nil {
				return nil, err
			}
			if len(items) != n {
				return nil, objects.Errorf(objects.TypeErrorType, "%s() takes a %d-sequence (%d-sequence given)", qual, n, len(items))
			}
			return objects.TupleType.Slots.New(ts, sub, []objects.Object{objects.NewTuple(items)}, nil)
		},
		Methods: []objects.MethodDef{
			{Name: "__repr__", Flags: objects.MethNoArgs, Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				var b strings.Builder
				b.WriteString(qual + "(")
				for i, v := range self.(*objects.Tuple).Items() {
					r, err := objects.Repr(ts, v)
					if err != nil {
						return nil, err
					}
					if i > 0 {
						b.WriteString(", ")
					}
					b.WriteString(fields[i] + "=" + r.Value())
				}
				return objects.NewStr(b.String() + ")"), nil
			}},
			{Name: "__replace__", Flags: objects.MethFastcall | objects.MethKeywords, Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				nkw := kwnames.Len()
				if len(args) > nkw {
					return nil, objects.Errorf(objects.TypeErrorType, "__replace__() takes no positional arguments")
				}
				items := append([]objects.Object(nil), self.(*objects.Tuple).Items()...)
				var unknown []string
				var names []objects.Object
				if kwnames != nil {
					names = kwnames.Items()
				}
				for k, name := range names {
					found := false
					for i, f := range fields {
						if s, ok := name.(*objects.Str); ok && s.Value() == f {
							items[i], found = args[len(args)-nkw+k], true
							break
						}
					}
					if !found {
						r, err := objects.Repr(ts, name)
						if err != nil {
							return nil, err
						}
						unknown = append(unknown, r.Value())
					}
				}
				if len(unknown) > 0 {
					return nil, objects.Errorf(objects.TypeErrorType, "Got unexpected field name(s): [%s]", strings.Join(unknown, ", "))
				}
				return objects.TupleType.Slots.New(ts, self.Type(), []objects.Object{objects.NewTuple(items)}, nil)
			}},
			{Name: "__reduce__", Flags: objects.MethNoArgs, Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				items := self.(*objects.Tuple).Items()
				state := objects.NewTuple([]objects.Object{objects.NewTuple(items), objects.NewDict()})
				return objects.NewTuple([]objects.Object{cls, state}), nil
			}},
		},
		GetSets: getsets,
	})
	if err != nil {
		return nil, err
	}
	matchArgs := make([]objects.Object, n)
	for i, f := range fields {
		matchArgs[i] = objects.NewStr(f)
	}
	for _, attr := range []struct {
		name  string
		value objects.Object
	}{
		{"n_sequence_fields", objects.NewInt(int64(n))},
		{"n_fields", objects.NewInt(int64(n))},
		{"n_unnamed_fields", objects.NewInt(0)},
		{"__match_args__", objects.NewTuple(matchArgs)},
	} {
		cls.Dict.SetStr(objects.NewStr(attr.name), attr.value)
	}
	// __slots__ only shaped the instances: CPython's struct sequences do not list it.
	cls.Dict.DelItem(ts, objects.NewStr("__slots__"))
	cls.Modified()
	return cls, nil
}
