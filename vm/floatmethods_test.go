package vm

import "testing"

func TestFloatMethods(t *testing.T) {
	runPyCases(t, []pyCase{
		{"hex", `for x in (0.0, -0.0, 1.0, -1.0, 1.5, 0.1, -0.1, 2.0, 1e300, -1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, 1/3, 123456.789, 2**52 + 0.5, 2**-1022 * 1.5, inf, -inf, nan, -nan,
          3.141592653589793, 1e-310, 4503599627370497.0):
    h = x.hex()
    back = float.fromhex(h)
    print(repr(x), h, repr(back), back == x or (x != x and back != back), str(back) == str(x))
x = 12345
for i in range(300):
    x = (x * 1103515245 + 12345) % 2**31
    y = (x * 69069 + 1) % 2**31
    f = (x / 2**31 - 0.5) * 2.0 ** (y % 2100 - 1080)
    h = f.hex()
    assert float.fromhex(h) == f and float.fromhex(h.upper()) == f, (f, h)
    print(h)
t(lambda: float.hex(1))
t(lambda: (1.5).hex(1))
t(lambda: float.hex(True))
class F(float): pass
t(lambda: F(2.5).hex())
`},
		{"fromhex", `for s in ['0x1p0', '1p0', '1', '0', '-0', '-0x0p0', '+0x1.8p1', '0x1.8P-1', ' 0x1p1 ', '\t0X1.ABCDEFp+10\n', '1.8p1', '.8', '8.',
          '0x.8', '0x8.', '0x.', '0x', '0x.p1', 'p1', '0xp1', '1p', '1p+', '1p-', '1p1.5', '1 p1', '1p 1', '0x1p99999999999999999999',
          '0x0p99999999999999999999', '-0x1p-99999999999999999999', '0x1p1024', '0x1p1023', '0x1.fffffffffffffp1023',
          '0x1.fffffffffffff7ffffffp1023', '0x1.fffffffffffff8p1023', '0x1.0000000000001p-1075', '0x1p-1074', '0x1p-1075',
          '0x1.0000000001p-1075', '0x1.8p-1074', '0x1p-1076', '0x3p-1076', '0x1.00000000000008p0', '0x1.00000000000018p0',
          '0x1.000000000000080000001p0', '0x0.0000000000000000000000000001p-900', '0x' + '0' * 1000 + '1p0',
          '0x1' + '0' * 300 + 'p-1200', '0x' + 'f' * 300 + 'p0', 'inf', '-inf', ' -inFinity ', 'nan', '-nan', '+NaN', 'infinit',
          'infx', '1\x00', '\x001', '١', '1\u00a0', '\u2003 1', '0x1p99999 junk', '0x1p-99999 junk', '1_0', '0x1_0p0', '', ' ',
          '0x1.p-1022', '0x0.fffffffffffffp-1022', '0x0.0000000000001p-1022', '0x1p-2147483648', '0x1p+2147483647',
          '0x1p9223372036854775807', '0x1p9223372036854775808', '0x1p-9223372036854775809', '-0x1.8p+1', 'a', 'A.Bp3', 'g']:
    t(lambda: float.fromhex(s))
t(lambda: float.fromhex(b'1'))
t(lambda: float.fromhex(1))
t(lambda: float.fromhex())
t(lambda: float.fromhex('1', '2'))
t(lambda: float.fromhex(s='1'))
t(lambda: (2.5).fromhex('0x1p2'))
class F(float):
    def __new__(cls, v):
        print('F.__new__', v)
        return super().__new__(cls, v)
t(lambda: F.fromhex('0x1p1'))
t(lambda: type(F.fromhex('0x1p1')).__name__)
t(lambda: float.fromhex.__self__)
t(lambda: type(float.__dict__['fromhex']).__name__)
class S(str): pass
t(lambda: float.fromhex(S('0x1p3')))
`},
		{"round", `for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1234.5678, -0.0, 1e300, 5e-324, 1e22, 2.0**60 + 1, inf, -inf, nan):
    for nd in (None, 0, 1, 2, -1, -2, -308, -309, 323, 324, 2**70, -2**70):
        t(lambda: round(x, nd))
        if nd is not None:
            t(lambda: x.__round__(nd))
t(lambda: (1.5).__round__())
t(lambda: (1.5).__round__(None))
t(lambda: (1.5).__round__(1, 2))
t(lambda: (1.5).__round__(ndigits=1))
t(lambda: (1.5).__round__(1.0))
t(lambda: (1.5).__round__('1'))
t(lambda: round(1.7e308, -308))
t(lambda: (1.7e308).__round__(-308))
class Ix:
    def __index__(self): return 1
t(lambda: (2.25).__round__(Ix()))
t(lambda: float.__round__(2.5))
t(lambda: float.__round__(2, 1))
class F(float): pass
t(lambda: F(2.5).__round__())
t(lambda: type(F(2.5).__round__(1)))
class R(float):
    def __round__(self, n=None): return ('R', n)
t(lambda: round(R(1)))
t(lambda: round(R(1), 3))
`},
		{"misc", `t(lambda: (1.5).__getnewargs__())
t(lambda: (-0.0).__getnewargs__())
t(lambda: (1.5).__getnewargs__(1))
class F(float): pass
t(lambda: F(2.5).__getnewargs__())
t(lambda: type(F(2.5).__getnewargs__()[0]))
t(lambda: (2.5).__int__())
t(lambda: float.__int__(-2.5))
t(lambda: float.__int__(1e300))
t(lambda: float.__int__(inf))
t(lambda: float.__int__(nan))
t(lambda: float.__int__(1))
t(lambda: float.__float__(2.5))
t(lambda: float.__add__(1.0, 2))
t(lambda: float.__radd__(1.0, 2))
t(lambda: float.__add__(1.0, 'a'))
t(lambda: float.__pow__(-8.0, 1/3))
t(lambda: float.__trunc__(2.5))
t(lambda: (1.5).__sizeof__())
for a in ('double', 'float', 'x', 1, None):
    t(lambda: float.__getformat__(a))
t(lambda: float.__getformat__())
t(lambda: (1.0).__getformat__('double'))
t(lambda: 'hex' in dir(float) and 'fromhex' in dir(float))
t(lambda: [k for k in vars(float) if 'divmod' not in k])
`},
	})
}
