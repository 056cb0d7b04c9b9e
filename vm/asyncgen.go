package vm

import (
	"runtime"

	"github.com/taipanpy/taipan/objects"
)

// An async generator is a Generator of kind async_generator. Awaiting one of its steps
// (__anext__, asend, athrow, aclose) drives its frame: values it yields come back wrapped by
// INTRINSIC_ASYNC_GEN_WRAP and end the step; anything else it yields is an await inside it
// suspending, which passes up to whoever drives the awaiting coroutine.

// asyncGenWrapped is a value an async generator yielded.
type asyncGenWrapped struct{ value objects.Object }

// Type returns AsyncGenWrappedValueType.
func (*asyncGenWrapped) Type() *objects.Type { return objects.AsyncGenWrappedValueType }

// The states of an asyncGenStep.
const (
	stepInit = iota
	stepIter
	stepClosed
)

// asyncGenStep is the awaitable of one step: asend (exc nil, not closing), athrow (exc set) or
// aclose (closing, which throws GeneratorExit).
type asyncGenStep struct {
	gen     *Generator
	value   objects.Object
	exc     *objects.BaseException
	closing bool
	state   int
}

// Type returns the step's type: async_generator_asend or async_generator_athrow.
func (s *asyncGenStep) Type() *objects.Type {
	if s.exc != nil || s.closing {
		return objects.AsyncGenAThrowType
	}
	return objects.AsyncGenASendType
}

// send resumes the generator with v, or on the first step with the step's own value or
// exception.
func (s *asyncGenStep) send(ts *objects.Thread, v objects.Object) (objects.Object, error) {
	if s.state == stepClosed {
		if s.Type() == objects.AsyncGenASendType {
			return nil, objects.Errorf(objects.RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
		}
		return nil, objects.Errorf(objects.RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()")
	}
	var exc error
	if s.state == stepInit {
		s.state = stepIter
		switch {
		case s.closing:
			if s.gen.frame == nil || !s.gen.started {
				s.gen.frame = nil
				s.state = stepClosed
				return nil, stopIteration(objects.None)
			}
			exc = objects.NewException(objects.GeneratorExitType)
		case s.exc != nil:
			exc = s.exc
		case v == objects.None:
			v = s.value
		}
	}
	if s.gen.frame == nil && exc == nil {
		s.state = stepClosed
		return nil, objects.NewException(objects.StopAsyncIterationType)
	}
	res, returned, err := s.gen.resume(ts, v, exc)
	return s.unwrap(res, returned, err)
}

// throw raises exc in the generator at the await it is suspended at.
func (s *asyncGenStep) throw(ts *objects.Thread, exc *objects.BaseException) (objects.Object, error) {
	if s.state == stepClosed {
		return nil, objects.Errorf(objects.RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	s.state = stepIter
	res, returned, err := s.gen.resume(ts, objects.None, exc)
	return s.unwrap(res, returned, err)
}

// unwrap turns what the generator did into the step's result: a wrapped value ends the step
// with StopIteration(value), returning ends the iteration with StopAsyncIteration, and an
// unwrapped yield is passed on.
func (s *asyncGenStep) unwrap(res objects.Object, returned bool, err error) (objects.Object, error) {
	if err != nil {
		s.state = stepClosed
		if s.closing {
			if e, ok := err.(*objects.BaseException); ok &&
				(e.Type().IsSubtype(objects.StopAsyncIterationType) || e.Type().IsSubtype(objects.GeneratorExitType)) {
				return nil, stopIteration(objects.None)
			}
		}
		return nil, err
	}
	if returned {
		s.state = stepClosed
		if s.closing {
			return nil, stopIteration(objects.None)
		}
		return nil, objects.NewException(objects.StopAsyncIterationType)
	}
	if w, ok := res.(*asyncGenWrapped); ok {
		s.state = stepClosed
		if s.closing {
			return nil, objects.Errorf(objects.RuntimeErrorType, "async generator ignored GeneratorExit")
		}
		return nil, stopIteration(w.value)
	}
	return res, nil
}

// asyncGenOf returns the async generator o, once it has run the thread's asyncgen hooks,
// as every step method does first.
func asyncGenOf(ts *objects.Thread, o objects.Object) (*Generator, error) {
	g := o.(*Generator)
	if g.hooksInited {
		return g, nil
	}
	return g, g.initHooks(ts)
}

// initHooks runs the first-iteration hook of the thread's asyncgen hooks and arranges for
// the finalizer hook to be called with g if g is collected unfinished, as CPython's
// async_gen_init_hooks does.
func (g *Generator) initHooks(ts *objects.Thread) error {
	g.hooksInited = true
	t := ThreadOf(ts)
	if fin := t.AsyncGenFinalizer; fin != nil && t.Interp.Pending != nil {
		p := t.Interp.Pending
		runtime.SetFinalizer(g, func(g *Generator) {
			p.Add(func(ts *objects.Thread) {
				if g.frame == nil || g.running {
					return
				}
				if _, err := objects.Call(ts, fin, []objects.Object{g}, nil); err != nil {
					objects.WriteUnraisable(ts, err, g)
				}
			})
		})
	}
	if first := t.AsyncGenFirstIter; first != nil {
		if _, err := objects.Call(ts, first, []objects.Object{g}, nil); err != nil {
			return err
		}
	}
	return nil
}

// asyncGenStepMethod makes a step method of async generators from the step it returns.
func asyncGenStepMethod(step func(g *Generator, args []objects.Object) (*asyncGenStep, error)) objects.MethodFunc {
	return func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		g, err := asyncGenOf(ts, self)
		if err != nil {
			return nil, err
		}
		return step(g, args)
	}
}

func init() {
	ag := objects.AsyncGeneratorType
	ag.Slots.Repr = generatorRepr
	ag.Slots.AIter = func(ts *objects.Thread, o objects.Object) (objects.Object, error) { return o, nil }
	ag.Slots.ANext = func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
		g, err := asyncGenOf(ts, o)
		if err != nil {
			return nil, err
		}
		return &asyncGenStep{gen: g, value: objects.None}, nil
	}
	ag.Methods = append(ag.Methods,
		objects.MethodDef{Name: "asend", Flags: objects.MethO,
			Func: asyncGenStepMethod(func(g *Generator, args []objects.Object) (*asyncGenStep, error) {
				return &asyncGenStep{gen: g, value: args[0]}, nil
			})},
		objects.MethodDef{Name: "athrow", Flags: objects.MethFastcall,
			Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				exc, err := throwArgs(ts, "athrow", args)
				if err != nil {
					return nil, err
				}
				g, err := asyncGenOf(ts, self)
				if err != nil {
					return nil, err
				}
				return &asyncGenStep{gen: g, exc: exc}, nil
			}},
		objects.MethodDef{Name: "aclose", Flags: objects.MethNoArgs,
			Func: asyncGenStepMethod(func(g *Generator, _ []objects.Object) (*asyncGenStep, error) {
				return &asyncGenStep{gen: g, closing: true}, nil
			})},
	)
	for _, t := range []*objects.Type{objects.AsyncGenASendType, objects.AsyncGenAThrowType} {
		t.Slots.Await = func(ts *objects.Thread, o objects.Object) (objects.Object, error) { return o, nil }
		t.Slots.Iter = t.Slots.Await
		t.Slots.IterNext = func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
			return o.(*asyncGenStep).send(ts, objects.None)
		}
		t.Methods = append(t.Methods,
			objects.MethodDef{Name: "send", Flags: objects.MethO,
				Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
					return self.(*asyncGenStep).send(ts, args[0])
				}},
			objects.MethodDef{Name: "throw", Flags: objects.MethFastcall,
				Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
					exc, err := throwArgs(ts, "throw", args)
					if err != nil {
						return nil, err
					}
					return self.(*asyncGenStep).throw(ts, exc)
				}},
			objects.MethodDef{Name: "close", Flags: objects.MethNoArgs,
				Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
					self.(*asyncGenStep).state = stepClosed
					return objects.None, nil
				}},
		)
	}
}
