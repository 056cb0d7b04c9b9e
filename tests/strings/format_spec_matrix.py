import sys
vals = [0, 1, -1, 255, 10**20, -10**20, 3.14159, -0.0, 1e-7, 1e21, 123456.789, float('inf'), float('nan'), 1+2j, True, 'abc', b'ab', None, [1, 'a'], (1,), {1: 'x'}, {1, 2}]
specs = ['', 'd', 'x', 'X', 'o', 'b', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', 'c', 's', 'r', '>10', '<10', '^10', '=+10', '010', ',', '_', '.3', '.3f', '+.2e', ' .1%', '#x', '#o', '#b', '#.3g', '*^12.2f', '08.3f', ',.2f', '_b', 'z.1f', '.0f', '.15g', '.17g', '10.4s', '-', '+', ' ']
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(v), row)
for v in [0.1, 0.5, 1.5, 2.5, -2.5, 1e16, 1.23456789e-5, 123.456, 9.995, 1e22, 5e-324, 1.7976931348623157e308]:
    print(repr(v), str(v), round(v, 2), round(v), '%.3f' % v, '%g' % v, '%e' % v, '%r' % v, '%10.4s' % v, int(v) if v < 1e300 else 0, v.hex())
print('%c%c' % (65, 'B'), '%5d|%-5d|%05d|%+d' % (1, 2, 3, 4), '%x %X %o %#x %#o' % (255, 255, 8, 255, 8), '%(a)s %(b)d' % {'a': 1, 'b': 2}, '%%', '%.2s' % 'abc', '%*d' % (5, 1), '%-*.*f' % (8, 2, 3.14159))
print(f"{'a'!r:>5}", f"{3.5!s:^7}", f"{1e3=}", f"{1+1 = }", f"{'x':{'>'}{5}}", f"{10:#_x}", f"{-5:=6}", f"{1234.5:,.1f}", f"{0.000012345:.2e}")
print(str(1.0e15), str(1.0e16), str(1e-4), str(1e-5), repr(1/3), repr(2/3), 1e15 + 0.3, 0.1 * 3, 100.0, 1e100, -1e-100, 2.0 ** 0.5)
print(int('  -0b101  ', 0), int('0o17', 0), int('0x_ff', 0), int('1_0', 0), float('1_0.5'), float('  -Inf '), float('nan'), int('١٢٣'), float('١٢.٥'))
print(divmod(-7, 3), divmod(7, -3), divmod(-7.5, 2), -7 // 2, -7 % 2, 7.5 % -2, (-8) ** (1/3), 2 ** 0.5, pow(-2, 3), pow(2, -2), 10 ** 20 // 3, -(10 ** 20) // 7)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(5, -1), round(15, -1), round(25, -1), round(-25, -1))
print((255).to_bytes(2, 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True), (1024).bit_length(), (-5).bit_count(), (12).as_integer_ratio(), (0.75).as_integer_ratio(), float.fromhex('-0x1.8p1'), (3.0).is_integer(), int.__index__(5))
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit, hash(1.5), hash(-1), hash(2**61), hash(float('inf')), hash(1+2j), hash('') , hash(()), hash((1, 2)))
