def classify(n):
    match n:
        case int(v) if v < 0:
            return "negative"
        case int() | float() as v if v == 0:
            return "zero"
        case int(v):
            return f"int {v}"
        case float(f):
            return f"float {f}"
        case str() as s:
            return f"str of {len(s)}"
for n in [-1, 0, 0.0, 5, 2.5, "abc"]:
    print(classify(n))
