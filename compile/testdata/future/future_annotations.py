# Under `from __future__ import annotations` annotations are kept as source text and never
# evaluated, so they may name things that do not exist yet.
from __future__ import annotations

x: int = 1
y: list[Undefined] = [2]
z: dict[str, tuple[int, ...]] | None


def f(a: int, b: list[str] = [], *args: *Ts, c: -1 | None = None, **kw: dict) -> tuple[int, ...]:
    return a


def g(x: (a, b), y: a if b else c, z: not a and b or c, w: a + b * (c - d) ** e ** f):
    pass


class Node:
    parent: Node | None
    children: list[Node] = []
    weight: 1 .real

    def add(self, child: Node) -> Node:
        return self


print(__annotations__)
print(f.__annotations__)
print(g.__annotations__)
print(Node.__annotations__)
print(Node.add.__annotations__)
print(f(5), x, y)
