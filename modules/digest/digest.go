// Package digest holds the hash modules hashlib falls back on when there is no OpenSSL
// binding: _md5, _sha1, _sha2, _sha3 and _blake2. Each hash object is Go state behind a
// class of its module.
package digest

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"hash"

	"github.com/taipanpy/taipan/modules/internal/goclass"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// state is a running hash.
type state interface {
	Write(p []byte) (int, error)
	// digest returns the digest of what was written so far; length is SHAKE's output size.
	digest(length int) []byte
	clone() state
}

// stdState wraps a hash of Go's library; its state is copied through its binary encoding.
type stdState struct {
	h    hash.Hash
	make func() hash.Hash
}

func (s *stdState) Write(p []byte) (int, error) { return s.h.Write(p) }
func (s *stdState) digest(int) []byte           { return s.h.Sum(nil) }
func (s *stdState) clone() state {
	data, err := s.h.(encoding.BinaryMarshaler).MarshalBinary()
	c := s.make()
	if err == nil {
		err = c.(encoding.BinaryUnmarshaler).UnmarshalBinary(data)
	}
	if err != nil {
		panic("digest: cannot copy hash state: " + err.Error())
	}
	return &stdState{h: c, make: s.make}
}

type shakeState struct {
	h    *sha3.SHAKE
	make func() *sha3.SHAKE
}

func (s *shakeState) Write(p []byte) (int, error) { return s.h.Write(p) }
func (s *shakeState) digest(n int) []byte {
	c := s.clone().(*shakeState)
	out := make([]byte, n)
	c.h.Read(out)
	return out
}
func (s *shakeState) clone() state {
	data, _ := s.h.MarshalBinary()
	c := s.make()
	if err := c.UnmarshalBinary(data); err != nil {
		panic("digest: cannot copy SHAKE state: " + err.Error())
	}
	return &shakeState{h: c, make: s.make}
}

func (b *blake2) digest(int) []byte { return b.Sum() }
func (b *blake2) clone() state      { c := *b; return &c }

// hasher is an instance of one of the hash classes.
type hasher struct {
	cls  *objects.Type
	alg  *algorithm
	st   state
	size int // digest_size (BLAKE2's chosen size)
}

func (h *hasher) Type() *objects.Type { return h.cls }

// algorithm describes one hash class.
type algorithm struct {
	name, className    string
	digestSize, block  int
	newState           func() state
	shake              bool
	rateBits, capacity int // for SHA-3
	suffix             byte
}

func std(f func() hash.Hash) func() state {
	return func() state { return &stdState{h: f(), make: f} }
}

func sha3New(f func() *sha3.SHA3) func() hash.Hash { return func() hash.Hash { return f() } }

var (
	md5Alg    = &algorithm{name: "md5", className: "md5", digestSize: 16, block: 64, newState: std(md5.New)}
	sha1Alg   = &algorithm{name: "sha1", className: "sha1", digestSize: 20, block: 64, newState: std(sha1.New)}
	sha224Alg = &algorithm{name: "sha224", className: "SHA224Type", digestSize: 28, block: 64, newState: std(sha256.New224)}
	sha256Alg = &algorithm{name: "sha256", className: "SHA256Type", digestSize: 32, block: 64, newState: std(sha256.New)}
	sha384Alg = &algorithm{name: "sha384", className: "SHA384Type", digestSize: 48, block: 128, newState: std(sha512.New384)}
	sha512Alg = &algorithm{name: "sha512", className: "SHA512Type", digestSize: 64, block: 128, newState: std(sha512.New)}
)

var sha3Algs = []*algorithm{
	{name: "sha3_224", className: "sha3_224", digestSize: 28, block: 144, rateBits: 1152, capacity: 448, suffix: 6, newState: std(sha3New(sha3.New224))},
	{name: "sha3_256", className: "sha3_256", digestSize: 32, block: 136, rateBits: 1088, capacity: 512, suffix: 6, newState: std(sha3New(sha3.New256))},
	{name: "sha3_384", className: "sha3_384", digestSize: 48, block: 104, rateBits: 832, capacity: 768, suffix: 6, newState: std(sha3New(sha3.New384))},
	{name: "sha3_512", className: "sha3_512", digestSize: 64, block: 72, rateBits: 576, capacity: 1024, suffix: 6, newState: std(sha3New(sha3.New512))},
	{name: "shake_128", className: "shake_128", digestSize: 0, block: 168, rateBits: 1344, capacity: 256, suffix: 31, shake: true,
		newState: func() state { return &shakeState{h: sha3.NewSHAKE128(), make: sha3.NewSHAKE128} }},
	{name: "shake_256", className: "shake_256", digestSize: 0, block: 136, rateBits: 1088, capacity: 512, suffix: 31, shake: true,
		newState: func() state { return &shakeState{h: sha3.NewSHAKE256(), make: sha3.NewSHAKE256} }},
}

// Modules returns the hash modules.
func Modules() []vm.BuiltinModule {
	return []vm.BuiltinModule{
		{Name: "_md5", Init: algorithmsModule("_md5", md5Alg)},
		{Name: "_sha1", Init: algorithmsModule("_sha1", sha1Alg)},
		{Name: "_sha2", Init: algorithmsModule("_sha2", sha224Alg, sha256Alg, sha384Alg, sha512Alg)},
		{Name: "_sha3", Init: algorithmsModule("_sha3", sha3Algs...)},
		{Name: "_blake2", Init: initBlake2},
	}
}

// bufferArg returns the bytes of a bytes-like argument, with hashlib's errors for others.
func bufferArg(o objects.Object) ([]byte, error) {
	if _, ok := o.(*objects.Str); ok {
		return nil, objects.Errorf(objects.TypeErrorType, "Strings must be encoded before hashing")
	}
	b, err := objects.BytesLike(o)
	if err != nil {
		return nil, objects.Errorf(objects.TypeErrorType, "object supporting the buffer API required")
	}
	return b, nil
}

// newClass makes the class of an algorithm, with the methods every hash object has.
func newClass(ts *objects.Thread, module, className string, newFn func(ts *objects.Thread, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error)) (*objects.Type, error) {
	self := func(o objects.Object) *hasher { return o.(*hasher) }
	spec := goclass.Spec{Module: module, Name: className, Slots: []string{}, Final: true,
		Methods: []objects.MethodDef{
			goclass.Method("update", objects.MethO, func(ts *objects.Thread, o objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				b, err := bufferArg(args[0])
				if err != nil {
					return nil, err
				}
				self(o).st.Write(b)
				return objects.None, nil
			}),
			goclass.Method("copy", objects.MethNoArgs, func(ts *objects.Thread, o objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				h := self(o)
				return &hasher{cls: h.cls, alg: h.alg, st: h.st.clone(), size: h.size}, nil
			}),
			goclass.Method("digest", objects.MethFastcall|objects.MethKeywords, func(ts *objects.Thread, o objects.Object, args []objects.Object, kw *objects.Tuple) (objects.Object, error) {
				d, err := digestOf(ts, self(o), args, kw, "digest")
				if err != nil {
					return nil, err
				}
				return objects.NewBytes(d), nil
			}),
			goclass.Method("hexdigest", objects.MethFastcall|objects.MethKeywords, func(ts *objects.Thread, o objects.Object, args []objects.Object, kw *objects.Tuple) (objects.Object, error) {
				d, err := digestOf(ts, self(o), args, kw, "hexdigest")
				if err != nil {
					return nil, err
				}
				return objects.NewStr(hex.EncodeToString(d)), nil
			}),
		},
		GetSets: []objects.GetSetDef{
			{Name: "name", Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
				return objects.NewStr(self(o).alg.name), nil
			}},
			{Name: "digest_size", Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
				return objects.NewInt(int64(self(o).size)), nil
			}},
			{Name: "block_size", Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
				return objects.NewInt(int64(self(o).alg.block)), nil
			}},
		},
		New: newFn,
	}
	cls, err := goclass.New(ts, spec)
	if err != nil {
		return nil, err
	}
	if newFn == nil {
		// Made by the module's functions only, as CPython's hash types.
		cls.Slots.New = nil
		cls.Dict.DelItem(ts, objects.NewStr("__new__"))
	}
	return cls, nil
}

var lengthArgs = objects.ArgParser{FuncName: "digest", Params: []string{"length"}, MinPos: 1, MaxPos: 1}

// digestOf computes the digest; SHAKE takes its length as an argument.
func digestOf(ts *objects.Thread, h *hasher, args []objects.Object, kwnames *objects.Tuple, name string) ([]byte, error) {
	if !h.alg.shake {
		if len(args) > 0 {
			return nil, objects.Errorf(objects.TypeErrorType, "%s.%s() takes no arguments (%d given)", h.alg.className, name, len(args))
		}
		return h.st.digest(0), nil
	}
	if len(args) == 0 {
		return nil, objects.Errorf(objects.TypeErrorType, "%s.%s() takes exactly one argument (0 given)", h.alg.name, name)
	}
	var v [1]objects.Object
	p := lengthArgs
	p.FuncName = name
	if err := p.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	i, err := objects.Index(ts, v[0])
	if err != nil {
		return nil, err
	}
	n, ok := i.Int64()
	if !ok || n >= 1<<29 {
		return nil, objects.Errorf(objects.ValueErrorType, "length is too large")
	}
	if n < 0 {
		return nil, objects.Errorf(objects.ValueErrorType, "value must be positive")
	}
	return h.st.digest(int(n)), nil
}

var ctorArgs = objects.ArgParser{FuncName: "", Params: []string{"string", "usedforsecurity"}, MaxPos: 1}

// algorithmsModule makes a module whose classes are the given algorithms, each with a
// constructor function named after it.
func algorithmsModule(module string, algs ...*algorithm) func(ts *objects.Thread, m *objects.Module) error {
	return func(ts *objects.Thread, m *objects.Module) error {
		for _, alg := range algs {
			alg := alg
			parser := ctorArgs
			parser.FuncName = alg.name
			make := func(ts *objects.Thread, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				var v [2]objects.Object
				if err := parser.Parse(args, kwnames, v[:]); err != nil {
					return nil, err
				}
				h := &hasher{cls: cls, alg: alg, st: alg.newState(), size: alg.digestSize}
				if v[0] != nil {
					b, err := bufferArg(v[0])
					if err != nil {
						return nil, err
					}
					h.st.Write(b)
				}
				return h, nil
			}
			var newFn func(ts *objects.Thread, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error)
			if module == "_sha3" {
				newFn = make // sha3's classes are their own constructors
			}
			cls, err := newClass(ts, module, alg.className, newFn)
			if err != nil {
				return err
			}
			if alg.rateBits != 0 {
				cls.Dict.SetStr(objects.NewStr("_rate_bits"), objects.NewInt(int64(alg.rateBits)))
				cls.Dict.SetStr(objects.NewStr("_capacity_bits"), objects.NewInt(int64(alg.capacity)))
				cls.Dict.SetStr(objects.NewStr("_suffix"), objects.NewBytes([]byte{alg.suffix}))
			}
			if module == "_sha3" {
				m.Dict.SetStr(objects.NewStr(alg.name), cls)
				continue
			}
			def := &objects.MethodDef{Name: alg.name, Flags: objects.MethFastcall | objects.MethKeywords,
				Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
					return make(ts, cls, args, kwnames)
				}}
			m.Dict.SetStr(objects.NewStr(alg.name), objects.NewBuiltinFunction(def, m))
			typeName := alg.className
			switch module {
			case "_md5":
				typeName = "MD5Type"
			case "_sha1":
				typeName = "SHA1Type"
			}
			m.Dict.SetStr(objects.NewStr(typeName), cls)
		}
		if module == "_sha3" {
			m.Dict.SetStr(objects.NewStr("implementation"), objects.NewStr("HACL"))
		}
		return nil
	}
}
