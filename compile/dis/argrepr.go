package dis

import (
	"fmt"
	"strings"

	"github.com/taipanpy/taipan/internal/generated/opcode"
	"github.com/taipanpy/taipan/objects"
)

var cmpOps = []string{"<", "<=", "==", "!=", ">", ">="}

var nbOps = []string{"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
	"+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="}

var intrinsic1 = []string{"INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
	"INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE",
	"INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE",
	"INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS"}

var intrinsic2 = []string{"INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR",
	"INTRINSIC_TYPEVAR_WITH_BOUND", "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
	"INTRINSIC_SET_FUNCTION_TYPE_PARAMS", "INTRINSIC_SET_TYPEPARAM_DEFAULT"}

var functionAttrFlags = []string{"defaults", "kwdefaults", "annotations", "closure"}

func pick(table []string, i int) string {
	if i >= 0 && i < len(table) {
		return table[i]
	}
	return ""
}

func constRepr(c objects.Object) (s string) {
	if code, ok := c.(*objects.Code); ok {
		return fmt.Sprintf("<code object %s at %p, file %q, line %d>", code.Name, code, code.Filename, code.FirstLineno)
	}
	defer func() {
		if recover() != nil {
			s = "<" + c.Type().Name + " object>"
		}
	}()
	r, err := objects.Repr(nil, c)
	if err != nil {
		return "<" + c.Type().Name + " object>"
	}
	return r.Value()
}

func nameAt(code *objects.Code, i int) string {
	if i >= 0 && i < len(code.Names) {
		return code.Names[i].Value()
	}
	return ""
}

func localAt(code *objects.Code, i int) string {
	if i >= 0 && i < len(code.LocalsplusNames) {
		return code.LocalsplusNames[i]
	}
	return ""
}

// argRepr is the meaning of an instruction's oparg (dis's argrepr).
func argRepr(code *objects.Code, in instruction, labels map[int]int) string {
	deop := int(opcode.Deopt[in.op])
	arg := in.arg
	switch {
	case opcode.HasConst(deop):
		if arg >= 0 && arg < len(code.Consts) {
			return constRepr(code.Consts[arg])
		}
		return ""
	case opcode.HasName(deop):
		switch deop {
		case opcode.LOAD_GLOBAL:
			s := nameAt(code, arg>>1)
			if arg&1 != 0 && s != "" {
				s += " + NULL"
			}
			return s
		case opcode.LOAD_ATTR:
			s := nameAt(code, arg>>1)
			if arg&1 != 0 && s != "" {
				s += " + NULL|self"
			}
			return s
		case opcode.LOAD_SUPER_ATTR:
			s := nameAt(code, arg>>2)
			if arg&1 != 0 && s != "" {
				s += " + NULL|self"
			}
			return s
		}
		return nameAt(code, arg)
	case opcode.HasJump(deop):
		t, _ := jumpTarget(in)
		return fmt.Sprintf("to L%d", labels[t])
	case deop == opcode.LOAD_FAST_LOAD_FAST || deop == opcode.STORE_FAST_LOAD_FAST || deop == opcode.STORE_FAST_STORE_FAST:
		return localAt(code, arg>>4) + ", " + localAt(code, arg&15)
	case opcode.HasLocal(deop) || opcode.HasFree(deop):
		return localAt(code, arg)
	case deop == opcode.COMPARE_OP:
		s := pick(cmpOps, arg>>5)
		if arg&16 != 0 {
			s = "bool(" + s + ")"
		}
		return s
	case deop == opcode.CONVERT_VALUE:
		return pick([]string{"", "str", "repr", "ascii"}, arg)
	case deop == opcode.SET_FUNCTION_ATTRIBUTE:
		var parts []string
		for i, f := range functionAttrFlags {
			if arg&(1<<i) != 0 {
				parts = append(parts, f)
			}
		}
		return strings.Join(parts, ", ")
	case deop == opcode.BINARY_OP:
		return pick(nbOps, arg)
	case deop == opcode.CALL_INTRINSIC_1:
		return pick(intrinsic1, arg)
	case deop == opcode.CALL_INTRINSIC_2:
		return pick(intrinsic2, arg)
	}
	return ""
}
