# str.format and ascii() with str subclasses, and field numbers beyond a C ssize_t.
class S(str):
    def __str__(self):
        return '__str__ overridden'


s = S('xxx')
print('{}'.format(s), format(s), f'{s}', f'{s:5}', '%s' % s)


class W:
    def __repr__(self):
        return S('<abc>')


print(type(ascii(W())).__name__, type(repr(W())).__name__, ascii('é'), ascii([1, 'ü']))
for f in ['{' + '9' * 30 + '}', '{9223372036854775808}', '{0[9223372036854775808]}', '{0[2]}']:
    try:
        print(f.format([1, 2, 3]))
    except Exception as e:
        print(type(e).__name__, e)
