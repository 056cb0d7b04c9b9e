// Package unicodedata is CPython's unicodedata module: the Unicode character database
// (Unicode 15.1.0, as CPython 3.13 ships it) with the ucd_3_2_0 view of Unicode 3.2.0 that
// idna and stringprep use. The data lives in package ucd.
package unicodedata

import (
	"github.com/taipanpy/taipan/modules/internal/goclass"
	"github.com/taipanpy/taipan/modules/unicodedata/ucd"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the unicodedata module.
var Module = vm.BuiltinModule{Name: "unicodedata", Init: initModule}

const moduleDoc = "This module provides access to the Unicode Character Database which\n" +
	"defines character properties for all Unicode characters. The data in\n" +
	"this database is based on the UnicodeData.txt file version\n" +
	ucd.Version + " which is publicly available from ftp://ftp.unicode.org/.\n\n" +
	"The module uses the same names and symbols as defined by the\n" +
	"UnicodeData File Format " + ucd.Version + "."

// ucdObject is an instance of UCD: a view of an older version of the database. The only
// one is ucd_3_2_0.
type ucdObject struct {
	cls *objects.Type
}

// Type returns the UCD class.
func (u *ucdObject) Type() *objects.Type { return u.cls }

// is32 reports whether a function was called as a method of ucd_3_2_0 rather than as a
// module function.
func is32(self objects.Object) bool {
	_, ok := self.(*ucdObject)
	return ok
}

func initModule(ts *objects.Thread, m *objects.Module) error {
	defs := functions()
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	cls, err := goclass.New(ts, goclass.Spec{
		Module:  "unicodedata",
		Name:    "UCD",
		Slots:   []string{},
		Final:   true,
		Methods: functions(),
		GetSets: []objects.GetSetDef{{Name: "unidata_version", Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
			return objects.NewStr("3.2.0"), nil
		}, Set: func(*objects.Thread, objects.Object, objects.Object) error {
			// CPython's is a read-only member.
			return objects.Errorf(objects.AttributeErrorType, "readonly attribute")
		}}},
	})
	if err != nil {
		return err
	}
	// Python code cannot make UCD objects; the message names the class as CPython's does.
	cls.Slots.New = func(*objects.Thread, *objects.Type, []objects.Object, *objects.Tuple) (objects.Object, error) {
		return nil, objects.Errorf(objects.TypeErrorType, "cannot create 'unicodedata.UCD' instances")
	}
	cls.Dict.DelItem(ts, objects.NewStr("__new__"))
	cls.Dict.SetStr(objects.NewStr("__doc__"), objects.None)
	// Like CPython's, the class is immutable and messages name it "unicodedata.UCD", while
	// __name__ and __qualname__ are "UCD".
	cls.Flags &^= objects.TypeHeap
	cls.Name = "unicodedata.UCD"
	m.Dict.SetStr(objects.NewStr("UCD"), cls)
	m.Dict.SetStr(objects.NewStr("ucd_3_2_0"), &ucdObject{cls: cls})
	m.Dict.SetStr(objects.NewStr("unidata_version"), objects.NewStr(ucd.Version))
	m.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr(moduleDoc))
	return nil
}

// functions are the module's functions, which are also the methods of UCD.
func functions() []objects.MethodDef {
	return []objects.MethodDef{
		valueFunc("decimal", "not a decimal", decimalOf, decimalDoc),
		valueFunc("digit", "not a digit", digitOf, digitDoc),
		valueFunc("numeric", "not a numeric character", numericOf, numericDoc),
		charFunc("category", categoryDoc, func(r rune, v32 bool) objects.Object {
			return objects.NewStr(ucd.Categories[ucd.Lookup(r, v32).Category])
		}),
		charFunc("bidirectional", bidirectionalDoc, func(r rune, v32 bool) objects.Object {
			return objects.NewStr(ucd.Bidis[ucd.Lookup(r, v32).Bidi])
		}),
		charFunc("combining", combiningDoc, func(r rune, v32 bool) objects.Object {
			return objects.NewInt(int64(ucd.Lookup(r, v32).Combining))
		}),
		charFunc("mirrored", mirroredDoc, func(r rune, v32 bool) objects.Object {
			if ucd.Lookup(r, v32).Mirrored {
				return objects.NewInt(1)
			}
			return objects.NewInt(0)
		}),
		charFunc("east_asian_width", eastAsianWidthDoc, func(r rune, v32 bool) objects.Object {
			return objects.NewStr(ucd.EastAsianWidths[ucd.Lookup(r, v32).EastAsianWidth])
		}),
		charFunc("decomposition", decompositionDoc, decompositionOf),
		formFunc("is_normalized", isNormalizedDoc, isNormalized),
		formFunc("normalize", normalizeDoc, normalize),
		{Name: "name", Flags: objects.MethFastcall, Func: name, Doc: nameDoc},
		{Name: "lookup", Flags: objects.MethO, Func: lookup, Doc: lookupDoc},
	}
}
