a, b = 0b101101, 0b110011
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-17 >> 2, -17 << 2, ~-1, (-5) & 0xff)
print((1 << 100) | 1, ((1 << 100) - 1) & 0xffff)
print(bin(a), oct(a), hex(a), bin(-a))
