package sre

import (
	"fmt"

	"github.com/taipanpy/taipan/objects"
)

// Match is the result of a successful match, re.Match.
type Match struct {
	pattern *Pattern
	subj    *subject
	// marks holds the start and end of group 0 (the whole match) and of each group, -1 for a
	// group that did not take part.
	marks       []int
	pos, endpos int
	lastindex   int
	regs        objects.Object
}

// MatchType is re.Match.
var MatchType = objects.ReadyType(&objects.Type{Name: "re.Match", Flags: objects.TypeFinal,
	Attrs: []objects.TypeAttr{{Name: "__module__", Value: objects.NewStr("re")}},
	Doc:   "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.",
	Slots: objects.Slots{
		Repr:    matchRepr,
		GetItem: matchGetItem,
	},
	Methods: []objects.MethodDef{
		{Name: "group", Flags: objects.MethFastcall, Func: matchGroup,
			Doc: "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match."},
		{Name: "start", Flags: objects.MethFastcall, Func: matchBound("start", 0),
			Doc: "Return index of the start of the substring matched by group."},
		{Name: "end", Flags: objects.MethFastcall, Func: matchBound("end", 1),
			Doc: "Return index of the end of the substring matched by group."},
		{Name: "span", Flags: objects.MethFastcall, Func: matchBound("span", 2),
			Doc: "For match object m, return the 2-tuple (m.start(group), m.end(group))."},
		{Name: "groups", Flags: objects.MethFastcall | objects.MethKeywords, Func: matchGroups,
			Doc: "Return a tuple containing all the subgroups of the match, from 1."},
		{Name: "groupdict", Flags: objects.MethFastcall | objects.MethKeywords, Func: matchGroupdict,
			Doc: "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name."},
		{Name: "expand", Flags: objects.MethFastcall | objects.MethKeywords, Func: matchExpand,
			Doc: "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."},
		{Name: "__copy__", Flags: objects.MethNoArgs, Func: returnSelf},
		{Name: "__deepcopy__", Flags: objects.MethO, Func: returnSelf},
		{Name: "__class_getitem__", Flags: objects.MethO | objects.MethClass, Func: classGetItem, Doc: "See PEP 585"},
	},
	GetSets: []objects.GetSetDef{
		{Name: "lastindex", Get: matchAttr(func(m *Match) objects.Object {
			if m.lastindex >= 0 {
				return objects.NewInt(int64(m.lastindex))
			}
			return objects.None
		}), Doc: "The integer index of the last matched capturing group."},
		{Name: "lastgroup", Get: matchAttr(func(m *Match) objects.Object {
			if ig := m.pattern.indexgroup; ig != nil && m.lastindex >= 0 && m.lastindex < ig.Len() {
				return ig.Items()[m.lastindex]
			}
			return objects.None
		}), Doc: "The name of the last matched capturing group."},
		{Name: "regs", Get: matchAttr(func(m *Match) objects.Object {
			if m.regs == nil {
				regs := make([]objects.Object, len(m.marks)/2)
				for g := range regs {
					regs[g] = pair(m.marks[2*g], m.marks[2*g+1])
				}
				m.regs = objects.NewTuple(regs)
			}
			return m.regs
		})},
		{Name: "string", Set: readonly, Get: matchAttr(func(m *Match) objects.Object { return m.subj.obj }),
			Doc: "The string passed to match() or search()."},
		{Name: "re", Set: readonly, Get: matchAttr(func(m *Match) objects.Object { return m.pattern }),
			Doc: "The regular expression object."},
		{Name: "pos", Set: readonly, Get: matchAttr(func(m *Match) objects.Object { return objects.NewInt(int64(m.pos)) }),
			Doc: "The index into the string at which the RE engine started looking for a match."},
		{Name: "endpos", Set: readonly, Get: matchAttr(func(m *Match) objects.Object { return objects.NewInt(int64(m.endpos)) }),
			Doc: "The index into the string beyond which the RE engine will not go."},
	},
})

// Type returns MatchType.
func (*Match) Type() *objects.Type { return MatchType }

func matchAttr(get func(*Match) objects.Object) func(*objects.Thread, objects.Object) (objects.Object, error) {
	return func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
		return get(o.(*Match)), nil
	}
}

func asMatch(o objects.Object) (*Match, error) {
	if m, ok := o.(*Match); ok {
		return m, nil
	}
	return nil, objects.Errorf(objects.TypeErrorType, "descriptor requires a 're.Match' object but received '%s'", o.Type().Name)
}

func pair(a, b int) *objects.Tuple {
	return objects.NewTuple([]objects.Object{objects.NewInt(int64(a)), objects.NewInt(int64(b))})
}

// newMatch makes the match object of a state that has just matched (pattern_new_match).
func newMatch(p *Pattern, subj *subject, st *core) (*Match, error) {
	if err := st.checkSpans(p.groups); err != nil {
		return nil, err
	}
	marks := make([]int, 2*(p.groups+1))
	marks[0], marks[1] = st.start, st.ptr
	for g := 1; g <= p.groups; g++ {
		if i, j, ok := st.groupSpan(g); ok {
			marks[2*g], marks[2*g+1] = i, j
		} else {
			marks[2*g], marks[2*g+1] = -1, -1
		}
	}
	return &Match{pattern: p, subj: subj, marks: marks, pos: st.pos, endpos: st.endpos, lastindex: st.lastindex}, nil
}

// groupIndex resolves a group number or name (match_getindex).
func (m *Match) groupIndex(ts *objects.Thread, index objects.Object) (int, error) {
	i := -1
	if _, isInt := index.(*objects.Int); isInt || index.Type().Slots.Index != nil {
		n, err := objects.Index(ts, index)
		if err != nil {
			return 0, err
		}
		if v, ok := n.Int64(); ok && v >= 0 && v < int64(len(m.marks)/2) {
			i = int(v)
		}
	} else if gi := m.pattern.groupindex; gi != nil {
		v, err := gi.GetItem(ts, index)
		if err != nil {
			return 0, err
		}
		if n, ok := v.(*objects.Int); ok {
			if x, ok := n.Int64(); ok && x >= 0 && x < int64(len(m.marks)/2) {
				i = int(x)
			}
		}
	}
	if i < 0 {
		return 0, objects.Errorf(objects.IndexErrorType, "no such group")
	}
	return i, nil
}

// groupSlice is the text of group g, def when it did not take part.
func (m *Match) groupSlice(g int, def objects.Object) objects.Object {
	i, j := m.marks[2*g], m.marks[2*g+1]
	if i < 0 {
		return def
	}
	n := m.subj.length()
	return m.subj.slice(min(i, n), min(j, n))
}

func (m *Match) getSlice(ts *objects.Thread, index objects.Object, def objects.Object) (objects.Object, error) {
	g, err := m.groupIndex(ts, index)
	if err != nil {
		return nil, err
	}
	return m.groupSlice(g, def), nil
}

func matchGroup(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	m, err := asMatch(self)
	if err != nil {
		return nil, err
	}
	switch len(args) {
	case 0:
		return m.groupSlice(0, objects.None), nil
	case 1:
		return m.getSlice(ts, args[0], objects.None)
	}
	items := make([]objects.Object, len(args))
	for i, a := range args {
		if items[i], err = m.getSlice(ts, a, objects.None); err != nil {
			return nil, err
		}
	}
	return objects.NewTuple(items), nil
}

func matchGetItem(ts *objects.Thread, self, key objects.Object) (objects.Object, error) {
	m, err := asMatch(self)
	if err != nil {
		return nil, err
	}
	return m.getSlice(ts, key, objects.None)
}

// matchBound makes start (which 0), end (1) and span (2).
func matchBound(name string, which int) objects.MethodFunc {
	return func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		m, err := asMatch(self)
		if err != nil {
			return nil, err
		}
		if err := objects.CheckPositional(name, len(args), 0, 1); err != nil {
			return nil, err
		}
		g := 0
		if len(args) == 1 {
			if g, err = m.groupIndex(ts, args[0]); err != nil {
				return nil, err
			}
		}
		switch which {
		case 0:
			return objects.NewInt(int64(m.marks[2*g])), nil
		case 1:
			return objects.NewInt(int64(m.marks[2*g+1])), nil
		}
		return pair(m.marks[2*g], m.marks[2*g+1]), nil
	}
}

var (
	groupsArgs    = objects.ArgParser{FuncName: "groups", Params: []string{"default"}, MaxPos: 1}
	groupdictArgs = objects.ArgParser{FuncName: "groupdict", Params: []string{"default"}, MaxPos: 1}
	expandArgs    = objects.ArgParser{FuncName: "expand", Params: []string{"template"}, MinPos: 1, MaxPos: 1}
)

func matchGroups(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	m, err := asMatch(self)
	if err != nil {
		return nil, err
	}
	var a [1]objects.Object
	if err := groupsArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	def := a[0]
	if def == nil {
		def = objects.None
	}
	items := make([]objects.Object, len(m.marks)/2-1)
	for g := range items {
		items[g] = m.groupSlice(g+1, def)
	}
	return objects.NewTuple(items), nil
}

func matchGroupdict(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	m, err := asMatch(self)
	if err != nil {
		return nil, err
	}
	var a [1]objects.Object
	if err := groupdictArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	def := a[0]
	if def == nil {
		def = objects.None
	}
	out := objects.NewDict()
	if m.pattern.groupindex == nil {
		return out, nil
	}
	m.pattern.groupindex.Items(func(k, _ objects.Object) bool {
		var v objects.Object
		if v, err = m.getSlice(ts, k, def); err != nil {
			return false
		}
		err = out.SetItem(ts, k, v)
		return err == nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func matchExpand(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	m, err := asMatch(self)
	if err != nil {
		return nil, err
	}
	var a [1]objects.Object
	if err := expandArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	t, err := compileTemplate(ts, m.pattern, a[0])
	if err != nil {
		return nil, err
	}
	return t.expand(ts, m)
}

// matchRepr is "<re.Match object; span=(0, 1), match='a'>", the match's repr cut to 50
// characters.
func matchRepr(ts *objects.Thread, o objects.Object) (*objects.Str, error) {
	m := o.(*Match)
	r, err := objects.Repr(ts, m.groupSlice(0, objects.None))
	if err != nil {
		return nil, err
	}
	s := r.Value()
	if rs := []rune(s); len(rs) > 50 {
		s = string(rs[:50])
	}
	return objects.NewStr(fmt.Sprintf("<%s object; span=(%d, %d), match=%s>", "re.Match", m.marks[0], m.marks[1], s)), nil
}

func init() {
	// Match objects have __getitem__ as a mapping does (mp_subscript), not as a sequence, so
	// iterating over one is a TypeError, which the sequence fallback of iter() would not
	// give. The slot is set after the type is readied so that no __iter__ attribute appears.
	MatchType.Slots.Iter = func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
		return nil, objects.Errorf(objects.TypeErrorType, "'%s' object is not iterable", o.Type().Name)
	}
}
