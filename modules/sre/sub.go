package sre

import (
	"bytes"
	"math"
	"strings"

	"github.com/taipanpy/taipan/objects"
)

// isExc reports whether err is a Python exception of class t.
func isExc(err error, t *objects.Type) bool {
	e, ok := err.(*objects.BaseException)
	return ok && objects.IsException(e, t)
}

// The kinds of replacement sub takes.
const (
	replLiteral = iota
	replTemplate
	replCallable
)

// patternSub makes sub and subn (pattern_subx).
func patternSub(name string, subn bool) objects.MethodFunc {
	parser := &objects.ArgParser{FuncName: name, Params: []string{"repl", "string", "count"}, MinPos: 2, MaxPos: 3}
	return func(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
		p, err := asPattern(self)
		if err != nil {
			return nil, err
		}
		var a [3]objects.Object
		if err := parser.Parse(args, kwnames, a[:]); err != nil {
			return nil, err
		}
		count, err := optSsize(ts, a[2], 0)
		if err != nil {
			return nil, err
		}
		repl := a[0]
		kind := replCallable
		var tmpl *Template
		if repl.Type().Slots.Call == nil {
			// A str or bytes without backslashes is used as it is; anything else goes
			// through the template compiler.
			literal := false
			switch v := repl.(type) {
			case *objects.Str:
				literal = !strings.Contains(v.Value(), "\\")
			case *objects.Bytes:
				literal = !strings.Contains(v.Value(), "\\")
			default:
				if b, err := objects.BytesLike(repl); err == nil {
					literal = !bytes.Contains(b, []byte{'\\'})
				}
			}
			if literal {
				kind = replLiteral
			} else {
				if tmpl, err = compileTemplate(ts, p, repl); err != nil {
					return nil, err
				}
				kind = replTemplate
				if len(tmpl.items) == 0 {
					repl, kind = tmpl.literal, replLiteral
				}
			}
		}
		m, subj, err := p.stateFor(ts, a[1], 0, math.MaxInt)
		if err != nil {
			return nil, err
		}
		st := m.state()
		defer st.release()
		var pieces []objects.Object
		i, n := 0, 0
		for count == 0 || n < count {
			st.reset()
			ok, err := m.search()
			if err != nil {
				return nil, engineError(err)
			}
			if !ok {
				break
			}
			b, e := st.start, st.ptr
			if i < b {
				pieces = append(pieces, subj.slice(i, b))
			}
			item := repl
			if kind != replLiteral {
				match, err := newMatch(p, subj, st)
				if err != nil {
					return nil, err
				}
				if kind == replTemplate {
					item, err = tmpl.expand(ts, match)
				} else {
					item, err = objects.Call(ts, repl, []objects.Object{match}, nil)
				}
				if err != nil {
					return nil, err
				}
			}
			if item != objects.None {
				pieces = append(pieces, item)
			}
			i = e
			n++
			st.mustAdvance = st.ptr == st.start
			st.start = st.ptr
		}
		if i < st.endpos {
			pieces = append(pieces, subj.slice(i, st.endpos))
		}
		var out objects.Object = subj.empty()
		if len(pieces) > 0 {
			if out, err = objects.CallMethod(ts, out, "join", objects.NewList(pieces)); err != nil {
				return nil, err
			}
		}
		if subn {
			return objects.NewTuple([]objects.Object{out, objects.NewInt(int64(n))}), nil
		}
		return out, nil
	}
}
