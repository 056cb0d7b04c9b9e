package csv

import (
	"strings"

	"github.com/taipanpy/taipan/internal/pyfmt"
	"github.com/taipanpy/taipan/objects"
)

// notSet marks a dialect character that is None.
const notSet rune = -1

// dialect is a _csv.Dialect: the validated formatting parameters readers and writers use.
type dialect struct {
	objects.Extensible
	base                                  *objects.Type
	doublequote, skipInitialSpace, strict bool
	quoting                               int
	delimiter, quotechar, escapechar      rune
	lineterminator                        *objects.Str
}

// Type returns _csv.Dialect or the instance's subclass.
func (d *dialect) Type() *objects.Type { return d.ClassOr(d.base) }

// dialectParams names Dialect's parameters in their positional order.
var dialectParams = []string{"dialect", "delimiter", "doublequote", "escapechar", "lineterminator",
	"quotechar", "quoting", "skipinitialspace", "strict"}

// newDialectClass makes _csv.Dialect for one interpreter: its constructor looks names up in
// that interpreter's registry.
func newDialectClass(ts *objects.Thread, st *state) (*objects.Type, error) {
	reduce := func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		name := self.Type().Name
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			name = name[i+1:]
		}
		return nil, objects.Errorf(objects.TypeErrorType, "cannot pickle '%s' instances", name)
	}
	char := func(name string, f func(d *dialect) rune) objects.GetSetDef {
		return objects.GetSetDef{Name: name, Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
			return charOrNone(f(o.(*dialect))), nil
		}}
	}
	flag := func(name string, f func(d *dialect) bool) objects.GetSetDef {
		return objects.GetSetDef{Name: name,
			Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
				return objects.NewBool(f(o.(*dialect))), nil
			},
			Set: func(_ *objects.Thread, _ objects.Object, _ objects.Object) error {
				return objects.Errorf(objects.AttributeErrorType, "readonly attribute")
			}}
	}
	t := &objects.Type{Name: "_csv.Dialect",
		Doc: "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n"}
	t.Slots.New = func(ts *objects.Thread, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
		if len(args)-kwnames.Len() > len(dialectParams) {
			return nil, objects.Errorf(objects.TypeErrorType, "function takes at most %d arguments (%d given)", len(dialectParams), len(args))
		}
		var inst objects.Object
		if len(args)-kwnames.Len() > 0 {
			inst = args[0]
		}
		return st.makeDialectArgs(ts, cls, inst, args, kwnames)
	}
	t.Methods = []objects.MethodDef{
		{Name: "__reduce__", Flags: objects.MethFastcall, Doc: "raises an exception to avoid pickling", Func: reduce},
		{Name: "__reduce_ex__", Flags: objects.MethFastcall, Doc: "raises an exception to avoid pickling", Func: reduce},
	}
	t.GetSets = []objects.GetSetDef{
		char("delimiter", func(d *dialect) rune { return d.delimiter }),
		char("escapechar", func(d *dialect) rune { return d.escapechar }),
		{Name: "lineterminator", Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
			return o.(*dialect).lineterminator, nil
		}},
		char("quotechar", func(d *dialect) rune { return d.quotechar }),
		{Name: "quoting", Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
			return objects.NewInt(int64(o.(*dialect).quoting)), nil
		}},
		flag("skipinitialspace", func(d *dialect) bool { return d.skipInitialSpace }),
		flag("doublequote", func(d *dialect) bool { return d.doublequote }),
		flag("strict", func(d *dialect) bool { return d.strict }),
	}
	return objects.ReadyType(t), nil
}

func charOrNone(c rune) objects.Object {
	if c == notSet {
		return objects.None
	}
	return objects.NewStrFromRunes([]rune{c})
}

// makeDialect builds the dialect of a reader, writer or registration: inst (nil when not
// given) overridden by the keyword arguments kw named by kwnames.
func (st *state) makeDialect(ts *objects.Thread, cls *objects.Type, inst objects.Object, kw []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	args := make([]objects.Object, 0, 1+len(kw))
	if inst != nil {
		args = append(args, inst)
	}
	return st.makeDialectArgs(ts, cls, inst, append(args, kw...), kwnames)
}

// makeDialectArgs is Dialect(*args, **kwargs) for an instance of cls.
func (st *state) makeDialectArgs(ts *objects.Thread, cls *objects.Type, inst objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var p [9]objects.Object
	npos := len(args) - kwnames.Len()
	copy(p[:], args[:npos])
	for i := 0; i < kwnames.Len(); i++ {
		name := kwnames.Items()[i].(*objects.Str).Value()
		j := 0
		for j < len(dialectParams) && dialectParams[j] != name {
			j++
		}
		if j == len(dialectParams) {
			return nil, objects.Errorf(objects.TypeErrorType, "this function got an unexpected keyword argument '%s'", name)
		}
		if p[j] != nil {
			return nil, objects.Errorf(objects.TypeErrorType, "argument for function given by name ('%s') and position (%d)", name, j+1)
		}
		p[j] = args[npos+i]
	}
	inst = p[0]
	overrides := false
	for _, v := range p[1:] {
		overrides = overrides || v != nil
	}
	if inst != nil {
		if _, ok := inst.(*objects.Str); ok {
			d, err := st.lookupDialect(ts, inst)
			if err != nil {
				return nil, err
			}
			inst = d
		}
		if !overrides {
			if d, ok := inst.(*dialect); ok && d.base == st.dialectCls {
				return d, nil
			}
		}
		// Parameters not given come from the attributes of inst; missing ones keep defaults.
		for i := 1; i < len(p); i++ {
			if p[i] != nil {
				continue
			}
			v, err := objects.GetAttr(ts, inst, objects.NewStr(dialectParams[i]))
			if err != nil {
				// A dialect may leave out any parameter.
				continue
			}
			p[i] = v
		}
	}
	d := &dialect{base: st.dialectCls}
	d.Extend(cls, st.dialectCls)
	var err error
	if d.delimiter, err = setChar("delimiter", p[1], ','); err != nil {
		return nil, err
	}
	if d.doublequote, err = setBool(ts, p[2], true); err != nil {
		return nil, err
	}
	if d.escapechar, err = setCharOrNone("escapechar", p[3], notSet); err != nil {
		return nil, err
	}
	switch lt := p[4].(type) {
	case nil:
		d.lineterminator = objects.NewStr("\r\n")
	case *objects.Str:
		d.lineterminator = lt
	default:
		if lt != objects.None {
			return nil, objects.Errorf(objects.TypeErrorType, "\"lineterminator\" must be a string")
		}
	}
	if d.quotechar, err = setCharOrNone("quotechar", p[5], '"'); err != nil {
		return nil, err
	}
	if p[6] != nil {
		n, ok := p[6].(*objects.Int)
		if !ok || n.Type() != objects.IntType {
			return nil, objects.Errorf(objects.TypeErrorType, "\"quoting\" must be an integer")
		}
		v, ok := n.Int64()
		if !ok || v != int64(int32(v)) {
			return nil, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
		}
		d.quoting = int(v)
	}
	if d.skipInitialSpace, err = setBool(ts, p[7], false); err != nil {
		return nil, err
	}
	if d.strict, err = setBool(ts, p[8], false); err != nil {
		return nil, err
	}
	if d.quoting < quoteMinimal || d.quoting > quoteNotNull {
		return nil, objects.Errorf(objects.TypeErrorType, "bad \"quoting\" value")
	}
	if d.delimiter == notSet {
		return nil, objects.Errorf(objects.TypeErrorType, "\"delimiter\" must be a 1-character string")
	}
	if p[5] == objects.None && p[6] == nil {
		d.quoting = quoteNone
	}
	if d.quoting != quoteNone && d.quotechar == notSet {
		return nil, objects.Errorf(objects.TypeErrorType, "quotechar must be set if quoting enabled")
	}
	if d.lineterminator == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "lineterminator must be set")
	}
	if err := d.checkChar("delimiter", d.delimiter, true); err != nil {
		return nil, err
	}
	if err := d.checkChar("escapechar", d.escapechar, !d.skipInitialSpace); err != nil {
		return nil, err
	}
	if err := d.checkChar("quotechar", d.quotechar, !d.skipInitialSpace); err != nil {
		return nil, err
	}
	if err := checkDistinct("delimiter", "escapechar", d.delimiter, d.escapechar); err != nil {
		return nil, err
	}
	if err := checkDistinct("delimiter", "quotechar", d.delimiter, d.quotechar); err != nil {
		return nil, err
	}
	if err := checkDistinct("escapechar", "quotechar", d.escapechar, d.quotechar); err != nil {
		return nil, err
	}
	return d, nil
}

// checkChar rejects a character the parser could not tell from a line end or a space.
func (d *dialect) checkChar(name string, c rune, allowSpace bool) error {
	if c == '\r' || c == '\n' || (c == ' ' && !allowSpace) {
		return objects.Errorf(objects.ValueErrorType, "bad %s value", name)
	}
	if c != notSet && containsRune(d.lineterminator, c) {
		return objects.Errorf(objects.ValueErrorType, "bad %s or lineterminator value", name)
	}
	return nil
}

// containsRune reports whether s holds the code point c (a surrogate included).
func containsRune(s *objects.Str, c rune) bool {
	for v := s.Value(); v != ""; {
		r, w := pyfmt.DecodeRune(v)
		if r == c {
			return true
		}
		v = v[w:]
	}
	return false
}

func checkDistinct(name1, name2 string, c1, c2 rune) error {
	if c1 == c2 && c1 != notSet {
		return objects.Errorf(objects.ValueErrorType, "bad %s or %s value", name1, name2)
	}
	return nil
}

func setBool(ts *objects.Thread, v objects.Object, dflt bool) (bool, error) {
	if v == nil {
		return dflt, nil
	}
	return objects.IsTrue(ts, v)
}

// oneChar returns the character of a 1-character str.
func oneChar(name string, s *objects.Str) (rune, error) {
	if s.Len() != 1 {
		return 0, objects.Errorf(objects.TypeErrorType, "\"%s\" must be a 1-character string", name)
	}
	return s.At(0), nil
}

func setChar(name string, v objects.Object, dflt rune) (rune, error) {
	if v == nil {
		return dflt, nil
	}
	s, ok := v.(*objects.Str)
	if !ok {
		return 0, objects.Errorf(objects.TypeErrorType, "\"%s\" must be string, not %s", name, v.Type().Name)
	}
	return oneChar(name, s)
}

func setCharOrNone(name string, v objects.Object, dflt rune) (rune, error) {
	if v == nil {
		return dflt, nil
	}
	if v == objects.None {
		return notSet, nil
	}
	s, ok := v.(*objects.Str)
	if !ok {
		return 0, objects.Errorf(objects.TypeErrorType, "\"%s\" must be string or None, not %s", name, v.Type().Name)
	}
	return oneChar(name, s)
}
