out = []
for i in range(5):
    try:
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("f")
print(out)
while True:
    try:
        raise IndexError
    except IndexError:
        print("handled, leaving")
        break
