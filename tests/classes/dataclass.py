# needs: stdlib
from dataclasses import dataclass, field
@dataclass(order=True)
class Item:
    price: float
    name: str = "?"
    tags: list = field(default_factory=list)
a = Item(2.5, "pen")
b = Item(1.0)
print(a, b, a > b, sorted([a, b])[0].name, a == Item(2.5, "pen"))
