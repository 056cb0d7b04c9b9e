package unicodedata

import (
	"github.com/taipanpy/taipan/objects"
)

// charArg returns the code point of a one-character str argument, or the TypeError that
// Argument Clinic raises; which is "" for a sole argument, else e.g. " 1".
func charArg(o objects.Object, fn, which string) (rune, error) {
	if s, ok := o.(*objects.Str); ok && s.Len() == 1 {
		return s.At(0), nil
	}
	return 0, objects.Errorf(objects.TypeErrorType, "%s() argument%s must be a unicode character, not %s", fn, which, o.Type().Name)
}

// charFunc makes a function of one character.
func charFunc(fn, doc string, f func(r rune, v32 bool) objects.Object) objects.MethodDef {
	return objects.MethodDef{Name: fn, Flags: objects.MethO, Doc: doc,
		Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			r, err := charArg(args[0], fn, "")
			if err != nil {
				return nil, err
			}
			return f(r, is32(self)), nil
		}}
}

// charDefaultArgs checks the arguments of fn(chr, default=<none>, /).
func charDefaultArgs(fn string, args []objects.Object) (rune, objects.Object, error) {
	if len(args) < 1 {
		return 0, nil, objects.Errorf(objects.TypeErrorType, "%s expected at least 1 argument, got %d", fn, len(args))
	}
	if len(args) > 2 {
		return 0, nil, objects.Errorf(objects.TypeErrorType, "%s expected at most 2 arguments, got %d", fn, len(args))
	}
	r, err := charArg(args[0], fn, " 1")
	if err != nil {
		return 0, nil, err
	}
	var def objects.Object
	if len(args) == 2 {
		def = args[1]
	}
	return r, def, nil
}

// valueFunc makes decimal, digit or numeric: the value, else the default, else ValueError.
func valueFunc(fn, missing string, f func(r rune, v32 bool) objects.Object, doc string) objects.MethodDef {
	return objects.MethodDef{Name: fn, Flags: objects.MethFastcall, Doc: doc,
		Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			r, def, err := charDefaultArgs(fn, args)
			if err != nil {
				return nil, err
			}
			if v := f(r, is32(self)); v != nil {
				return v, nil
			}
			if def != nil {
				return def, nil
			}
			return nil, objects.Errorf(objects.ValueErrorType, "%s", missing)
		}}
}

// formFunc makes normalize or is_normalized: (form, unistr, /).
func formFunc(fn, doc string, f func(form string, s *objects.Str, v32 bool) (objects.Object, error)) objects.MethodDef {
	return objects.MethodDef{Name: fn, Flags: objects.MethFastcall, Doc: doc,
		Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			if len(args) != 2 {
				return nil, objects.Errorf(objects.TypeErrorType, "%s expected 2 arguments, got %d", fn, len(args))
			}
			form, ok := args[0].(*objects.Str)
			if !ok {
				return nil, objects.Errorf(objects.TypeErrorType, "%s() argument 1 must be str, not %s", fn, args[0].Type().Name)
			}
			s, ok := args[1].(*objects.Str)
			if !ok {
				return nil, objects.Errorf(objects.TypeErrorType, "%s() argument 2 must be str, not %s", fn, args[1].Type().Name)
			}
			return f(form.Value(), s, is32(self))
		}}
}
