nums = range(1, 50)
primes = [n for n in nums if n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print(sum(1 for p in primes if p % 4 == 1))
