print("reading")
line = input()
