words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), max(words), min(words))
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "ab" < "a")
print(sorted(words, key=len, reverse=True))
