// Package random is CPython's _random module: the Mersenne Twister generator class that
// Lib/random.py's Random derives from.
package random

import (
	crand "crypto/rand"
	"encoding/binary"
	"math/big"

	"github.com/taipanpy/taipan/modules/internal/goclass"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _random module.
var Module = vm.BuiltinModule{Name: "_random", Init: initModule}

// stateSlot is the instance slot holding the generator's Go state.
const stateSlot = "_random__state"

func (*mt) Type() *objects.Type { return objects.ObjectType }

func initModule(ts *objects.Thread, m *objects.Module) error {
	cls, err := goclass.New(ts, goclass.Spec{
		Module: "_random", Name: "Random", Slots: []string{stateSlot},
		Doc: "Random() -> create a random number generator with its own internal state.",
		New: func(ts *objects.Thread, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			inst := objects.NewInstance(cls)
			g := &mt{}
			g.initGenrand(19650218)
			if err := objects.SetAttr(ts, inst, objects.NewStr(stateSlot), g); err != nil {
				return nil, err
			}
			return inst, nil
		},
		Methods: []objects.MethodDef{
			goclass.Method("__init__", objects.MethFastcall|objects.MethKeywords, randomInit),
			goclass.Method("seed", objects.MethFastcall, seedMethod),
			goclass.Method("random", objects.MethNoArgs, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				g, err := state(ts, self)
				if err != nil {
					return nil, err
				}
				return objects.NewFloat(g.random()), nil
			}),
			goclass.Method("getrandbits", objects.MethO, getrandbits),
			goclass.Method("getstate", objects.MethNoArgs, getstate),
			goclass.Method("setstate", objects.MethO, setstate),
		},
	})
	if err != nil {
		return err
	}
	m.Dict.SetStr(objects.NewStr("Random"), cls)
	return nil
}

// state returns the generator of a Random instance.
func state(ts *objects.Thread, self objects.Object) (*mt, error) {
	v, err := objects.GetAttr(ts, self, objects.NewStr(stateSlot))
	if err != nil {
		return nil, err
	}
	g, ok := v.(*mt)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "Random state is corrupted")
	}
	return g, nil
}

// randomInit is Random.__init__(self, x=None): seeds the generator.
func randomInit(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	if kwnames.Len() > 0 && self.Type().Name == "Random" && isBaseRandom(self) {
		return nil, objects.Errorf(objects.TypeErrorType, "Random() takes no keyword arguments")
	}
	pos := args[:len(args)-kwnames.Len()]
	if len(pos) > 1 {
		return nil, objects.Errorf(objects.TypeErrorType, "Random() requires 0 or 1 argument")
	}
	var arg objects.Object
	if len(pos) == 1 {
		arg = pos[0]
	}
	if err := seed(ts, self, arg); err != nil {
		return nil, err
	}
	return objects.None, nil
}

// isBaseRandom reports whether self is an instance of _random.Random itself.
func isBaseRandom(self objects.Object) bool {
	mod := self.Type().Dict.GetStr(objects.NewStr("__module__"))
	s, ok := mod.(*objects.Str)
	return ok && s.Value() == "_random"
}

func seedMethod(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("seed", len(args), 0, 1); err != nil {
		return nil, err
	}
	var arg objects.Object
	if len(args) == 1 {
		arg = args[0]
	}
	if err := seed(ts, self, arg); err != nil {
		return nil, err
	}
	return objects.None, nil
}

// seed seeds from an int's absolute value in 32-bit words, least significant first, from
// another object's hash, or from the system's randomness for None.
func seed(ts *objects.Thread, self, arg objects.Object) error {
	g, err := state(ts, self)
	if err != nil {
		return err
	}
	if arg == nil || arg == objects.None {
		var buf [mtN * 4]byte
		if _, err := crand.Read(buf[:]); err != nil {
			return objects.Errorf(objects.OSErrorType, "%v", err)
		}
		key := make([]uint32, mtN)
		for i := range key {
			key[i] = binary.LittleEndian.Uint32(buf[4*i:])
		}
		g.initByArray(key)
		return nil
	}
	var n *big.Int
	switch v := arg.(type) {
	case *objects.Int:
		n = new(big.Int).Abs(v.Big())
	case *objects.Bool:
		n = big.NewInt(0)
		if v.Value() {
			n.SetInt64(1)
		}
	default:
		h, err := objects.Hash(ts, arg)
		if err != nil {
			return err
		}
		n = new(big.Int).SetUint64(uint64(h))
	}
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		for b := 0; b < bitsPerWord; b += 32 {
			key = append(key, uint32(uint64(w)>>b))
		}
	}
	// Drop the high zero words: the key has as many words as the int needs, at least one.
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	g.initByArray(key)
	return nil
}

const bitsPerWord = 32 << (^big.Word(0) >> 63)

func getrandbits(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	g, err := state(ts, self)
	if err != nil {
		return nil, err
	}
	ki, err := objects.Index(ts, args[0])
	if err != nil {
		return nil, err
	}
	k, ok := ki.Int64()
	if !ok || k > 1<<40 {
		if ki.Sign() < 0 {
			return nil, objects.Errorf(objects.ValueErrorType, "number of bits must be non-negative")
		}
		return nil, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
	}
	if k < 0 {
		return nil, objects.Errorf(objects.ValueErrorType, "number of bits must be non-negative")
	}
	if k == 0 {
		return objects.NewInt(0), nil
	}
	if k <= 32 {
		return objects.NewInt(int64(g.next() >> (32 - k))), nil
	}
	// Fill 32-bit words from the least significant; the last keeps its top bits only.
	nwords := (k-1)/32 + 1
	buf := make([]byte, 4*nwords)
	for i := int64(0); i < nwords; i, k = i+1, k-32 {
		r := g.next()
		if k < 32 {
			r >>= 32 - k
		}
		binary.BigEndian.PutUint32(buf[4*(nwords-1-i):], r)
	}
	return objects.NewBigInt(new(big.Int).SetBytes(buf)), nil
}

func getstate(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	g, err := state(ts, self)
	if err != nil {
		return nil, err
	}
	items := make([]objects.Object, mtN+1)
	for i, w := range g.state {
		items[i] = objects.NewInt(int64(w))
	}
	items[mtN] = objects.NewInt(int64(g.index))
	return objects.NewTuple(items), nil
}

func setstate(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	g, err := state(ts, self)
	if err != nil {
		return nil, err
	}
	t, ok := args[0].(*objects.Tuple)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "state vector must be a tuple")
	}
	items := t.Items()
	if len(items) != mtN+1 {
		return nil, objects.Errorf(objects.ValueErrorType, "state vector is the wrong size")
	}
	var st [mtN]uint32
	for i := 0; i < mtN; i++ {
		v, err := objects.Index(ts, items[i])
		if err != nil {
			return nil, err
		}
		if v.Sign() < 0 {
			return nil, objects.Errorf(objects.OverflowErrorType, "can't convert negative value to unsigned int")
		}
		b := v.Big()
		if b.BitLen() > 64 {
			return nil, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C unsigned long")
		}
		st[i] = uint32(b.Uint64())
	}
	idx, err := objects.Index(ts, items[mtN])
	if err != nil {
		return nil, err
	}
	index, ok := idx.Int64()
	if !ok || index < 0 || index > mtN {
		return nil, objects.Errorf(objects.ValueErrorType, "invalid state")
	}
	g.state = st
	g.index = int(index)
	return objects.None, nil
}
