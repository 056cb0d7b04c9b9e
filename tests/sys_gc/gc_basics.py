import gc
class Node:
    def __init__(self):
        self.ref = self
for _ in range(10):
    Node()
n = gc.collect()
print(type(n).__name__, n >= 0, gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
