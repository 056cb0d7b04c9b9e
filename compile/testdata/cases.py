"""Read Taipan's chunked test-case files: cases separated by lines "### name"."""


def read_cases(path):
    cases, name, lines = [], None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("### "):
                if name is not None:
                    cases.append((name, "".join(lines)))
                name, lines = line[4:].strip(), []
            else:
                lines.append(line)
    if name is not None:
        cases.append((name, "".join(lines)))
    return cases
