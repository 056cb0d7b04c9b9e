package analysis

import (
	"sort"
	"strconv"
	"strings"

	"github.com/taipanpy/taipan/gen/dsl"
)

// addInstructions builds an instruction for every inst and macro.
func (b *builder) addInstructions() error {
	for _, name := range b.defOrder {
		d := b.defs[name]
		switch {
		case d.Inst != nil && d.Inst.Kind == "inst":
			u := b.a.Uops["_"+name]
			in := &Instruction{Name: name, Pos: u.Pos}
			placed := false
			for _, it := range d.Inst.Inputs {
				if it.Cache != nil && it.Name == "unused" {
					in.Parts = append(in.Parts, &Skip{Name: it.Name, Size: *it.Cache, Pos: dsl.ToPos(it.Pos)})
				} else if !placed {
					in.Parts = append(in.Parts, u)
					placed = true
				}
			}
			if !placed {
				in.Parts = append(in.Parts, u)
			}
			b.addInstruction(in)
		case d.Macro != nil:
			in := &Instruction{Name: name, IsMacro: true, Pos: dsl.ToPos(d.Macro.Pos)}
			for _, p := range d.Macro.Parts {
				pos := dsl.ToPos(p.Pos)
				if p.Size != nil {
					// cache/2, counter/1: any name/K skips K units, as in CPython.
					in.Parts = append(in.Parts, &Skip{Name: p.Name, Size: *p.Size, Pos: pos})
					continue
				}
				u, ok := b.a.Uops[p.Name]
				if !ok {
					// An inst is also a uop under its own name, as in CPython.
					if iu, found := b.a.Uops["_"+p.Name]; found && iu.Implicit {
						u, ok = iu, true
					}
				}
				if !ok {
					return errorAt(pos, "macro %s: no uop named %s", name, p.Name)
				}
				in.Parts = append(in.Parts, u)
			}
			b.addInstruction(in)
		}
	}
	return nil
}

func (b *builder) addInstruction(in *Instruction) {
	in.Size = 1
	for _, p := range in.Parts {
		in.Size += p.CacheUnits()
	}
	b.a.Instructions[in.Name] = in
	b.instOrder = append(b.instOrder, in.Name)
}

// addFamilies links families to their instructions and checks that every member agrees
// with the head on stack effect and cache size.
func (b *builder) addFamilies() error {
	for _, fd := range b.families {
		pos := dsl.ToPos(fd.Pos)
		head, ok := b.a.Instructions[fd.Name]
		if !ok {
			return errorAt(pos, "family %s: no instruction named %s", fd.Name, fd.Name)
		}
		f := &Family{Name: fd.Name, Head: head, SizeName: fd.SizeName, Pos: pos}
		if fd.Size != nil {
			f.Size = *fd.Size
		}
		for _, m := range fd.Members {
			in, ok := b.a.Instructions[m.Name]
			if !ok {
				return errorAt(dsl.ToPos(m.Pos), "family %s: no instruction named %s", fd.Name, m.Name)
			}
			if in.Family != nil {
				return errorAt(dsl.ToPos(m.Pos), "family %s: %s already belongs to family %s", fd.Name, m.Name, in.Family.Name)
			}
			if in == head {
				return errorAt(dsl.ToPos(m.Pos), "family %s: the head is not listed among its own members", fd.Name)
			}
			f.Members = append(f.Members, in)
		}
		b.addFamily(f)
	}
	for _, f := range b.a.FamilyOrder {
		if err := b.checkFamily(f); err != nil {
			return err
		}
	}
	// CPython keeps this historical member outside the family's definition, because its
	// stack effect differs from the head's (it stores its result in place).
	if bo, ok := b.a.Families["BINARY_OP"]; ok {
		if in, ok := b.a.Instructions["BINARY_OP_INPLACE_ADD_UNICODE"]; ok && in.Family == nil {
			bo.Members = append(bo.Members, in)
			in.Family = bo
		}
	}
	return nil
}

func (b *builder) addFamily(f *Family) {
	if f.Head.Family != nil {
		return
	}
	f.Head.Family = f
	for _, m := range f.Members {
		m.Family = f
	}
	b.a.Families[f.Name] = f
	b.a.FamilyOrder = append(b.a.FamilyOrder, f)
}

func (b *builder) checkFamily(f *Family) error {
	headEffect, err := computeEffect(f.Head.Uops())
	if err != nil {
		return nil // reported with the instruction
	}
	for _, m := range append([]*Instruction{f.Head}, f.Members...) {
		if f.SizeName == "" && m.Size-1 != f.Size {
			return errorAt(f.Pos, "family %s: %s has %d cache units, but the family declares %d", f.Name, m.Name, m.Size-1, f.Size)
		}
		if m == f.Head || m.Name == "BINARY_OP_INPLACE_ADD_UNICODE" {
			continue // the in-place add stores its result in a local and pushes nothing
		}
		e, err := computeEffect(m.Uops())
		if err != nil {
			continue
		}
		// A member may fix what the head leaves to oparg (UNPACK_SEQUENCE_TWO_TUPLE pushes 2
		// where UNPACK_SEQUENCE pushes oparg), so only effects that are both constant must agree.
		if e != headEffect && constEffect(e) && constEffect(headEffect) {
			return errorAt(f.Pos, "family %s: %s pops %s and pushes %s, but the head pops %s and pushes %s",
				f.Name, m.Name, e.Popped, e.Pushed, headEffect.Popped, headEffect.Pushed)
		}
	}
	return nil
}

// addPseudos builds the pseudo-instructions.
func (b *builder) addPseudos() error {
	for _, name := range b.defOrder {
		d := b.defs[name].Pseudo
		if d == nil {
			continue
		}
		p := &Pseudo{Name: name, Pos: dsl.ToPos(d.Pos)}
		for _, fl := range d.Flags {
			short := strings.TrimSuffix(strings.TrimPrefix(fl.Name, "HAS_"), "_FLAG")
			if FlagByName(short) == 0 {
				return errorAt(dsl.ToPos(fl.Pos), "pseudo %s: unknown flag %s (flags are HAS_ARG, HAS_JUMP, ...)", name, fl.Name)
			}
			p.Flags = append(p.Flags, short)
		}
		if len(d.Targets) == 0 {
			return errorAt(p.Pos, "pseudo %s has no targets", name)
		}
		if d.Effect != nil {
			st, err := pseudoStack(name, d.Effect)
			if err != nil {
				return err
			}
			p.Stack = st
		}
		for _, t := range d.Targets {
			in, ok := b.a.Instructions[t.Name]
			if !ok {
				return errorAt(dsl.ToPos(t.Pos), "pseudo %s: no instruction named %s", name, t.Name)
			}
			p.Targets = append(p.Targets, in)
		}
		b.a.Pseudos[name] = p
	}
	return nil
}

// markTargets marks family heads and the targets of GO_TO_INSTRUCTION.
func (b *builder) markTargets() error {
	for _, f := range b.a.FamilyOrder {
		f.Head.IsTarget = true
	}
	for _, name := range b.defOrder {
		d := b.defs[name].Inst
		if d == nil {
			continue
		}
		uname := name
		if d.Kind == "inst" {
			uname = "_" + name
		}
		u := b.a.Uops[uname]
		for _, f := range u.Body.FormsOf(GoToInstruction) {
			t, ok := b.a.Instructions[f.Args[0]]
			if !ok {
				return errorAt(u.Body.PosAt(f.ArgRanges[0][0]), "GO_TO_INSTRUCTION: no instruction named %s", f.Args[0])
			}
			t.IsTarget = true
		}
	}
	return nil
}

// computeInstructions derives each instruction's properties and stack effect, and each
// pseudo's.
func (b *builder) computeInstructions() error {
	for _, name := range b.instOrder {
		in := b.a.Instructions[name]
		uops := in.Uops()
		in.Properties = Properties{ConstOparg: -1}
		for i, u := range uops {
			if i == 0 {
				in.Properties = u.Properties
				in.Properties.ConstOparg = -1
			} else {
				in.Properties = in.Properties.union(u.Properties)
			}
		}
		e, err := computeEffect(uops)
		if err != nil {
			if de, ok := err.(*dsl.Error); ok && in.IsMacro {
				de.Msg = "macro " + in.Name + ": " + de.Msg
			}
			return err
		}
		in.Effect = e
	}
	for _, p := range b.a.Pseudos {
		e := p.Targets[0].Effect
		p.Effect = &e
		p.Properties = p.Targets[0].Properties
		for _, t := range p.Targets[1:] {
			if t.Effect != e {
				p.Effect = nil
			}
			p.Properties = p.Properties.union(t.Properties)
		}
		if p.Stack != nil {
			// The declared effect wins: targets may disagree (JUMP), or take an oparg the
			// pseudo does not have (SETUP_FINALLY becomes NOP).
			e := (&Uop{Stack: *p.Stack}).Effect()
			p.Effect = &e
		}
	}
	return nil
}

// pseudoStack converts a pseudo's declared stack effect.
func pseudoStack(name string, g *dsl.PseudoGroup) (*StackEffect, error) {
	st := &StackEffect{}
	seen := map[string]bool{}
	for _, side := range []struct {
		items []*dsl.Item
		out   *[]*StackItem
	}{{g.Inputs, &st.Inputs}, {g.Outputs, &st.Outputs}} {
		clear(seen)
		for _, it := range side.items {
			if it.Name != "unused" && seen[it.Name] {
				return nil, errorAt(dsl.ToPos(it.Pos), "%s is declared twice in the stack effect of pseudo %s", it.Name, name)
			}
			seen[it.Name] = true
			s, err := makeItem(it)
			if err != nil {
				return nil, err
			}
			*side.out = append(*side.out, s)
		}
	}
	markPeeks(st)
	return st, nil
}

// assignOpcodes numbers instructions and pseudos as CPython 3.13 does.
func (b *builder) assignOpcodes() error {
	a := b.a
	fixed := []struct {
		name string
		op   int
	}{{"CACHE", 0}, {"RESERVED", 17}, {"RESUME", 149}, {"BINARY_OP_INPLACE_ADD_UNICODE", 3}, {"INSTRUMENTED_LINE", 254}}
	used := map[int]bool{0: true}
	for _, f := range fixed {
		if _, ok := a.Instructions[f.name]; ok {
			a.Opmap[f.name] = f.op
			a.OpmapOrder = append(a.OpmapOrder, f.name)
			used[f.op] = true
		}
	}
	var instrumented, specialized, noArg, hasArg []string
	for _, name := range b.instOrder {
		in := a.Instructions[name]
		switch {
		case strings.HasPrefix(name, "INSTRUMENTED"):
			instrumented = append(instrumented, name)
		case in.Family != nil && in.Family.Head != in:
			specialized = append(specialized, name)
		case in.Properties.Oparg:
			hasArg = append(hasArg, name)
		default:
			noArg = append(noArg, name)
		}
	}
	sort.Strings(specialized)
	sort.Strings(noArg)
	sort.Strings(hasArg)
	minInstrumented := 254 - (len(instrumented) - 1)
	if 150+len(specialized) >= minInstrumented {
		return errorAt(dsl.Pos{File: b.firstFile(), Line: 1, Col: 1}, "too many instructions: %d specialised and %d instrumented do not fit below 255", len(specialized), len(instrumented))
	}
	next := 1
	add := func(name string) error {
		if _, ok := a.Opmap[name]; ok {
			return nil
		}
		for used[next] {
			next++
		}
		if next > 255 {
			return errorAt(a.Instructions[name].Pos, "no opcode left for %s", name)
		}
		a.Opmap[name] = next
		a.OpmapOrder = append(a.OpmapOrder, name)
		used[next] = true
		next++
		return nil
	}
	for _, n := range noArg {
		if err := add(n); err != nil {
			return err
		}
	}
	// CPython's HAVE_ARGUMENT is this count, not the first with-argument number: with the
	// fixed numbers in the no-argument range (BINARY_OP_INPLACE_ADD_UNICODE's 3, a family
	// member) it is one less, so 3.13's 44 is WITH_EXCEPT_START, which takes no argument.
	a.HaveArgument = len(noArg)
	for _, n := range hasArg {
		if err := add(n); err != nil {
			return err
		}
	}
	if next > 150 {
		return errorAt(dsl.Pos{File: b.firstFile(), Line: 1, Col: 1}, "too many instructions: the generic ones run past opcode 149")
	}
	next = 150
	for _, n := range specialized {
		if err := add(n); err != nil {
			return err
		}
	}
	next = minInstrumented
	for _, n := range instrumented {
		if err := add(n); err != nil {
			return err
		}
	}
	a.MinInstrumented = minInstrumented
	for name, in := range a.Instructions {
		in.Opcode = a.Opmap[name]
	}
	var pseudos []string
	for name := range a.Pseudos {
		pseudos = append(pseudos, name)
	}
	sort.Strings(pseudos)
	for i, name := range pseudos {
		a.Pseudos[name].Opcode = 256 + i
		a.Opmap[name] = 256 + i
		a.OpmapOrder = append(a.OpmapOrder, name)
	}
	return nil
}

func (b *builder) firstFile() string {
	for _, name := range b.defOrder {
		_, pos := defName(b.defs[name])
		return pos.File
	}
	return ""
}

// assignUopIDs numbers the uops that exist in tier 2: _EXIT_TRACE is 300 and _SET_IP 301
// when they exist, the rest follow in name order. An implicit uop that is not replicated
// shares its instruction's opcode; tier-1-only uops get no id.
func (b *builder) assignUopIDs() error {
	a := b.a
	var names []string
	for name := range a.Uops {
		names = append(names, name)
	}
	sort.Strings(names)
	next := 300
	for _, fixed := range []string{"_EXIT_TRACE", "_SET_IP"} {
		if u, ok := a.Uops[fixed]; ok && u.Properties.Tier != 1 {
			a.UopIDs[fixed] = next
			next++
		}
	}
	for _, name := range names {
		u := a.Uops[name]
		if _, done := a.UopIDs[name]; done || u.Properties.Tier == 1 {
			continue
		}
		if u.Implicit && u.Replicated == 0 {
			a.UopIDs[name] = a.Opmap[name[1:]]
			continue
		}
		a.UopIDs[name] = next
		next++
	}
	a.MaxUopID = 0
	for _, id := range a.UopIDs {
		a.MaxUopID = max(a.MaxUopID, id)
	}
	return nil
}

// computeExpansions records each instruction's tier-2 uop sequence.
func (b *builder) computeExpansions() error {
	for _, in := range b.a.Instructions {
		if first, second, ok := b.superParts(in); ok {
			in.Expansion = []ExpansionEntry{{Uop: first, Kind: OpargTop}, {Uop: second, Kind: OpargBottom}}
			continue
		}
		if !viableExpansion(in) {
			continue
		}
		offset := 0
		exp := []ExpansionEntry{}
		for _, p := range in.Parts {
			if u, ok := p.(*Uop); ok && !u.HasAnnotation("specializing") {
				kind := u.CacheUnits()
				if u.Name == "_SAVE_RETURN_OFFSET" {
					kind = OpargSaveReturnOffset
				}
				if u.HasAnnotation("replaced") {
					kind = OpargReplaced
				}
				// As in CPython's table, an entry that reads nothing from the cache has offset 0.
				at := 0
				if kind != OpargFull {
					at = offset
				}
				exp = append(exp, ExpansionEntry{Uop: u.Name, Kind: kind, Offset: at})
			}
			offset += p.CacheUnits()
		}
		if len(exp) > 8 {
			return errorAt(in.Pos, "%s expands to %d uops; at most 8 are allowed", in.Name, len(exp))
		}
		in.Expansion = exp
	}
	return nil
}

// superParts splits a super-instruction A_B into the single uops of A and B.
func (b *builder) superParts(in *Instruction) (string, string, bool) {
	uops := in.Uops()
	if len(uops) != 1 || !uops[0].IsSuper() {
		return "", "", false
	}
	pieces := strings.Split(in.Name, "_")
	for i := 1; i < len(pieces); i++ {
		x, y := b.a.Instructions[strings.Join(pieces[:i], "_")], b.a.Instructions[strings.Join(pieces[i:], "_")]
		if x != nil && y != nil && len(x.Parts) == 1 && len(y.Parts) == 1 {
			return x.Parts[0].PartName(), y.Parts[0].PartName(), true
		}
	}
	return "", "", false
}

// viableExpansion reports whether every uop of the instruction can run in tier 2.
// Specializing uops are left out of expansions, and replaced uops stay in them: the trace
// projector puts their tier-2 forms in their place.
func viableExpansion(in *Instruction) bool {
	for _, u := range in.Uops() {
		if u.HasAnnotation("specializing") || u.HasAnnotation("replaced") {
			continue
		}
		if u.Properties.Tier == 1 || !u.IsViable() {
			return false
		}
	}
	return true
}

// constEffect reports whether both counts of an effect are integers.
func constEffect(e Effect) bool {
	_, err1 := strconv.Atoi(e.Popped)
	_, err2 := strconv.Atoi(e.Pushed)
	return err1 == nil && err2 == nil
}
