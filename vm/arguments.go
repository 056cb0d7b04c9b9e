package vm

import (
	"fmt"
	"strings"

	"github.com/taipanpy/taipan/objects"
)

// Parameters describes how a call binds its arguments: the code's parameters and the
// function's defaults.
type Parameters struct {
	Code *objects.Code
	// Qualname names the function in error messages.
	Qualname string
	// Defaults are the defaults of the last positional parameters (__defaults__);
	// KwDefaults those of keyword-only parameters (__kwdefaults__, nil for none).
	Defaults   []objects.Object
	KwDefaults *objects.Dict
}

// BindArguments stores a call's arguments into the first locals of a new frame, as CPython's
// initialize_locals does: positional arguments, then keywords (args ends with the keyword
// arguments named by kwnames), *args and **kwargs, then defaults, with CPython's TypeErrors
// for every mismatch.
func BindArguments(ts *objects.Thread, p *Parameters, locals, args []objects.Object, kwnames *objects.Tuple) error {
	code := p.Code
	argcount, kwonly := code.ArgCount, code.KwOnlyArgCount
	total := argcount + kwonly
	var names []objects.Object
	if kwnames != nil {
		names = kwnames.Items()
	}
	npos := len(args) - len(names)

	var kwdict *objects.Dict
	if code.Flags&objects.CodeVarkeywords != 0 {
		kwdict = objects.NewDict()
		slot := total
		if code.Flags&objects.CodeVarargs != 0 {
			slot++
		}
		locals[slot] = kwdict
	}

	n := min(npos, argcount)
	copy(locals, args[:n])
	if code.Flags&objects.CodeVarargs != 0 {
		locals[total] = objects.NewTuple(args[n:npos])
	}

	for i, nameObj := range names {
		value := args[npos+i]
		name, ok := nameObj.(*objects.Str)
		if !ok {
			return objects.Errorf(objects.TypeErrorType, "%s() keywords must be strings", p.Qualname)
		}
		j := keywordParameter(code, name.Value())
		if j < 0 {
			if kwdict != nil {
				if err := kwdict.SetItem(ts, name, value); err != nil {
					return err
				}
				continue
			}
			if passed := positionalOnlyPassedAsKeyword(code, names); passed != "" {
				return objects.Errorf(objects.TypeErrorType,
					"%s() got some positional-only arguments passed as keyword arguments: '%s'", p.Qualname, passed)
			}
			return objects.Errorf(objects.TypeErrorType, "%s() got an unexpected keyword argument '%s'", p.Qualname, name.Value())
		}
		if locals[j] != nil {
			return objects.Errorf(objects.TypeErrorType, "%s() got multiple values for argument '%s'", p.Qualname, name.Value())
		}
		locals[j] = value
	}

	if npos > argcount && code.Flags&objects.CodeVarargs == 0 {
		return tooManyPositional(p, locals, npos)
	}

	if npos < argcount {
		firstDefault := argcount - len(p.Defaults)
		var missing []string
		for i := npos; i < argcount; i++ {
			if locals[i] != nil {
				continue
			}
			if i >= firstDefault {
				locals[i] = p.Defaults[i-firstDefault]
				continue
			}
			missing = append(missing, code.LocalsplusNames[i])
		}
		if len(missing) > 0 {
			return missingArguments(p.Qualname, "positional", missing)
		}
	}

	if kwonly > 0 {
		var missing []string
		for i := argcount; i < total; i++ {
			if locals[i] != nil {
				continue
			}
			name := code.LocalsplusNames[i]
			if p.KwDefaults != nil {
				if v := p.KwDefaults.GetStr(objects.NewStr(name)); v != nil {
					locals[i] = v
					continue
				}
			}
			missing = append(missing, name)
		}
		if len(missing) > 0 {
			return missingArguments(p.Qualname, "keyword-only", missing)
		}
	}
	return nil
}

// keywordParameter returns the local index of the parameter a keyword argument names, or -1;
// positional-only parameters cannot be named.
func keywordParameter(code *objects.Code, name string) int {
	for j := code.PosOnlyArgCount; j < code.ArgCount+code.KwOnlyArgCount; j++ {
		if code.LocalsplusNames[j] == name {
			return j
		}
	}
	return -1
}

// positionalOnlyPassedAsKeyword lists, comma-separated, the positional-only parameters that
// keywords name.
func positionalOnlyPassedAsKeyword(code *objects.Code, names []objects.Object) string {
	var passed []string
	for j := 0; j < code.PosOnlyArgCount; j++ {
		for _, n := range names {
			if s, ok := n.(*objects.Str); ok && s.Value() == code.LocalsplusNames[j] {
				passed = append(passed, s.Value())
				break
			}
		}
	}
	return strings.Join(passed, ", ")
}

// tooManyPositional is CPython's message for surplus positional arguments.
func tooManyPositional(p *Parameters, locals []objects.Object, given int) error {
	code := p.Code
	kwonlyGiven := 0
	for i := code.ArgCount; i < code.ArgCount+code.KwOnlyArgCount; i++ {
		if locals[i] != nil {
			kwonlyGiven++
		}
	}
	var sig string
	plural := true
	if len(p.Defaults) > 0 {
		sig = fmt.Sprintf("from %d to %d", code.ArgCount-len(p.Defaults), code.ArgCount)
	} else {
		sig = fmt.Sprint(code.ArgCount)
		plural = code.ArgCount != 1
	}
	kwonlySig := ""
	if kwonlyGiven > 0 {
		kwonlySig = fmt.Sprintf(" positional argument%s (and %d keyword-only argument%s)",
			pluralS(given != 1), kwonlyGiven, pluralS(kwonlyGiven != 1))
	}
	verb := "were"
	if given == 1 && kwonlyGiven == 0 {
		verb = "was"
	}
	return objects.Errorf(objects.TypeErrorType, "%s() takes %s positional argument%s but %d%s %s given",
		p.Qualname, sig, pluralS(plural), given, kwonlySig, verb)
}

// missingArguments is CPython's message for required parameters that got no value.
func missingArguments(qualname, kind string, names []string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return objects.Errorf(objects.TypeErrorType, "%s() missing %d required %s argument%s: %s",
		qualname, len(names), kind, pluralS(len(names) != 1), list)
}

func pluralS(plural bool) string {
	if plural {
		return "s"
	}
	return ""
}
