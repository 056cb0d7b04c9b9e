for i in range(3):
    pass
print(i)
[j for j in range(5)]
print("j" in globals())
while False:
    k = 1
print("k" in globals())
