print(chr(0x10FFFF) == "\U0010ffff")
chr(-1)
