counter = 5
def reset():
    global counter
    del counter
reset()
print("counter" in globals())
reset()
