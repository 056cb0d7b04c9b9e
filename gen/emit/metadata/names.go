package metadata

import (
	"github.com/dave/jennifer/jen"

	"github.com/taipanpy/taipan/gen/analysis"
)

// formatString emits Format.String: the format's name ("IBC00"), which disassemblers and
// opcode dumps print.
func formatString(f *jen.File) {
	f.Comment("String returns the format's name, as in CPython's INSTR_FMT_ names without the prefix: \"IBC\",")
	f.Comment("\"PSEUDO\" for pseudo-instructions.")
	f.Func().Params(jen.Id("f").Id("Format")).Id("String").Params().String().Block(
		jen.Switch().Block(
			jen.Case(jen.Id("f").Op("==").Id("FmtPseudo")).Block(jen.Return(jen.Lit("PSEUDO"))),
			jen.Case(jen.Id("f").Op(">=").Lit(0).Op("&&").Int().Call(jen.Id("f")).Op("<").Len(jen.Id("formatNames"))).Block(
				jen.Return(jen.Id("formatNames").Index(jen.Id("f"))),
			),
		),
		jen.Return(jen.Lit("Format(").Op("+").Qual("strconv", "Itoa").Call(jen.Int().Call(jen.Id("f"))).Op("+").Lit(")")),
	)
}

// flagString emits FlagNames and Flag.String, so that tools print flags by name without a
// hand-kept copy of the list.
func flagString(f *jen.File) {
	f.Comment("FlagNames names the flags, lowest bit first: FlagNames[i] is the name of Flag(1 << i).")
	f.Var().Id("FlagNames").Op("=").Index(jen.Op("...")).String().ValuesFunc(func(g *jen.Group) {
		for _, n := range analysis.FlagNames {
			g.Lit(n)
		}
	})
	f.Comment("String spells out the flags set, lowest bit first, joined by commas (\"ARG,JUMP\"); it is")
	f.Comment("\"\" when none is. Bits without a name are left out.")
	f.Func().Params(jen.Id("f").Id("Flag")).Id("String").Params().String().Block(
		jen.Id("s").Op(":=").Lit(""),
		jen.For(jen.List(jen.Id("i"), jen.Id("name")).Op(":=").Range().Id("FlagNames")).Block(
			jen.If(jen.Id("f").Op("&").Parens(jen.Lit(1).Op("<<").Id("i")).Op("==").Lit(0)).Block(jen.Continue()),
			jen.If(jen.Id("s").Op("!=").Lit("")).Block(jen.Id("s").Op("+=").Lit(",")),
			jen.Id("s").Op("+=").Id("name"),
		),
		jen.Return(jen.Id("s")),
	)
}
