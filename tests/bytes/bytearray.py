ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"xy")
print(ba, len(ba), ba[1], bytes(ba), ba.pop(), ba)
del ba[0]
print(ba, bytearray(3), bytearray([1, 2]))
