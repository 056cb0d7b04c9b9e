package vm

import (
	"testing"

	"github.com/taipanpy/taipan/objects"
)

func TestBuiltinModulesAreBuiltOncePerInterpreter(t *testing.T) {
	inits := 0
	def := BuiltinModule{Name: "answer", Init: func(ts *objects.Thread, m *objects.Module) error {
		inits++
		m.Dict.SetStr(objects.NewStr("value"), objects.NewInt(42))
		return nil
	}}
	a, b := newTestThread(), newTestThread()
	a.Interp.AddBuiltinModules(def)
	b.Interp.AddBuiltinModules(def)
	m1, ok, err := a.Interp.ImportBuiltin(&a.Thread, "answer")
	if !ok || err != nil || m1.Dict.GetStr(objects.NewStr("value")).(*objects.Int).String() != "42" {
		t.Fatalf("import: %v %v %v", m1, ok, err)
	}
	m2, _, _ := a.Interp.ImportBuiltin(&a.Thread, "answer")
	m3, _, _ := b.Interp.ImportBuiltin(&b.Thread, "answer")
	if m1 != m2 || m1 == m3 || inits != 2 {
		t.Errorf("same interpreter shares the module (%v), interpreters do not (%v); %d inits, want 2", m1 == m2, m1 != m3, inits)
	}
	if _, ok, _ := a.Interp.ImportBuiltin(&a.Thread, "missing"); ok {
		t.Error("an unknown module was found")
	}
}
