def route(ev):
    match ev:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k, **rest}:
            return f"key {k} extra {sorted(rest)}"
        case {"type": t}:
            return f"unknown {t}"
    return "not an event"
for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "q", "mod": 1}, {"type": "x"}, 5]:
    print(route(e))
