# needs: stdlib
class Stack[T]:
    def __init__(self):
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
print(Stack.__type_params__)
s = Stack()
s.push(3)
print(s.items)
