# Sieve of Eratosthenes with slice assignment, then a prime count by trial division.
n = 400000
sieve = [True] * (n + 1)
sieve[0] = sieve[1] = False
i = 2
while i * i <= n:
    if sieve[i]:
        sieve[i * i :: i] = [False] * len(range(i * i, n + 1, i))
    i += 1
count = 0
for flag in sieve:
    if flag:
        count += 1
print(count)
