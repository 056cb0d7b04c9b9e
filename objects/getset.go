package objects

// GetSetDef defines a computed attribute of a built-in type's instances, as CPython's
// PyGetSetDef: int.real, BaseException.args. ReadyBuiltinTypes installs each in the type's
// __dict__ as a getset_descriptor.
type GetSetDef struct {
	// Name is the attribute's name.
	Name string
	// Get returns the attribute of o (nil makes it unreadable).
	Get func(ts *Thread, o Object) (Object, error)
	// Set sets it to v, or deletes it when v is nil; nil makes the attribute read-only.
	Set func(ts *Thread, o, v Object) error
	// Doc is the descriptor's __doc__.
	Doc string
}

// GetSetDescriptorType is the type of getset descriptors.
var GetSetDescriptorType = newType("getset_descriptor", ObjectType)

// GetSetDescriptor is a computed attribute as stored in its type's __dict__.
type GetSetDescriptor struct {
	Def   *GetSetDef
	Owner *Type
}

// Type returns GetSetDescriptorType.
func (*GetSetDescriptor) Type() *Type { return GetSetDescriptorType }

// NewGetSetDescriptor returns the descriptor of attribute def of type owner.
func NewGetSetDescriptor(owner *Type, def *GetSetDef) *GetSetDescriptor {
	return &GetSetDescriptor{Def: def, Owner: owner}
}

func init() {
	t := GetSetDescriptorType
	t.Flags |= TypeFinal
	t.Slots.DescrGet = func(ts *Thread, o, obj, typ Object) (Object, error) {
		d := o.(*GetSetDescriptor)
		if obj == nil {
			return d, nil
		}
		if err := descrCheck(d.Def.Name, d.Owner, obj); err != nil {
			return nil, err
		}
		if d.Def.Get == nil {
			return nil, Errorf(AttributeErrorType, "attribute '%s' of '%s' objects is not readable", d.Def.Name, d.Owner.Name)
		}
		return d.Def.Get(ts, obj)
	}
	t.Slots.DescrSet = func(ts *Thread, o, obj, v Object) error {
		d := o.(*GetSetDescriptor)
		if err := descrCheck(d.Def.Name, d.Owner, obj); err != nil {
			return err
		}
		if d.Def.Set == nil {
			return Errorf(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", d.Def.Name, d.Owner.Name)
		}
		return d.Def.Set(ts, obj, v)
	}
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		d := o.(*GetSetDescriptor)
		return NewStr("<attribute '" + d.Def.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	}
	t.GetSets = descriptorGetSets(func(o Object) (string, *Type, string) {
		d := o.(*GetSetDescriptor)
		return d.Def.Name, d.Owner, d.Def.Doc
	})
}
