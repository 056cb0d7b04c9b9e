# hash module cases: see modules/internal/golden/gen_golden.py for the format.
!import _md5, _sha1, _sha2, _sha3, _blake2
!data = [b'', b'abc', b'x' * 1000, bytes(range(256)) * 3]
sorted(x for x in dir(_md5) if not x.startswith('__')), sorted(x for x in dir(_sha2) if not x.startswith('__')), sorted(x for x in dir(_blake2) if not x.startswith('__'))
[_md5.md5(d).hexdigest() for d in data]
[_sha1.sha1(d).hexdigest() for d in data]
[f(d).hexdigest() for d in data for f in (_sha2.sha224, _sha2.sha256, _sha2.sha384, _sha2.sha512)]
[f(d).hexdigest() for d in data for f in (_sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512)]
[f(d).hexdigest(n) for d in data for f in (_sha3.shake_128, _sha3.shake_256) for n in (0, 1, 16, 200)]
[f(d).hexdigest() for d in data for f in (_blake2.blake2b, _blake2.blake2s)]
[_blake2.blake2b(d, digest_size=20, key=b'k', salt=b's', person=b'p').hexdigest() for d in data]
[_blake2.blake2s(d, digest_size=9, key=b'key' * 10, salt=b'salt', person=b'me').hexdigest() for d in data]
_blake2.blake2b(b'x'*300, fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True).hexdigest()
_blake2.blake2s(b'x'*300, fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True, key=b'kk').hexdigest()
_blake2.blake2b(key=b'k' * 64).hexdigest(), _blake2.blake2s(key=b'k' * 32).digest()
!h = _sha2.sha256(b'a'); c = h.copy(); h.update(b'b'); c.update(bytearray(b'c'))
h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size, c.digest()
!s = _sha3.shake_128(b'q'); s2 = s.copy(); s.update(memoryview(b'r'))
s.hexdigest(8), s2.hexdigest(8), s.name, s.digest_size, s.block_size, s._rate_bits, s._capacity_bits, s._suffix
[(f().name, f().digest_size, f().block_size) for f in (_md5.md5, _sha1.sha1, _sha2.sha224, _sha2.sha384, _sha3.sha3_224, _sha3.shake_256, _blake2.blake2b, _blake2.blake2s)]
type(_md5.md5()), type(_sha2.sha256()), type(_sha3.sha3_256()), type(_blake2.blake2s()), _md5.MD5Type, _sha3.implementation
_md5.md5('x')
_md5.md5(1)
_md5.md5().digest(1)
_md5.md5(b'a', b'b')
_md5.md5(string=b'a').hexdigest(), _sha2.sha256(b'a', usedforsecurity=False).hexdigest()
_sha3.shake_128().digest(-1)
_sha3.shake_128().digest()
[_blake2.blake2b(**kw) for kw in [dict(digest_size=0)]]
_blake2.blake2b(digest_size=65)
_blake2.blake2b(key=b'x'*65)
_blake2.blake2b(salt=b'x'*17)
_blake2.blake2s(person=b'x'*9)
_blake2.blake2b(fanout=256)
_blake2.blake2b(depth=0)
_blake2.blake2b(leaf_size=-1)
_blake2.blake2b(node_offset=-1)
_blake2.blake2b(node_depth=256)
_blake2.blake2b(inner_size=65)
_blake2.blake2s(node_offset=1<<48)
_blake2.blake2b.SALT_SIZE, _blake2.blake2s.MAX_DIGEST_SIZE, _blake2.BLAKE2B_MAX_KEY_SIZE, _blake2.BLAKE2S_PERSON_SIZE
