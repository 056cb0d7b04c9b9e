# Dictionary inserts, lookups, updates and iteration.
d = {}
for i in range(100000):
    d[i % 5003] = d.get(i % 5003, 0) + i
words = {}
for i in range(50000):
    k = "k" + str(i % 997)
    words[k] = words.get(k, 0) + 1
print(len(d), sum(d.values()) % 1000003, len(words), max(words.values()))
