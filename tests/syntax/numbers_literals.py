print(0x_ff, 0o17, 0b1010, 1_000_000, 1e3, 1.5e-3, .5, 5., 0j + 2j)
print(100 // 7, 1_0.5, 0xDEAD_BEEF)
