package digest

import (
	"github.com/taipanpy/taipan/objects"
)

var blake2Params_ = []string{"data", "digest_size", "key", "salt", "person", "fanout", "depth",
	"leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"}

// blake2Limits are the sizes of BLAKE2b's or BLAKE2s's parameters.
type blake2Limits struct {
	name                          string
	digest, key, salt, person, bs int
	maxOffset                     uint64
}

var (
	blake2bLimits = blake2Limits{"blake2b", 64, 64, 16, 16, 128, 1<<64 - 1}
	blake2sLimits = blake2Limits{"blake2s", 32, 32, 8, 8, 64, 1<<48 - 1}
)

func initBlake2(ts *objects.Thread, m *objects.Module) error {
	for _, lim := range []blake2Limits{blake2bLimits, blake2sLimits} {
		lim := lim
		alg := &algorithm{name: lim.name, className: lim.name, digestSize: lim.digest, block: lim.bs}
		parser := objects.ArgParser{FuncName: lim.name, Params: blake2Params_, MaxPos: 1}
		cls, err := newClass(ts, "_blake2", lim.name, func(ts *objects.Thread, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			var v [13]objects.Object
			if err := parser.Parse(args, kwnames, v[:]); err != nil {
				return nil, err
			}
			p, err := parseBlake2(ts, lim, v[:])
			if err != nil {
				return nil, err
			}
			h := &hasher{cls: cls, alg: alg, st: newBlake2(lim.name == "blake2b", p), size: p.digestSize}
			if v[0] != nil {
				b, err := bufferArg(v[0])
				if err != nil {
					return nil, err
				}
				h.st.Write(b)
			}
			return h, nil
		})
		if err != nil {
			return err
		}
		for name, val := range map[string]int{"SALT_SIZE": lim.salt, "PERSON_SIZE": lim.person, "MAX_KEY_SIZE": lim.key, "MAX_DIGEST_SIZE": lim.digest} {
			cls.Dict.SetStr(objects.NewStr(name), objects.NewInt(int64(val)))
			prefix := "BLAKE2B_"
			if lim.name == "blake2s" {
				prefix = "BLAKE2S_"
			}
			m.Dict.SetStr(objects.NewStr(prefix+name), objects.NewInt(int64(val)))
		}
		m.Dict.SetStr(objects.NewStr(lim.name), cls)
	}
	return nil
}

// parseBlake2 checks the constructor's parameters as CPython's _blake2 does.
func parseBlake2(ts *objects.Thread, lim blake2Limits, v []objects.Object) (blake2Params, error) {
	p := blake2Params{digestSize: lim.digest, fanout: 1, depth: 1}
	intArg := func(o objects.Object, dflt int64) (int64, bool, error) {
		if o == nil {
			return dflt, true, nil
		}
		i, err := objects.Index(ts, o)
		if err != nil {
			return 0, false, err
		}
		x, ok := i.Int64()
		return x, ok, nil
	}
	bytesArg := func(o objects.Object, max int, what string) ([]byte, error) {
		if o == nil {
			return nil, nil
		}
		b, err := bufferArg(o)
		if err != nil {
			return nil, err
		}
		if len(b) > max {
			return nil, objects.Errorf(objects.ValueErrorType, "maximum %s length is %d bytes", what, max)
		}
		return b, nil
	}
	ranged := func(o objects.Object, dflt, lo, hi int64, msg string) (int, error) {
		x, ok, err := intArg(o, dflt)
		if err != nil {
			return 0, err
		}
		if !ok || x < lo || x > hi {
			return 0, objects.Errorf(objects.ValueErrorType, "%s", msg)
		}
		return int(x), nil
	}
	var err error
	if p.digestSize, err = ranged(v[1], int64(lim.digest), 1, int64(lim.digest), "digest_size must be between 1 and "+itoa(lim.digest)+" bytes"); err != nil {
		return p, err
	}
	if p.key, err = bytesArg(v[2], lim.key, "key"); err != nil {
		return p, err
	}
	if p.salt, err = bytesArg(v[3], lim.salt, "salt"); err != nil {
		return p, err
	}
	if p.person, err = bytesArg(v[4], lim.person, "person"); err != nil {
		return p, err
	}
	if p.fanout, err = ranged(v[5], 1, 0, 255, "fanout must be between 0 and 255"); err != nil {
		return p, err
	}
	if p.depth, err = ranged(v[6], 1, 1, 255, "depth must be between 1 and 255"); err != nil {
		return p, err
	}
	leaf, _, err := intArg(v[7], 0)
	if err != nil {
		return p, err
	}
	if leaf < 0 {
		return p, objects.Errorf(objects.ValueErrorType, "value must be positive")
	}
	if leaf > 1<<32-1 {
		return p, objects.Errorf(objects.OverflowErrorType, "leaf_size is too large")
	}
	p.leafSize = uint32(leaf)
	if v[8] != nil {
		i, err := objects.Index(ts, v[8])
		if err != nil {
			return p, err
		}
		b := i.Big()
		if b.Sign() < 0 {
			return p, objects.Errorf(objects.ValueErrorType, "value must be positive")
		}
		if !b.IsUint64() || b.Uint64() > lim.maxOffset {
			return p, objects.Errorf(objects.OverflowErrorType, "node_offset is too large")
		}
		p.nodeOffset = b.Uint64()
	}
	if p.nodeDepth, err = ranged(v[9], 0, 0, 255, "node_depth must be between 0 and 255"); err != nil {
		return p, err
	}
	if p.innerSize, err = ranged(v[10], 0, 0, int64(lim.digest), "inner_size must be between 0 and is "+itoa(lim.digest)); err != nil {
		return p, err
	}
	if v[11] != nil {
		if p.lastNode, err = objects.IsTrue(ts, v[11]); err != nil {
			return p, err
		}
	}
	return p, nil
}

func itoa(n int) string { return objects.NewInt(int64(n)).String() }
