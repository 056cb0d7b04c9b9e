package objects

import "fmt"

// Weak proxies (weakref.ProxyType and weakref.CallableProxyType): every operation on a proxy
// is done on its object instead, and raises ReferenceError once the object is gone. Proxies
// are not hashable, since their equality changes when the object dies.

// proxyObject returns the object of proxy p, or ReferenceError when it is gone.
func proxyObject(p *WeakRef) (Object, error) {
	if o := p.Get(); o != nil {
		return o, nil
	}
	return nil, Errorf(ReferenceErrorType, "weakly-referenced object no longer exists")
}

// unwrapProxy returns o's object when o is a proxy, else o.
func unwrapProxy(o Object) (Object, error) {
	if p, ok := o.(*WeakRef); ok && p.isProxy() {
		return proxyObject(p)
	}
	return o, nil
}

// unwrapProxies unwraps each operand in place.
func unwrapProxies(ops ...*Object) error {
	for _, o := range ops {
		v, err := unwrapProxy(*o)
		if err != nil {
			return err
		}
		*o = v
	}
	return nil
}

// proxyUnary makes a unary slot that applies f to the object.
func proxyUnary[R any](f func(*Thread, Object) (R, error)) func(*Thread, Object) (R, error) {
	return func(ts *Thread, o Object) (R, error) {
		if err := unwrapProxies(&o); err != nil {
			var zero R
			return zero, err
		}
		return f(ts, o)
	}
}

// proxyBinary makes a binary slot that applies f to the operands, proxies unwrapped.
func proxyBinary(f func(*Thread, Object, Object) (Object, error)) func(*Thread, Object, Object) (Object, error) {
	return func(ts *Thread, a, b Object) (Object, error) {
		if err := unwrapProxies(&a, &b); err != nil {
			return nil, err
		}
		return f(ts, a, b)
	}
}

// proxyRepr is repr() of a proxy, which names its object without asking it anything.
func proxyRepr(ts *Thread, o Object) (*Str, error) {
	p := o.(*WeakRef)
	obj := p.Get()
	if obj == nil {
		return NewStr(fmt.Sprintf("<weakproxy at %s; dead>", addressOf(p))), nil
	}
	return NewStr(fmt.Sprintf("<weakproxy at %s; to '%s' at %s>", addressOf(p), obj.Type().Name, addressOf(obj))), nil
}

// proxyMethod makes a method that calls the object's method name, as CPython's proxies
// define __bytes__ and __reversed__.
func proxyMethod(name string) MethodDef {
	return MethodDef{Name: name, Flags: MethNoArgs, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
		if err := unwrapProxies(&self); err != nil {
			return nil, err
		}
		return CallMethod(ts, self, name)
	}}
}

func init() {
	for _, t := range []*Type{ProxyType, CallableProxyType} {
		t.Flags |= TypeFinal
		s := &t.Slots
		s.GetAttr = func(ts *Thread, o Object, name *Str) (Object, error) {
			if err := unwrapProxies(&o); err != nil {
				return nil, err
			}
			return GetAttr(ts, o, name)
		}
		s.SetAttr = func(ts *Thread, o Object, name *Str, v Object) error {
			if err := unwrapProxies(&o); err != nil {
				return err
			}
			return SetAttr(ts, o, name, v)
		}
		s.Repr = proxyRepr
		s.Str = proxyUnary(StrOf)
		s.Hash = unhashable
		s.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
			if err := unwrapProxies(&a, &b); err != nil {
				return nil, err
			}
			return Compare(ts, a, b, op)
		}
		for i := range s.NumBinary {
			op := BinaryOp(i)
			s.NumBinary[i] = proxyBinary(func(ts *Thread, a, b Object) (Object, error) { return Binary(ts, a, b, op) })
			s.NumInplace[i] = proxyBinary(func(ts *Thread, a, b Object) (Object, error) {
				return Binary(ts, a, b, op+OpInplaceAdd)
			})
		}
		s.Divmod = proxyBinary(DivMod)
		s.PowerMod = func(ts *Thread, a, b, mod Object) (Object, error) {
			if err := unwrapProxies(&a, &b, &mod); err != nil {
				return nil, err
			}
			return Power(ts, a, b, mod)
		}
		s.Negative = proxyUnary(Negative)
		s.Positive = proxyUnary(Positive)
		s.Invert = proxyUnary(Invert)
		s.Absolute = proxyUnary(Absolute)
		s.Bool = proxyUnary(IsTrue)
		s.Int = proxyUnary(ToInt)
		s.Float = proxyUnary(ToFloat)
		s.Index = proxyUnary(Index)
		s.Len = proxyUnary(Len)
		s.GetItem = proxyBinary(GetItem)
		s.SetItem = func(ts *Thread, o, key, v Object) error {
			if err := unwrapProxies(&o); err != nil {
				return err
			}
			if v == nil {
				return DelItem(ts, o, key)
			}
			return SetItem(ts, o, key, v)
		}
		s.Contains = func(ts *Thread, o, item Object) (bool, error) {
			if err := unwrapProxies(&o); err != nil {
				return false, err
			}
			return Contains(ts, o, item)
		}
		s.Iter = proxyUnary(GetIter)
		s.IterNext = func(ts *Thread, o Object) (Object, error) {
			if err := unwrapProxies(&o); err != nil {
				return nil, err
			}
			next := o.Type().Slots.IterNext
			if next == nil {
				return nil, Errorf(TypeErrorType, "Weakref proxy referenced a non-iterator '%s' object", o.Type().Name)
			}
			return next(ts, o)
		}
	}
	ProxyType.Methods = []MethodDef{proxyMethod("__bytes__"), proxyMethod("__reversed__")}
	CallableProxyType.Slots.Call = func(ts *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := unwrapProxies(&o); err != nil {
			return nil, err
		}
		return Call(ts, o, args, kwnames)
	}
}
