package metadata

import (
	"github.com/dave/jennifer/jen"

	"github.com/taipanpy/taipan/gen/analysis"
)

// tables emits the per-instruction tables: cache sizes, the deopt map, families, tier-2
// expansions, pseudo targets and the unused opcodes.
func tables(f *jen.File, a *analysis.Analysis) {
	f.Comment("Caches maps an opcode to the number of inline-cache units after it; family members")
	f.Comment("are left out (they share their head's layout).")
	f.Var().Id("Caches").Op("=").Index(jen.Lit(256)).Uint8().ValuesFunc(func(g *jen.Group) {
		for _, in := range a.InstructionOrder {
			if in.Size > 1 && (in.Family == nil || in.Family.Head == in) {
				g.Line().Id(in.Name).Op(":").Lit(in.Size - 1)
			}
		}
		g.Line()
	})

	f.Comment("Deopt maps a specialised opcode to its family's head, and every other opcode to itself.")
	f.Var().Id("Deopt").Op("=").Index(jen.Lit(256)).Uint8().ValuesFunc(func(g *jen.Group) {
		for _, in := range a.InstructionOrder {
			target := in.Name
			if in.Family != nil {
				target = in.Family.Name
			}
			g.Line().Id(in.Name).Op(":").Id(target)
		}
		g.Line()
	})

	f.Comment("Specializations maps each family head to its members, in definition order.")
	f.Var().Id("Specializations").Op("=").Map(jen.Int()).Index().Int().ValuesFunc(func(g *jen.Group) {
		for _, fam := range a.FamilyOrder {
			g.Line().Id(fam.Name).Op(":").ValuesFunc(func(m *jen.Group) {
				for _, in := range fam.Members {
					m.Id(in.Name)
				}
			})
		}
		g.Line()
	})

	f.Comment("The oparg kinds of expansion entries; 1, 2 and 4 are cache entry sizes.")
	f.Const().Defs(
		jen.Id("OpargFull").Op("=").Lit(analysis.OpargFull),
		jen.Id("OpargCache1").Op("=").Lit(analysis.OpargCache1),
		jen.Id("OpargCache2").Op("=").Lit(analysis.OpargCache2),
		jen.Id("OpargCache4").Op("=").Lit(analysis.OpargCache4),
		jen.Id("OpargTop").Op("=").Lit(analysis.OpargTop),
		jen.Id("OpargBottom").Op("=").Lit(analysis.OpargBottom),
		jen.Id("OpargSaveReturnOffset").Op("=").Lit(analysis.OpargSaveReturnOffset),
		jen.Id("OpargReplaced").Op("=").Lit(analysis.OpargReplaced),
	)
	f.Comment("Expansion is one uop of an instruction's tier-2 expansion: the uop, how it gets its")
	f.Comment("oparg or operand (an Oparg* kind), and the cache offset of its operand.")
	f.Type().Id("Expansion").Struct(
		jen.Id("Uop").Uint16(),
		jen.Id("Kind").Uint8(),
		jen.Id("Offset").Uint8(),
	)
	f.Comment("MacroExpansion maps an instruction that can run in tier 2 to its uops; it is nil for")
	f.Comment("the others.")
	f.Var().Id("MacroExpansion").Op("=").Index(jen.Lit(256)).Index().Id("Expansion").ValuesFunc(func(g *jen.Group) {
		for _, in := range a.InstructionOrder {
			if in.Expansion == nil {
				continue
			}
			g.Line().Id(in.Name).Op(":").ValuesFunc(func(e *jen.Group) {
				for _, x := range in.Expansion {
					e.Values(jen.Id(uopConst(x.Uop)), jen.Lit(x.Kind), jen.Lit(x.Offset))
				}
			})
		}
		g.Line()
	})

	f.Comment("PseudoTargets maps a pseudo-instruction to the instructions it may become.")
	f.Var().Id("PseudoTargets").Op("=").Map(jen.Int()).Index().Int().ValuesFunc(func(g *jen.Group) {
		for _, p := range a.PseudoOrder {
			g.Line().Id(p.Name).Op(":").ValuesFunc(func(m *jen.Group) {
				for _, t := range p.Targets {
					m.Id(t.Name)
				}
			})
		}
		g.Line()
	})
	f.Comment("IsPseudoTarget reports whether pseudo may become target.")
	f.Func().Id("IsPseudoTarget").Params(jen.List(jen.Id("pseudo"), jen.Id("target")).Int()).Bool().Block(
		jen.For(jen.List(jen.Id("_"), jen.Id("t")).Op(":=").Range().Id("PseudoTargets").Index(jen.Id("pseudo"))).Block(
			jen.If(jen.Id("t").Op("==").Id("target")).Block(jen.Return(jen.True())),
		),
		jen.Return(jen.False()),
	)

	used := map[int]bool{}
	for _, op := range a.Opmap {
		used[op] = true
	}
	f.Comment("UnusedOpcodes lists the opcodes below 256 that no instruction has.")
	f.Var().Id("UnusedOpcodes").Op("=").Index().Uint8().ValuesFunc(func(g *jen.Group) {
		for op := 0; op < 256; op++ {
			if !used[op] {
				g.Lit(op)
			}
		}
	})
}

// uopTables emits the tables indexed by uop id.
func uopTables(f *jen.File, a *analysis.Analysis, names []string) {
	f.Comment("UopName maps a uop id to its name.")
	f.Var().Id("UopName").Op("=").Index(jen.Id("MaxUopID").Op("+").Lit(1)).String().ValuesFunc(func(g *jen.Group) {
		for _, n := range names {
			g.Line().Id(uopConst(n)).Op(":").Lit(n)
		}
		g.Line()
	})
	f.Comment("UopFlags maps a uop id to its flags.")
	f.Var().Id("UopFlags").Op("=").Index(jen.Id("MaxUopID").Op("+").Lit(1)).Id("Flag").ValuesFunc(func(g *jen.Group) {
		for _, n := range names {
			if fl := a.Uops[n].Properties.Flags(); fl != 0 {
				g.Line().Id(uopConst(n)).Op(":").Add(flagExpr(fl))
			}
		}
		g.Line()
	})
	f.Comment("UopReplication maps a replicated uop to its number of variants _X_0 ... _X_{N-1}.")
	f.Var().Id("UopReplication").Op("=").Index(jen.Id("MaxUopID").Op("+").Lit(1)).Uint8().ValuesFunc(func(g *jen.Group) {
		for _, n := range names {
			if r := a.Uops[n].Replicated; r > 0 {
				g.Line().Id(uopConst(n)).Op(":").Lit(r)
			}
		}
		g.Line()
	})
	f.Comment("UopNumPopped returns how many stack slots uop pops for the given oparg, or -1 if the")
	f.Comment("uop is unknown; it sizes the error stubs of tier-2 traces.")
	f.Func().Id("UopNumPopped").Params(jen.List(jen.Id("uop"), jen.Id("oparg")).Int()).Int().Block(
		jen.Id("_").Op("=").Id("oparg"),
		jen.Switch(jen.Id("uop")).BlockFunc(func(g *jen.Group) {
			for _, n := range names {
				g.Case(jen.Id(uopConst(n))).Block(jen.Return(jen.Op(a.Uops[n].Effect().Popped)))
			}
		}),
		jen.Return(jen.Lit(-1)),
	)
}
