package objects

// inheritFrom fills the slots s lacks from base's, as CPython's inherit_slots does.
func (s *Slots) inheritFrom(base *Slots) {
	if s.GetAttr == nil {
		s.GetAttr = base.GetAttr
	}
	if s.SetAttr == nil {
		s.SetAttr = base.SetAttr
	}
	if s.DescrGet == nil {
		s.DescrGet = base.DescrGet
	}
	if s.DescrSet == nil {
		s.DescrSet = base.DescrSet
	}
	if s.New == nil {
		s.New = base.New
	}
	if s.Init == nil {
		s.Init = base.Init
	}
	if s.Call == nil {
		s.Call = base.Call
	}
	if s.Await == nil {
		s.Await = base.Await
	}
	if s.AIter == nil {
		s.AIter = base.AIter
	}
	if s.ANext == nil {
		s.ANext = base.ANext
	}
	if s.Iter == nil {
		s.Iter = base.Iter
	}
	if s.IterNext == nil {
		s.IterNext = base.IterNext
	}
	if s.Len == nil {
		s.Len = base.Len
	}
	if s.GetItem == nil {
		s.GetItem = base.GetItem
	}
	if s.SetItem == nil {
		s.SetItem = base.SetItem
	}
	if s.Contains == nil {
		s.Contains = base.Contains
	}
	if s.Hash == nil {
		s.Hash = base.Hash
	}
	if s.RichCompare == nil {
		s.RichCompare = base.RichCompare
	}
	if s.Repr == nil {
		s.Repr = base.Repr
	}
	if s.Str == nil {
		s.Str = base.Str
	}
	if s.Format == nil {
		s.Format = base.Format
	}
	for i := range s.NumBinary {
		if s.NumBinary[i] == nil {
			s.NumBinary[i] = base.NumBinary[i]
		}
		if s.NumInplace[i] == nil {
			s.NumInplace[i] = base.NumInplace[i]
		}
	}
	if s.Divmod == nil {
		s.Divmod = base.Divmod
	}
	if s.PowerMod == nil {
		s.PowerMod = base.PowerMod
	}
	if s.Concat == nil {
		s.Concat = base.Concat
	}
	if s.InplaceConcat == nil {
		s.InplaceConcat = base.InplaceConcat
	}
	if s.Repeat == nil {
		s.Repeat = base.Repeat
	}
	if s.InplaceRepeat == nil {
		s.InplaceRepeat = base.InplaceRepeat
	}
	if s.Negative == nil {
		s.Negative = base.Negative
	}
	if s.Positive == nil {
		s.Positive = base.Positive
	}
	if s.Invert == nil {
		s.Invert = base.Invert
	}
	if s.Absolute == nil {
		s.Absolute = base.Absolute
	}
	if s.Bool == nil {
		s.Bool = base.Bool
	}
	if s.Int == nil {
		s.Int = base.Int
	}
	if s.Float == nil {
		s.Float = base.Float
	}
	if s.Index == nil {
		s.Index = base.Index
	}
}
