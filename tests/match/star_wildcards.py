for seq in [[1, 2, 3, 4], [1], (9, 8)]:
    match seq:
        case [1, *_, 4]:
            print("starts 1 ends 4")
        case [_, *mid] if not mid:
            print("single")
        case [*_, last]:
            print("last", last)
