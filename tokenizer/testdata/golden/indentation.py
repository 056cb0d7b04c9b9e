if a:
    if b:
        pass
    elif c:
            deeper()
    else:
        pass
else:
    pass

for i in range(3):
    # comment at body indentation
        # comment deeper
    x = i

  # comment at odd indentation
while True:
    break
