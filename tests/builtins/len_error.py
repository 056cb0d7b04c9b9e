print(len([1]))
len(5)
