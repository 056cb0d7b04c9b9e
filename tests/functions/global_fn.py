counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
for i in range(5):
    bump(i)
print(counter)
