def run(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return f"unknown: {cmd}"
for c in ["go north", "take key lamp", "take", "exit", "dance now"]:
    print(run(c))
