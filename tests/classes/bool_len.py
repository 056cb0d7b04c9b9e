class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
print(bool(Empty()), bool(Truthy()), bool(object()), "yes" if Empty() else "no")
class Bad:
    def __bool__(self):
        return 1
bool(Bad())
