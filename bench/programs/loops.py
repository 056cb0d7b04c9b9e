# Nested integer loops with arithmetic: the interpreter's dispatch and small-int paths.
total = 0
for i in range(600):
    for j in range(600):
        total += (i * j) % 7
print(total)
