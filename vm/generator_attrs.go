package vm

import "github.com/taipanpy/taipan/objects"

// The attributes of generators (gi_*), coroutines (cr_*) and async generators (ag_*), which
// inspect.getgeneratorstate and friends read.

// suspended reports whether g has started and is waiting at a yield.
func (g *Generator) suspended() bool { return g.frame != nil && g.started && !g.running }

// yieldFrom returns what g is delegating to while suspended in yield from or await.
func (g *Generator) yieldFrom() objects.Object {
	if f := g.frame; f != nil && f.YieldFrom && !g.running && f.SP > f.Code.NLocalsplus {
		if v := f.Localsplus[f.SP-1]; v != nil {
			return v
		}
	}
	return objects.None
}

func generatorGetSets(prefix string) []objects.GetSetDef {
	gen := func(o objects.Object) *Generator { return o.(*Generator) }
	str := func(set func(g *Generator, s *objects.Str), what string) func(ts *objects.Thread, o, v objects.Object) error {
		return func(ts *objects.Thread, o, v objects.Object) error {
			s, ok := v.(*objects.Str)
			if !ok {
				return objects.Errorf(objects.TypeErrorType, "__%s__ must be set to a string object", what)
			}
			set(gen(o), s)
			return nil
		}
	}
	gs := []objects.GetSetDef{
		{Name: "__name__", Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) { return gen(o).name, nil },
			Set: str(func(g *Generator, s *objects.Str) { g.name = s }, "name")},
		{Name: "__qualname__", Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) { return gen(o).qualname, nil },
			Set: str(func(g *Generator, s *objects.Str) { g.qualname = s }, "qualname")},
		{Name: prefix + "_code", Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) { return gen(o).code, nil }},
		{Name: prefix + "_frame", Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
			g := gen(o)
			if g.frame == nil {
				return objects.None, nil
			}
			g.frame.Escaped = true
			return g.frame, nil
		}},
		{Name: prefix + "_running", Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
			return objects.NewBool(gen(o).running), nil
		}},
		{Name: prefix + "_suspended", Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
			return objects.NewBool(gen(o).suspended()), nil
		}},
	}
	switch prefix {
	case "gi":
		gs = append(gs, objects.GetSetDef{Name: "gi_yieldfrom", Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
			return gen(o).yieldFrom(), nil
		}})
	case "cr":
		gs = append(gs,
			objects.GetSetDef{Name: "cr_await", Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
				return gen(o).yieldFrom(), nil
			}},
			objects.GetSetDef{Name: "cr_origin", Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
				return objects.None, nil
			}})
	case "ag":
		gs = append(gs, objects.GetSetDef{Name: "ag_await", Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
			return gen(o).yieldFrom(), nil
		}})
	}
	return gs
}

func init() {
	objects.GeneratorType.GetSets = append(objects.GeneratorType.GetSets, generatorGetSets("gi")...)
	objects.CoroutineType.GetSets = append(objects.CoroutineType.GetSets, generatorGetSets("cr")...)
	objects.AsyncGeneratorType.GetSets = append(objects.AsyncGeneratorType.GetSets, generatorGetSets("ag")...)
	for _, t := range []*objects.Type{objects.GeneratorType, objects.CoroutineType, objects.AsyncGeneratorType} {
		t.Methods = append(t.Methods, objects.ClassGetItem)
	}
}
