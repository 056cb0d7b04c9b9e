# Generates random.json, outputs of CPython 3.13's _random.Random for fixed seeds:
#   python3.13 gen_random.py > random.json
import json
import sys
from _random import Random

out = []
for seed in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**100 + 7, 12345678901234567890, True, 3.5]:
    r = Random(seed)
    vals = [r.random().hex() for _ in range(5)]
    bits = [str(r.getrandbits(k)) for k in (1, 7, 31, 32, 33, 64, 100, 1000)]
    st = r.getstate()
    out.append({"seed": repr(seed), "random": vals, "bits": bits,
                "state_head": [str(x) for x in st[:4]], "index": st[-1],
                "after": r.random().hex()})
json.dump(out, sys.stdout, indent=1)
