s = {1, 2}
s |= {3}
s &= {1, 3, 4}
s -= {1}
s ^= {5, 3}
print(sorted(s))
s.update([10, 11], {12})
s.intersection_update(range(11, 20))
print(sorted(s))
s.difference_update({12})
s.symmetric_difference_update({1})
print(sorted(s))
