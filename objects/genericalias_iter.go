package objects

// GenericAliasIteratorType is the type of iter(tuple[int]): it yields the starred alias
// *tuple[int] once, which is how `*tuple[int]` unpacks in a subscript (PEP 646).
var GenericAliasIteratorType = newType("generic_alias_iterator", ObjectType)

// genericAliasIterator yields the starred form of g, then ends (g nil).
type genericAliasIterator struct{ g *GenericAlias }

// Type returns GenericAliasIteratorType.
func (*genericAliasIterator) Type() *Type { return GenericAliasIteratorType }

func init() {
	t := GenericAliasIteratorType
	t.Flags |= TypeFinal
	t.Slots.Iter = selfIter
	t.Slots.IterNext = func(ts *Thread, o Object) (Object, error) {
		it := o.(*genericAliasIterator)
		if it.g == nil {
			return nil, nil
		}
		s := *it.g
		s.starred = true
		it.g = nil
		return &s, nil
	}
	t.Methods = iterPickling("iter", func(ts *Thread, fn Object, self Object) (Object, error) {
		if g := self.(*genericAliasIterator).g; g != nil {
			return reduceTo(fn, []Object{g}, nil), nil
		}
		return reduceTo(fn, []Object{NewTuple(nil)}, nil), nil
	}, nil)
}

// genericAliasReduce is GenericAlias.__reduce__: (GenericAlias, (origin, args)), and for a
// starred alias next(iter(the plain one)), which is how one is made.
func genericAliasReduce(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
	g := self.(*GenericAlias)
	if !g.starred {
		return reduceTo(GenericAliasType, []Object{g.Origin, g.args}, nil), nil
	}
	next, err := builtinNamed(ts, "next")
	if err != nil {
		return nil, err
	}
	plain := *g
	plain.starred = false
	return reduceTo(next, []Object{&genericAliasIterator{g: &plain}}, nil), nil
}
