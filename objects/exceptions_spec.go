package objects

import "sync"

// excSpec is what a built-in exception class adds to its base: the members its instances
// carry and the functions that build and print them, as the C struct and functions behind
// each class of CPython's Objects/exceptions.c. A class without a spec of its own uses its
// base's.
type excSpec struct {
	// members name the instance's fields in layout order (BaseException.fields).
	members []excMember
	// new makes an instance of cls (a subclass of the spec's class) from the call's
	// arguments (tp_new); nil means BaseException's, which keeps the positional args.
	new func(ts *Thread, cls *Type, args []Object, kw []kwArg) (*BaseException, error)
	// init initializes an instance from the call's arguments (tp_init); nil means
	// BaseException's, which rejects keywords and sets args.
	init func(ts *Thread, e *BaseException, args []Object, kw []kwArg) error
	// str is str(e); nil means BaseException's.
	str func(ts *Thread, e *BaseException) (*Str, error)
}

// excMember is a member of an exception class, an attribute stored in a field.
type excMember struct {
	name     string
	readonly bool
	// index is the member's field position, set when the spec is registered.
	index int
	// get and set replace plain field access where the member needs checks
	// (OSError.characters_written); set receives nil for del.
	get func(e *BaseException) (Object, error)
	set func(ts *Thread, e *BaseException, v Object) error
}

// kwArg is one keyword argument of a call.
type kwArg struct {
	name  string
	value Object
}

// splitKeywords separates a vectorcall's arguments into positional ones and keywords.
func splitKeywords(args []Object, kwnames *Tuple) ([]Object, []kwArg) {
	if kwnames == nil || len(kwnames.items) == 0 {
		return args, nil
	}
	n := len(args) - len(kwnames.items)
	if n < 0 {
		n = 0
	}
	kw := make([]kwArg, 0, len(kwnames.items))
	for i, k := range kwnames.items {
		if n+i >= len(args) {
			break
		}
		name := ""
		if s, ok := k.(*Str); ok {
			name = s.value
		}
		kw = append(kw, kwArg{name, args[n+i]})
	}
	return args[:n], kw
}

// ownSpecs are the specs of the classes that declare one; excSpecs resolves every built-in
// exception class to its own spec or its nearest base's.
var (
	ownSpecs  = map[*Type]*excSpec{}
	excSpecs  = map[*Type]*excSpec{}
	baseSpec  = &excSpec{}
	specsOnce sync.Once
)

// defineSpec registers the spec of class t; package variables call it, so that every spec is
// known before the first exception is made.
func defineSpec(t *Type, s *excSpec) *excSpec {
	ownSpecs[t] = s
	return s
}

// ensureSpecs resolves the specs once, before their first use.
func ensureSpecs() { specsOnce.Do(resolveSpecs) }

// resolveSpecs fills excSpecs for every built-in exception class with its own spec or its
// nearest base's.
func resolveSpecs() {
	ownSpecs[BaseExceptionType] = baseSpec
	for _, t := range builtinTypes {
		if !t.IsSubtype(BaseExceptionType) {
			continue
		}
		var s *excSpec
		for c := t; c != nil && s == nil; c = c.Base {
			s = ownSpecs[c]
		}
		for i := range s.members {
			s.members[i].index = i
		}
		excSpecs[t] = s
	}
}

// spec returns the spec of the exception's built-in class.
func (e *BaseException) spec() *excSpec {
	ensureSpecs()
	if s := excSpecs[e.typ]; s != nil {
		return s
	}
	return baseSpec
}

// member returns the exception's member called name, or nil.
func (e *BaseException) member(name string) *excMember {
	s := e.spec()
	for i := range s.members {
		if s.members[i].name == name {
			return &s.members[i]
		}
	}
	return nil
}

// memberValue returns the value of the member called name, None when the class has no such
// member.
func (e *BaseException) memberValue(name string) Object {
	if m := e.member(name); m != nil {
		return e.field(m.index)
	}
	return None
}

// setMember sets the member called name if the class has it.
func (e *BaseException) setMember(name string, v Object) {
	if m := e.member(name); m != nil {
		e.setField(m.index, v)
	}
}

// The built-in exception classes that add no members to their base's are laid out as it
// is, as CPython's SimpleExtendsException classes share PyBaseExceptionObject, so that
// class E(LookupError, SystemError) has no layout conflict.
func init() {
	nearest := func(t *Type) *excSpec {
		for c := t; c != nil; c = c.Base {
			if s := ownSpecs[c]; s != nil {
				return s
			}
		}
		return baseSpec
	}
	for _, t := range builtinTypes {
		if t == BaseExceptionType || !t.IsSubtype(BaseExceptionType) {
			continue
		}
		if len(nearest(t).members) == len(nearest(t.Base).members) {
			t.Flags |= TypeBaseLayout
		}
	}
}
