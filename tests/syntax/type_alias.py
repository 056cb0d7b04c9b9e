type Pair = tuple[int, int]
print(Pair.__name__, Pair.__value__)
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([7, 8]), first.__type_params__)
