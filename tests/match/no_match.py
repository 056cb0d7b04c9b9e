match 42:
    case 1:
        print("one")
print("no case matched, falls through")
match (1, 2):
    case (a, b):
        print("bound", a, b)
print(a, b)
