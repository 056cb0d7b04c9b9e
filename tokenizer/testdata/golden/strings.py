a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = b'bytes' + B"BYTES" + rb'raw' + Rb"raw" + bR'raw' + BR"raw"
f = r'raw\n' + R"raw\"" + u'unicode' + U"unicode"
g = 'esc\'aped' "esc\"aped" '\\'
h = '\N{BULLET} \N{LATIN SMALL LETTER A} \x41 \u00e9 \U0001F600 \101'
i = 'line \
continued'
j = ''
k = """"""
l = ''''''
m = """a "quoted" ""word"" """
n = 'é ü 漢字 🎉'
o = br'\d+' rb"\w"
p = 'adjacent' 'strings' "concatenated"
