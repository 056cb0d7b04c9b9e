package analysis

import "slices"

// Sub returns o - p.
func (o StackOffset) Sub(p StackOffset) StackOffset {
	return StackOffset{
		Popped: append(slices.Clone(o.Popped), p.Pushed...),
		Pushed: append(slices.Clone(o.Pushed), p.Popped...),
	}
}

// Stack follows an instruction's uops over a virtual stack: items pushed by one uop and
// popped by a later one stay in variables (Values) and never touch the real stack. Base is
// the offset of the deepest slot the instruction reads; Top is the offset of the top of
// the stack after the uops seen so far, both relative to the stack pointer on entry.
type Stack struct {
	Base   StackOffset
	Top    StackOffset
	Values []*StackItem
}

// Pop pops item. If an earlier uop pushed the value, it returns that value's item (whose
// size must match) and true; otherwise the item is read from the real stack.
func (s *Stack) Pop(item *StackItem) (*StackItem, bool, error) {
	s.Top.Pop(item)
	if n := len(s.Values); n > 0 {
		v := s.Values[n-1]
		s.Values = s.Values[:n-1]
		if v.Size != item.Size {
			return v, true, errorAt(item.Pos, "size mismatch: %s is popped with size %s but was pushed as %s with size %s",
				item.Name, sizeText(item), v.Name, sizeText(v))
		}
		return v, true, nil
	}
	s.Base.Pop(item)
	return nil, false, nil
}

// Push pushes item as a pending value.
func (s *Stack) Push(item *StackItem) {
	s.Values = append(s.Values, item)
	s.Top.Push(item)
}

func sizeText(it *StackItem) string {
	if it.Size == "" {
		return "1"
	}
	return it.Size
}

// apply runs one uop's stack effect: pop the inputs top first, then push the outputs.
func (s *Stack) apply(u *Uop) error {
	for i := len(u.Stack.Inputs) - 1; i >= 0; i-- {
		if _, _, err := s.Pop(u.Stack.Inputs[i]); err != nil {
			return err
		}
	}
	for _, o := range u.Stack.Outputs {
		s.Push(o)
	}
	return nil
}

// Effect is a stack effect as Go int expressions of oparg.
type Effect struct {
	Popped string
	Pushed string
}

// computeEffect walks the uops of an instruction; it reports size mismatches between uops.
func computeEffect(uops []*Uop) (Effect, error) {
	var s Stack
	for _, u := range uops {
		if err := s.apply(u); err != nil {
			return Effect{}, err
		}
	}
	return Effect{Popped: s.Base.Neg().Go(), Pushed: s.Top.Sub(s.Base).Go()}, nil
}

// Effect returns the uop's own stack effect: how many slots it pops and pushes, as Go
// int expressions of oparg.
func (u *Uop) Effect() Effect {
	e, err := computeEffect([]*Uop{u})
	if err != nil {
		return Effect{} // a single uop cannot mismatch with itself
	}
	return e
}
