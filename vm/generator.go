package vm

import (
	"github.com/taipanpy/taipan/objects"
)

// Generator is a generator, coroutine or async generator: the frame of a call of a generator
// function, run a step at a time. Its frame lives on the heap, not on a thread's data stack,
// since it outlives the call that made it.
type Generator struct {
	kind *objects.Type
	// frame is the suspended frame; nil once the generator has finished.
	frame          *Frame
	code           *objects.Code
	name, qualname *objects.Str
	running        bool
	started        bool
	// excInfo holds the exceptions being handled inside the generator while it is suspended.
	excInfo []objects.Object
	// closeWatched records that the generator has its finalizer (see watchClose).
	closeWatched bool
	// hooksInited records that an async generator has run the asyncgen hooks of the thread
	// that first iterated it (initHooks).
	hooksInited bool
}

// Type returns the generator's type: generator, coroutine or async_generator.
func (g *Generator) Type() *objects.Type { return g.kind }

// ReturnGenerator turns frame, a generator function's call that has just started, into a
// generator that will resume at resumeAt; RETURN_GENERATOR then ends the call with it.
func ReturnGenerator(ts *objects.Thread, frame *Frame, resumeAt int) *Generator {
	kind := objects.GeneratorType
	switch {
	case frame.Code.Flags&objects.CodeCoroutine != 0:
		kind = objects.CoroutineType
	case frame.Code.Flags&objects.CodeAsyncGenerator != 0:
		kind = objects.AsyncGeneratorType
	}
	locals := make([]objects.Object, len(frame.Localsplus))
	copy(locals, frame.Localsplus)
	gf := &Frame{
		Code: frame.Code, Localsplus: locals, SP: frame.SP, InstrPtr: resumeAt,
		Globals: frame.Globals, Builtins: frame.Builtins, Locals: frame.Locals, Closure: frame.Closure,
	}
	g := &Generator{kind: kind, frame: gf, code: frame.Code,
		name: objects.NewStr(frame.Code.Name), qualname: objects.NewStr(frame.Code.Qualname)}
	if fn := frame.Func; fn != nil {
		// The names are the function's at the call, which may have been changed.
		g.name, g.qualname = fn.Name, fn.Qualname
	}
	return g
}

// kindName is the generator's kind as CPython's messages name it.
func (g *Generator) kindName() string {
	switch g.kind {
	case objects.CoroutineType:
		return "coroutine"
	case objects.AsyncGeneratorType:
		return "async generator"
	}
	return "generator"
}

// resume runs g until it yields, returns or raises, sending it value or throwing exc into it.
// returned reports that it returned result rather than yielding it.
func (g *Generator) resume(ts *objects.Thread, value objects.Object, exc error) (result objects.Object, returned bool, err error) {
	if g.running {
		return nil, false, objects.Errorf(objects.ValueErrorType, "%s already executing", g.kindName())
	}
	f := g.frame
	if f == nil {
		if exc != nil {
			return nil, false, exc
		}
		if g.kind == objects.CoroutineType {
			return nil, false, objects.Errorf(objects.RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		return objects.None, true, nil
	}
	if !g.started && exc == nil && value != objects.None {
		return nil, false, objects.Errorf(objects.TypeErrorType, "can't send non-None value to a just-started %s", g.kindName())
	}
	t := ThreadOf(ts)
	if t.depth >= t.RecursionLimit {
		return nil, false, objects.Errorf(objects.RecursionErrorType, "maximum recursion depth exceeded")
	}
	// The value sent is the result of the yield the frame is suspended at (a just-started
	// generator discards it with the POP_TOP after RETURN_GENERATOR).
	f.Localsplus[f.SP] = value
	f.SP++
	f.Throw = exc
	f.Previous, t.Frame = t.Frame, f
	t.depth++
	depth := ts.ExcInfoDepth()
	ts.RestoreExcInfo(g.excInfo)
	g.running, g.started = true, true
	result, err = t.Interp.Eval(ts, f)
	g.running = false
	g.excInfo = ts.TakeExcInfo(depth)
	t.Frame, f.Previous = f.Previous, nil
	t.depth--
	if err == Yielded {
		g.watchClose(t)
		return result, false, nil
	}
	g.frame, g.excInfo = nil, nil
	if err != nil {
		return nil, false, err
	}
	return result, true, nil
}

// stopIteration is the exception send() and next() raise when the generator returns value.
func stopIteration(value objects.Object) error {
	if value == objects.None {
		return objects.NewException(objects.StopIterationType)
	}
	return objects.NewException(objects.StopIterationType, value)
}

// Send sends value into g (gen.send()), returning what it yields; when it returns, the result
// is a StopIteration carrying the return value.
func (g *Generator) Send(ts *objects.Thread, value objects.Object) (objects.Object, error) {
	res, returned, err := g.resume(ts, value, nil)
	if err != nil {
		return nil, err
	}
	if returned {
		return nil, stopIteration(res)
	}
	return res, nil
}

// Throw raises exc inside g at the yield it is suspended at (gen.throw()).
func (g *Generator) Throw(ts *objects.Thread, exc *objects.BaseException) (objects.Object, error) {
	res, returned, err := g.throwDelegating(ts, exc, true)
	if err != nil {
		return nil, err
	}
	if returned {
		return nil, stopIteration(res)
	}
	return res, nil
}

// Close throws GeneratorExit into g (gen.close()): it is fine for g to return or to raise
// GeneratorExit or StopIteration; yielding a value instead is a RuntimeError. Since 3.13 a
// generator that returns a value on GeneratorExit gives it as close()'s result.
func (g *Generator) Close(ts *objects.Thread) (objects.Object, error) {
	if g.frame == nil {
		return objects.None, nil
	}
	if !g.started {
		g.frame = nil
		return objects.None, nil
	}
	res, returned, err := g.throwDelegating(ts, objects.NewException(objects.GeneratorExitType), true)
	switch {
	case err != nil:
		if e, ok := err.(*objects.BaseException); ok &&
			(e.Type().IsSubtype(objects.GeneratorExitType) || e.Type().IsSubtype(objects.StopIterationType)) {
			return objects.None, nil
		}
		return nil, err
	case returned:
		return res, nil
	}
	return nil, objects.Errorf(objects.RuntimeErrorType, "%s ignored GeneratorExit", g.kindName())
}

// next is the generator's tp_iternext: the next value, or nil and no error when it returns
// None; a returned value other than None travels in StopIteration.
func (g *Generator) next(ts *objects.Thread) (objects.Object, error) {
	res, returned, err := g.resume(ts, objects.None, nil)
	if err != nil {
		return nil, err
	}
	if returned {
		if res == objects.None {
			return nil, nil
		}
		return nil, stopIteration(res)
	}
	return res, nil
}

// throwArgs turns the arguments of throw() (and athrow()) into the exception to raise: a
// class is instantiated, an instance used as it is.
func throwArgs(ts *objects.Thread, name string, args []objects.Object) (*objects.BaseException, error) {
	switch {
	case len(args) < 1:
		return nil, objects.Errorf(objects.TypeErrorType, "%s expected at least 1 argument, got 0", name)
	case len(args) > 3:
		return nil, objects.Errorf(objects.TypeErrorType, "%s expected at most 3 arguments, got %d", name, len(args))
	}
	v := args[0]
	return instantiateException(ts, v,
		"exceptions must be classes or instances deriving from BaseException, not "+v.Type().Name)
}

func generatorRepr(ts *objects.Thread, o objects.Object) (*objects.Str, error) {
	g := o.(*Generator)
	return objects.NewStr("<" + g.kind.Name + " object " + g.qualname.Value() + " at " + objects.AddressOf(g) + ">"), nil
}

func init() {
	for _, t := range []*objects.Type{objects.GeneratorType, objects.CoroutineType} {
		t.Slots.Repr = generatorRepr
		t.Methods = append(t.Methods,
			objects.MethodDef{Name: "send", Flags: objects.MethO,
				Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
					return self.(*Generator).Send(ts, args[0])
				}},
			objects.MethodDef{Name: "throw", Flags: objects.MethFastcall,
				Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
					exc, err := throwArgs(ts, "throw", args)
					if err != nil {
						return nil, err
					}
					return self.(*Generator).Throw(ts, exc)
				}},
			objects.MethodDef{Name: "close", Flags: objects.MethNoArgs,
				Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
					return self.(*Generator).Close(ts)
				}},
		)
	}
	objects.GeneratorType.Slots.Iter = func(ts *objects.Thread, o objects.Object) (objects.Object, error) { return o, nil }
	objects.GeneratorType.Slots.IterNext = func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
		return o.(*Generator).next(ts)
	}
}
