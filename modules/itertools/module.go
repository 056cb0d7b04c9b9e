package itertools

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the itertools module.
var Module = vm.BuiltinModule{Name: "itertools", Init: initModule}

func initModule(ts *objects.Thread, m *objects.Module) error {
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	grouperClass, err := newClass(ts, "itertools", classDef{name: "_grouper"})
	if err != nil {
		return err
	}
	set("_grouper", grouperClass)
	defs := []classDef{
		{name: "count", keywords: true, new: newCount, hasRepr: true,
			doc: "Return a count object whose .__next__() method returns consecutive values."},
		{name: "cycle", new: newCycle,
			doc: "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."},
		{name: "repeat", keywords: true, new: newRepeat, hasRepr: true,
			doc:     "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.",
			methods: []objects.MethodDef{{Name: "__length_hint__", Flags: objects.MethNoArgs, Func: repeatLengthHint}}},
		{name: "accumulate", keywords: true, new: newAccumulate, doc: "Return series of accumulated sums (or other binary function results)."},
		{name: "batched", keywords: true, new: newBatched, doc: "Batch data into tuples of length n. The last batch may be shorter than n."},
		{name: "chain", new: newChain,
			doc:     "Return a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.",
			methods: []objects.MethodDef{{Name: "from_iterable", Flags: objects.MethO | objects.MethClass, Func: chainFromIterable}, objects.ClassGetItem}},
		{name: "compress", keywords: true, new: newCompress, doc: "Return data elements corresponding to true selector elements."},
		{name: "dropwhile", new: newPredicated("dropwhile"), doc: "Drop items from the iterable while predicate(item) is true."},
		{name: "takewhile", new: newPredicated("takewhile"), doc: "Return successive entries from an iterable as long as the predicate evaluates to true for each entry."},
		{name: "filterfalse", new: newPredicated("filterfalse"), doc: "Return those items of iterable for which function(item) is false."},
		{name: "groupby", keywords: true, new: groupbyCtor(grouperClass), doc: "make an iterator that returns consecutive keys and groups from the iterable"},
		{name: "islice", new: newIslice, doc: "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object"},
		{name: "pairwise", new: newPairwise, doc: "Return an iterator of overlapping pairs taken from the input iterator."},
		{name: "starmap", new: newStarmap, doc: "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."},
		{name: "zip_longest", keywords: true, new: newZipLongest, doc: "Return a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument."},
		{name: "product", keywords: true, new: newProduct, doc: "Cartesian product of input iterables.  Equivalent to nested for-loops."},
		{name: "permutations", keywords: true, new: newPermutations, doc: "Return successive r-length permutations of elements in the iterable."},
		{name: "combinations", keywords: true, new: newCombinations("combinations", false), doc: "Return successive r-length combinations of elements in the iterable."},
		{name: "combinations_with_replacement", keywords: true, new: newCombinations("combinations_with_replacement", true),
			doc: "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."},
		teeDef(),
	}
	var teeClass *objects.Type
	for _, d := range defs {
		cls, err := newClass(ts, "itertools", d)
		if err != nil {
			return err
		}
		set(d.name, cls)
		if d.name == "_tee" {
			teeClass = cls
		}
	}
	teeDefn := &objects.MethodDef{Name: "tee", Flags: objects.MethFastcall, Func: teeFunc(teeClass),
		Doc: "Returns a tuple of n independent iterators."}
	set("tee", objects.NewBuiltinFunction(teeDefn, m))
	set("__doc__", objects.NewStr("Functional tools for creating and using iterators."))
	return nil
}
