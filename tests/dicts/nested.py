tree = {"name": "root", "kids": [{"name": "a", "kids": []}, {"name": "b", "kids": [{"name": "c", "kids": []}]}]}
def walk(n, depth=0):
    print("  " * depth + n["name"])
    for k in n["kids"]:
        walk(k, depth + 1)
walk(tree)
