0
123_456
0x1F 
0o17, 0b1010, 0XABCDEF
99999999999999999999999999999999
-9223372036854775808
9223372036854775807
9223372036854775808
1.5, 1e10, 1E-5, .5, 5., 1_000.000_1, 1e400
1j, 2.5J, 1e3j, 0j
'single' "double" '''triple''' """triple double"""
u'unicode kind'
r'raw \n' R"raw"
b'bytes' B"more" rb'\x00' Br'raw'
'escapes: \n \t \\ \' \" \a \b \f \v \r \0 \101 \x41 \u00e9 \U0001F600 \N{BULLET} \N{latin small letter a}'
'unknown \d escape'
'surrogate \ud800 \udfff'
b'\x80\xff\777'
'a' 'b' 'c'
"line\
continuation"
'''multi
line'''
'é' "日本語" '\u2028'
'quote\'s' "dq\"s" 'both\'"'
