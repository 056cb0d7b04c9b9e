package objects

import (
	"fmt"
	"weak"
)

// Weak references (weakref.ReferenceType, _weakref.ref) and the proxies of weakproxy.go: one
// Go type serves the three types, as PyWeakReference does in CPython.

var (
	// RefType is weakref.ReferenceType, _weakref.ref.
	RefType = newType("weakref.ReferenceType", ObjectType)
	// ProxyType is weakref.ProxyType, the proxies of objects that cannot be called.
	ProxyType = newType("weakref.ProxyType", ObjectType)
	// CallableProxyType is weakref.CallableProxyType, the proxies of callable objects.
	CallableProxyType = newType("weakref.CallableProxyType", ObjectType)
)

// WeakRef is a weak reference or a weak proxy to an object.
type WeakRef struct {
	target *weakTarget
	// callback is called with the reference when the object dies (nil for none, and once
	// it has been taken to be called).
	callback Object
	// hash is the object's hash, kept once computed (hashed) so that a dead reference can
	// still be found in a dict.
	hash   int64
	hashed bool
	// cls is RefType, ProxyType or CallableProxyType; a subclass of ref is in ext.
	cls *Type
	// pending is the queue of the interpreter that made the reference, where its callback
	// runs.
	pending *PendingCalls
	ext     *Extension
}

// Type returns the reference's type.
func (w *WeakRef) Type() *Type { return w.ext.classOr(w.cls) }

func (w *WeakRef) extension() *Extension     { return w.ext }
func (w *WeakRef) setExtension(e *Extension) { w.ext = e }

// Get returns the object the reference refers to, or nil once it is gone.
func (w *WeakRef) Get() Object { return w.target.get() }

// Callback returns the reference's callback, nil for none.
func (w *WeakRef) Callback() Object {
	weakTargets.Lock()
	defer weakTargets.Unlock()
	return w.callback
}

// isProxy reports whether w is a proxy rather than a ref.
func (w *WeakRef) isProxy() bool { return w.cls != RefType }

// isBasic reports whether w is a ref or proxy that ref(o) or proxy(o) without a callback
// returns again instead of making a new one: one without callback of the exact type.
func (w *WeakRef) isBasic(proxy bool) bool {
	return w.callback == nil && w.ext == nil && w.isProxy() == proxy
}

// NewWeakRef returns a weak reference of class cls (ref or a subclass) to o, calling callback
// (nil or None for none) with it when o dies, as weakref.ref(o, callback) does: without a
// callback, ref(o) returns o's existing plain reference when it has one.
func NewWeakRef(ts *Thread, cls *Type, o, callback Object) (*WeakRef, error) {
	return newWeak(ts, cls, RefType, o, callback)
}

// NewWeakProxy returns a weak proxy to o, as weakref.proxy(o, callback) does.
func NewWeakProxy(ts *Thread, o, callback Object) (*WeakRef, error) {
	cls := ProxyType
	if o.Type().Slots.Call != nil {
		cls = CallableProxyType
	}
	return newWeak(ts, cls, cls, o, callback)
}

// newWeak makes a reference or proxy of class cls whose base kind is base, reusing the
// basic one when it can, and inserts it in o's list where CPython would.
func newWeak(ts *Thread, cls, base *Type, o, callback Object) (*WeakRef, error) {
	if !SupportsWeakrefs(o.Type()) {
		return nil, Errorf(TypeErrorType, "cannot create weak reference to '%s' object", o.Type().Name)
	}
	if _, _, ok := weakKey(o); !ok {
		return nil, Errorf(TypeErrorType, "cannot create weak reference to '%s' object", o.Type().Name)
	}
	if callback == None {
		callback = nil
	}
	proxy := base != RefType
	weakTargets.Lock()
	defer weakTargets.Unlock()
	t := targetOf(o)
	refs := t.live()
	var ref, prox *WeakRef
	if len(refs) > 0 && refs[0].isBasic(false) {
		ref = refs[0]
	}
	if i := boolInt(ref != nil); i < len(refs) && refs[i].isBasic(true) {
		prox = refs[i]
	}
	if callback == nil && cls == base {
		if !proxy && ref != nil {
			return ref, nil
		}
		if proxy && prox != nil {
			return prox, nil
		}
	}
	w := &WeakRef{target: t, callback: callback, cls: base, pending: ts.PendingCalls()}
	if cls != base {
		w.ext = NewExtension(cls)
	}
	// The basic ref goes first, the basic proxy after it, every other reference after both.
	at := 0
	switch {
	case w.isBasic(false):
	case w.isBasic(true):
		at = boolInt(ref != nil)
	default:
		at = boolInt(ref != nil) + boolInt(prox != nil)
	}
	t.refs = append(t.refs, weak.Pointer[WeakRef]{})
	copy(t.refs[at+1:], t.refs[at:])
	t.refs[at] = weak.Make(w)
	return w, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// weakRefArgs unpacks the object and the optional callback of ref's __new__ and __init__
// and proxy(), with PyArg_UnpackTuple's messages.
func weakRefArgs(name string, args []Object, kwnames *Tuple) (o, callback Object, err error) {
	n := len(args) - kwnames.Len()
	switch {
	case n < 1:
		return nil, nil, Errorf(TypeErrorType, "%s expected at least 1 argument, got %d", name, n)
	case n > 2:
		return nil, nil, Errorf(TypeErrorType, "%s expected at most 2 arguments, got %d", name, n)
	}
	o = args[0]
	if n == 2 {
		callback = args[1]
	}
	return o, callback, nil
}

// weakRefRepr is repr() of a ref: its address and the object's type, address and
// __name__.
func weakRefRepr(ts *Thread, o Object) (*Str, error) {
	w := o.(*WeakRef)
	obj := w.Get()
	if obj == nil {
		return NewStr(fmt.Sprintf("<weakref at %s; dead>", addressOf(w))), nil
	}
	name, err := LookupSpecial(ts, obj, NewStr("__name__"))
	if err != nil && !IsAttributeError(err) {
		return nil, err
	}
	if s, ok := name.(*Str); ok && err == nil {
		return NewStr(fmt.Sprintf("<weakref at %s; to '%s' at %s (%s)>", addressOf(w), obj.Type().Name, addressOf(obj), s.value)), nil
	}
	return NewStr(fmt.Sprintf("<weakref at %s; to '%s' at %s>", addressOf(w), obj.Type().Name, addressOf(obj))), nil
}

func init() {
	for _, t := range []*Type{TypeType, FunctionType, BuiltinFunctionType, MethodType, CodeType, GeneratorType,
		CoroutineType, AsyncGeneratorType, ModuleType, SetType, FrozenSetType} {
		t.Flags |= TypeWeakrefable
	}

	t := RefType
	t.Slots.New = func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		o, callback, err := weakRefArgs("__new__", args, kwnames)
		if err != nil {
			return nil, err
		}
		return NewWeakRef(ts, cls, o, callback)
	}
	t.Slots.Init = func(ts *Thread, o Object, args []Object, kwnames *Tuple) error {
		if kwnames.Len() > 0 {
			return Errorf(TypeErrorType, "ref() takes no keyword arguments")
		}
		_, _, err := weakRefArgs("__init__", args, kwnames)
		return err
	}
	t.Slots.Call = func(ts *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		if kwnames.Len() > 0 {
			return nil, Errorf(TypeErrorType, "weakref() takes no keyword arguments")
		}
		if len(args) != 0 {
			return nil, Errorf(TypeErrorType, "weakref expected 0 arguments, got %d", len(args))
		}
		if obj := o.(*WeakRef).Get(); obj != nil {
			return obj, nil
		}
		return None, nil
	}
	t.Slots.Hash = func(ts *Thread, o Object) (int64, error) {
		w := o.(*WeakRef)
		if w.hashed {
			return w.hash, nil
		}
		obj := w.Get()
		if obj == nil {
			return 0, Errorf(TypeErrorType, "weak object has gone away")
		}
		h, err := Hash(ts, obj)
		if err != nil {
			return 0, err
		}
		w.hash, w.hashed = h, true
		return h, nil
	}
	t.Slots.Repr = weakRefRepr
	// Live references compare their objects; once either is dead, only a reference equals
	// itself.
	t.Slots.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		wa, ok1 := a.(*WeakRef)
		wb, ok2 := b.(*WeakRef)
		if (op != CmpEQ && op != CmpNE) || !ok1 || !ok2 {
			return NotImplemented, nil
		}
		x, y := wa.Get(), wb.Get()
		if x == nil || y == nil {
			return NewBool((wa == wb) == (op == CmpEQ)), nil
		}
		return Compare(ts, x, y, op)
	}
	t.GetSets = []GetSetDef{{Name: "__callback__",
		Get: func(ts *Thread, o Object) (Object, error) {
			if cb := o.(*WeakRef).Callback(); cb != nil {
				return cb, nil
			}
			return None, nil
		},
		Set: func(ts *Thread, o, v Object) error { return Errorf(AttributeErrorType, "readonly attribute") }}}
	t.Methods = []MethodDef{ClassGetItem}
}
