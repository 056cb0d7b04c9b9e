package sre

import "github.com/taipanpy/taipan/objects"

// Scanner steps through the matches of a pattern in one string, each search or match
// starting where the last match ended (_sre.SRE_Scanner); finditer is built on it.
type Scanner struct {
	pattern   *Pattern
	subj      *subject
	m         matcher
	done      bool
	executing bool
}

// ScannerType is _sre.SRE_Scanner.
var ScannerType = objects.ReadyType(&objects.Type{Name: "_sre.SRE_Scanner", Flags: objects.TypeFinal,
	Attrs: []objects.TypeAttr{{Name: "__module__", Value: objects.NewStr("_sre")}},
	Methods: []objects.MethodDef{
		{Name: "match", Flags: objects.MethNoArgs, Func: scannerStep(false)},
		{Name: "search", Flags: objects.MethNoArgs, Func: scannerStep(true)},
	},
	GetSets: []objects.GetSetDef{
		{Name: "pattern", Set: readonly, Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
			return o.(*Scanner).pattern, nil
		}},
	},
})

// Type returns ScannerType.
func (*Scanner) Type() *objects.Type { return ScannerType }

func newScanner(ts *objects.Thread, self objects.Object, parser *objects.ArgParser, args []objects.Object, kwnames *objects.Tuple) (*Scanner, error) {
	p, err := asPattern(self)
	if err != nil {
		return nil, err
	}
	string, pos, endpos, err := posArgs(ts, parser, args, kwnames)
	if err != nil {
		return nil, err
	}
	m, subj, err := p.stateFor(ts, string, pos, endpos)
	if err != nil {
		return nil, err
	}
	return &Scanner{pattern: p, subj: subj, m: m}, nil
}

// scannerStep makes search (search true) and match.
func scannerStep(search bool) objects.MethodFunc {
	return func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		sc, ok := self.(*Scanner)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "descriptor requires a '_sre.SRE_Scanner' object but received '%s'", self.Type().Name)
		}
		if sc.executing {
			return nil, objects.Errorf(objects.ValueErrorType, "regular expression scanner already executing")
		}
		if sc.done {
			return objects.None, nil
		}
		sc.executing = true
		defer func() { sc.executing = false }()
		st := sc.m.state()
		st.ts = ts
		st.reset()
		var err error
		if search {
			ok, err = sc.m.search()
		} else {
			ok, err = sc.m.match()
		}
		if err != nil {
			return nil, engineError(err)
		}
		if !ok {
			sc.done = true
			return objects.None, nil
		}
		m, err := newMatch(sc.pattern, sc.subj, st)
		if err != nil {
			return nil, err
		}
		st.mustAdvance = st.ptr == st.start
		st.start = st.ptr
		return m, nil
	}
}
