package vm

import "testing"

// numPrelude defines t(f), which prints f()'s result and type or the
// exception it raises: the number tests call it for every case.
const numPrelude = `def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
nan, inf = float('nan'), float('inf')
`

type pyCase struct{ name, src string }

func runPyCases(t *testing.T, cases []pyCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkPy(t, numPrelude+c.src) })
	}
}

func TestComplex(t *testing.T) {
	runPyCases(t, []pyCase{
		{"repr", `for c in (1j, 2j, -2j, 0j, -0j, 1+2j, 1-2j, 1.5+0j, -1.5-0j, complex(-0.0, 0.0), complex(-0.0, -0.0),
          complex(0.0, -0.0), complex(nan, inf), complex(-nan, -nan), complex(0, nan), complex(inf, -inf), complex(-inf, 0),
          complex(1e16, 1e-5), complex(1e15, 123456789.125), complex(1e-320, -5e-324), complex(0.1, 0.2),
          complex(2**53, 1/3), complex(123.0, 1e22), complex(-0.0, nan), complex(nan, -0.0)):
    print(repr(c), str(c), c.real, c.imag, f'{c}', '%s' % (c,), [c])
print(1j, 2.5j, 1e400j, -0j, -(0j), 0j * -1, (1+2j), 3 - 4j, 1e-7j, .5j, 1_000j, 0x10 * 1j)
`},
		{"arith", `vals = [0, 1, -1, True, False, 2**60, 0.0, -0.0, 1.5, -2.25, inf, -inf, nan, 1e308, 5e-324,
        0j, 1j, -1j, 1+2j, -3.5+0.25j, complex(inf, 1), complex(1, nan), complex(0.0, -0.0), complex(1e300, 1e300), complex(1e-300, -1e-300)]
ops = (lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b)
for a in vals:
    for b in vals:
        if not isinstance(a, complex) and not isinstance(b, complex):
            continue
        row = []
        for op in ops:
            try:
                row.append(repr(op(a, b)))
            except Exception as e:
                row.append(type(e).__name__ + ': ' + str(e))
        print(repr(a), repr(b), *row)
`},
		{"abs", `# abs() is glibc's hypot, correctly rounded where a naive one is not.
print(abs(complex(float.fromhex('0x1.ce2087bf4e232p-508'), float.fromhex('0x1.5e44420a78070p-510'))).hex())
for a, b in [(3, 4), (1e308, 1e308), (5e-324, 5e-324), (1.5, 2.25), (-0.0, 0.0), (inf, nan), (nan, 1), (1e-300, 1e300), (0.1, 0.7)]:
    t(lambda: abs(complex(a, b)))
x = 1.0
for i in range(200):
    x = x * 1.37 % 7.3
    print(abs(complex(x, 1 / x)).hex(), end=' ')
print()
`},
		{"division", `for a, b in [(1+2j, 3+4j), (1, 3j), (1j, 1e-310), (1e308+1e308j, 1e-308+1e-308j), (1+1j, complex(inf, inf)),
             (complex(inf, 1), 2+0j), (1, complex(nan, 0)), (1+1j, complex(0, nan)), (2, complex(-0.0, -0.0)), (1e200j, 1e-200j),
             (0j, 1j), (5, 1e-320j), (-0.0, 1+0j), (1+1j, 1-1j), (3, 2), (2**1024 if False else 1, 0j)]:
    t(lambda: a / b)
t(lambda: 1j / 0)
t(lambda: 1j / 0.0)
t(lambda: 1 / 0j)
t(lambda: 0j / 0j)
t(lambda: 1j / False)
t(lambda: 1j // 2)
t(lambda: 1j % 2)
t(lambda: 2 // 1j)
t(lambda: divmod(1j, 2))
t(lambda: divmod(2, 1j))
t(lambda: 2**1024 + 1j)
t(lambda: 1j - 2**1024)
t(lambda: 1j * 2**1023)
t(lambda: 1j + 'a')
t(lambda: [1] * 1j)
t(lambda: 'a' + 1j)
t(lambda: 1j << 1)
t(lambda: ~1j)
x = 1+1j
x += 1
x *= 2j
x -= 1.5
x /= 2
x **= 2
print(x)
`},
		{"pow", `bases = [0j, 1j, -1j, 1+1j, 2-3j, -0.5+0.5j, 1e10+1e10j, 1e-10j, complex(inf, 0), complex(0, inf), complex(nan, 1),
         complex(-0.0, -0.0), 1.000001+0j, 3+0j, -2+0j, 1e154+1e154j]
exps = [0, 1, 2, 3, -1, -2, 5, 17, -17, 100, -100, 101, -101, 0.5, -0.5, 2.5, 1j, -1j, 0.5+0.5j, 2+0j, 2.0, 1e308, -1e308,
        inf, nan, 0j, -0.0, 1e-10, True]
for a in bases:
    for b in exps:
        try:
            r = repr(a ** b)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(repr(a), repr(b), r)
for a, b in [(2, 1j), (2.5, 0.5j), (-8, 1/3), (-2.0, 0.5), (-1, 0.5), (-1e300, 0.5), (-1e308, 1.5), (0, -1j), (0.0, 1j),
             (1e200, 1j), (True, 1j), (-8.0, 1/3)]:
    t(lambda: a ** b)
t(lambda: pow(1j, 2, 3))
t(lambda: pow(2, 1j, 3))
t(lambda: pow(2, 2, 1j))
t(lambda: pow(1j, 2, None))
t(lambda: pow(1j, 'a'))
t(lambda: (1+1j) ** inf)
t(lambda: (1+1j) ** 1e308)
t(lambda: (1e200+1e200j) ** 2)
t(lambda: (1e200+1e200j) ** 3)
t(lambda: 0j ** -1)
t(lambda: 0j ** 1j)
t(lambda: 0j ** (-1+0j))
t(lambda: 0j ** 0)
t(lambda: 0j ** 0.5)
t(lambda: 10j ** 400)
t(lambda: (1+2j) ** -2**100)
`},
		{"compare", `t(lambda: 1j == 1j)
t(lambda: 1+0j == 1)
t(lambda: 1 == 1+0j)
t(lambda: 1+0j == True)
t(lambda: 1+0j == 1.0)
t(lambda: 1.0 != 1+0j)
t(lambda: 1+1j == 1)
t(lambda: 1+1j != 1.0)
t(lambda: 2**1024 == complex(inf, 0))
t(lambda: 2**53+1 == complex(2**53, 0))
t(lambda: complex(2**53, 0) == 2**53+1)
t(lambda: complex(2**53, 0) == 2**53)
t(lambda: complex(nan, 0) == complex(nan, 0))
t(lambda: complex(nan, 0) != complex(nan, 0))
t(lambda: 0j == -0j)
t(lambda: 1j == 'a')
t(lambda: 1j != None)
t(lambda: 1j < 2j)
t(lambda: 1j <= 2)
t(lambda: 2 > 1j)
t(lambda: 2.0 >= 1j)
t(lambda: 1j > 'a')
t(lambda: sorted([1j, 2j]))
t(lambda: 1 in [1+0j])
t(lambda: 1j in [1j])
t(lambda: [1, 2j].index(2j))
t(lambda: (1+0j, 2) == (1, 2+0j))
for c in (0j, 1+0j, -1+0j, 1j, -1j, 1+2j, complex(1.5, -2.5), complex(2**61, 0), complex(-2**61, 1), complex(inf, 0),
          complex(0, -inf), complex(1e300, 1e-300), complex(-0.0, 0.0), complex(0.5, 1), complex(-1, -1)):
    print(repr(c), hash(c))
print(hash(1+0j) == hash(1), hash(1.5+0j) == hash(1.5))
print({1: 'a', 1+0j: 'b', 1.0: 'c'}, {1j: 1, 2j: 2, -1j: 3}, {0j, 0, 0.0, False}, {1j, 2j, 3j, 1+1j})
c = complex(nan, 1)
print(c == c, c in [c], {c: 1}[c])
`},
		{"unary", `for c in (1+2j, -1-2j, 0j, -0j, complex(-0.0, 0.0), complex(nan, -inf), complex(3, 4), complex(1e308, 1e308),
          complex(1e-320, 1e-320), complex(inf, nan), complex(nan, inf), complex(nan, 1), complex(-5, 0), complex(1e200, 1e-200)):
    t(lambda: (-c, +c, bool(c), not c))
    t(lambda: abs(c))
class C(complex):
    pass
c = C(1+2j)
print(type(+c).__name__, type(-c).__name__, type(c + 1).__name__, type(c.conjugate()).__name__, +c is c)
d = 1+2j
print(+d is d, complex(d) is d, d.__complex__() is d, type(c.__complex__()).__name__)
print(abs(3+4j), abs(-3-4j), abs(1+1j), abs(1e-300+1e-300j), abs(0.1+0.2j), abs(123456789+987654321j))
`},
		{"hypot", `x = 1234567
vals = []
for i in range(400):
    x = (x * 1103515245 + 12345) % 2**31
    y = (x * 69069 + 1) % 2**31
    vals.append(complex((x / 2**31) * 10 ** (x % 41 - 20), (y / 2**31 - 0.5) * 10 ** (y % 41 - 20)))
    vals.append(complex(x % 1000, y % 1000))
print(sum(abs(c) for c in vals))
for c in vals[:200]:
    print(abs(c))
`},
		{"powdiff", `x = 42
vals = []
for i in range(150):
    x = (x * 1103515245 + 12345) % 2**31
    y = (x * 69069 + 1) % 2**31
    vals.append(complex((x / 2**31 - 0.5) * 10 ** (x % 7 - 3), (y / 2**31 - 0.5) * 10 ** (y % 7 - 3)))
for i in range(0, len(vals) - 1, 2):
    a, b = vals[i], vals[i + 1]
    for f in (lambda: a * b, lambda: a / b, lambda: a ** b, lambda: a ** b.real, lambda: a ** int(b.real * 10),
              lambda: a ** (i % 9 - 4), lambda: b ** a, lambda: a ** (b * 10), lambda: a.real ** b):
        t(f)
`},
		{"constructor", `for f in [lambda: complex(), lambda: complex(1), lambda: complex(1, 2), lambda: complex(1.5, -2), lambda: complex(True, False),
          lambda: complex(real=1, imag=2), lambda: complex(imag=2), lambda: complex(real=3), lambda: complex(1j), lambda: complex(1j, 1j),
          lambda: complex(1+2j, 3+4j), lambda: complex(2, 1j), lambda: complex(-0.0), lambda: complex(0, -0.0), lambda: complex(-0.0, -0.0),
          lambda: complex(1, 2, 3), lambda: complex(x=1), lambda: complex(1, real=2), lambda: complex(b'1'), lambda: complex('1', 2),
          lambda: complex(1, '2'), lambda: complex(None), lambda: complex(1, None), lambda: complex([]), lambda: complex(2**1024),
          lambda: complex(1, 2**1024), lambda: complex(2**1023), lambda: complex(nan, nan), lambda: complex(1j, 2**1024)]:
    t(f)
class Cx:
    def __complex__(self): return 3+4j
class Fl:
    def __float__(self): return 2.5
class Ix:
    def __index__(self): return 7
class Bad:
    def __complex__(self): return 1.5
class Raises:
    def __complex__(self): raise KeyError('no')
class FlBad:
    def __float__(self): return 1
class Both:
    def __complex__(self): return 1j
    def __float__(self): return 9.0
class C(complex):
    pass
class CC(complex):
    def __complex__(self): return 5j
for f in [lambda: complex(Cx()), lambda: complex(Cx(), 1), lambda: complex(1, Cx()), lambda: complex(Fl()), lambda: complex(Fl(), Fl()),
          lambda: complex(Ix()), lambda: complex(1, Ix()), lambda: complex(Bad()), lambda: complex(Raises()), lambda: complex(FlBad()),
          lambda: complex(Both()), lambda: complex(1, Both()), lambda: C(1, 2), lambda: C('3+4j'), lambda: C(), lambda: C(1j),
          lambda: complex(C(1, 2)), lambda: type(complex(C(1, 2))), lambda: CC(1), lambda: complex(CC(2)), lambda: C(CC(2)),
          lambda: isinstance(C(1), complex), lambda: C(2) + 1, lambda: C.__mro__, lambda: complex.__new__(C, 1, 2)]:
    t(f)
`},
		{"strings", `for s in ['1', '1j', '-1j', 'j', '-j', '+j', 'J', '1+j', '1-j', '1+2j', '1-2J', ' ( 1+2j ) ', '(1+2j', '1+2j)', '()', '',
          ' ', '(1)', '( 1 )', '1 + 2j', '1+ 2j', '1 +2j', '1e5', '1e5j', '1e+5-1e-5j', '1.j', '.5j', '1.', '.', 'e5', '1e', '1e+',
          '1ej', 'inf', 'infj', '-infj', 'infinityj', 'INFINITY+NANj', '-nan-infj', 'nan', 'nanj', '1+nanj', 'in', 'infi', '1e500',
          '1e500j', '-1e500-1e500j', '1e-500j', '1_0', '1_0j', '1__0', '_1', '1_', '1_.5', '1._5', '0x1', '1+2', '1j+2', '1jj',
          '++1j', '+-1j', '1+-1j', '1\x00', '\x001', '1_\x00', '1\t\n', '\u00a01j\u2003', '\u0661\u0662', '\u0661_\u0662j',
          '1\u00e9', '1\x1c', '(1+2j)\x1c', '-0', '-0j', '-0-0j', '0-0j', '1e-400-1e-400j', '0000001.5000000j', '2' * 400]:
    t(lambda: complex(s))
class S(str):
    def __repr__(self): return 'S!'
t(lambda: complex(S('1+2j')))
t(lambda: complex(S('1__2')))
`},
		{"methods", `c = 3+4j
print(c.real, c.imag, c.conjugate(), (1j).conjugate(), complex(-0.0, 0.0).conjugate(), c.__getnewargs__(), (0j).__getnewargs__())
t(lambda: c.conjugate(1))
t(lambda: c.__getnewargs__(1))
t(lambda: setattr(c, 'real', 2))
t(lambda: setattr(c, 'imag', 2))
t(lambda: delattr(c, 'real'))
t(lambda: setattr(c, 'x', 2))
t(lambda: c.foo)
t(lambda: complex.real.__get__(5j))
t(lambda: complex.conjugate(3j))
t(lambda: complex.conjugate(3))
t(lambda: complex.__add__(1j, 2))
t(lambda: complex.__radd__(1j, 2))
t(lambda: complex.__add__(1j, 'a'))
t(lambda: complex.__eq__(1j, 1j))
t(lambda: complex.__lt__(1j, 1j))
t(lambda: complex.__abs__(3+4j))
t(lambda: complex.__pow__(2j, 2))
t(lambda: complex.__rpow__(2j, 2))
t(lambda: (2j).__truediv__(0))
t(lambda: (1j).__floordiv__)
t(lambda: (1j).__int__)
t(lambda: int(1j))
t(lambda: float(1j))
t(lambda: round(1j))
t(lambda: math_floor(1j) if False else 0)
t(lambda: type(1j))
t(lambda: complex.__name__)
t(lambda: complex.__basicsize__)
t(lambda: complex.__itemsize__)
t(lambda: complex.__base__)
import sys
t(lambda: sys.getsizeof(1j))
t(lambda: (1j).__sizeof__())
t(lambda: [k for k in vars(complex)])
t(lambda: isinstance(1j, complex))
t(lambda: issubclass(complex, object))
class C(complex):
    pass
t(lambda: sys.getsizeof(C(1)))
t(lambda: C(1).__dict__)
`},
		{"format", `c = 1.5-2.25j
for spec in ['', '10', '<30', '^30', '>30', '*^30', '.2', '.2f', '.3e', 'g', 'G', '.0f', '+', ' ', '-', '+.1f', ',', '_',
             ',.2f', 'n', '.3n', 'e', 'E', 'F', 'd', '%', 's', '010', '=20', '030.2f', '#', '#.0f', '.100000000000f']:
    for v in (c, 1j, complex(-0.0, 0.0), complex(nan, -inf), 1234567.125+7654321.5j, 0j):
        t(lambda: format(v, spec))
t(lambda: f'{c:>20} {c!r:>20} {c=}')
t(lambda: '{:.1f}|{}'.format(c, c))
t(lambda: '%s %r' % (c, c))
t(lambda: c.__format__(1))
t(lambda: c.__format__(None))
t(lambda: c.__format__())
t(lambda: format(c, 1))
class C(complex):
    def __str__(self): return 'C!'
t(lambda: format(C(1), ''))
t(lambda: format(C(1), '.1f'))
t(lambda: f'{C(2)}')
`},
	})
}
