package vm

import "testing"

func TestIntMethods(t *testing.T) {
	runPyCases(t, []pyCase{
		{"to_bytes", `for v in (0, 1, -1, 127, 128, -128, -129, 255, 256, -256, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64 - 1, 2**64,
          -2**64, 2**100 + 12345, -2**100 - 1, True, False):
    for n in (0, 1, 2, 8, 9, 16):
        for order in ('big', 'little'):
            for signed in (False, True):
                try:
                    r = v.to_bytes(n, order, signed=signed)
                    back = int.from_bytes(r, order, signed=signed)
                    print(v, n, order, signed, r, back == v or (n == 0 and v == -1))
                except Exception as e:
                    print(v, n, order, signed, type(e).__name__, e)
t(lambda: (1).to_bytes())
t(lambda: (1).to_bytes(2))
t(lambda: (1).to_bytes(length=2, byteorder='little'))
t(lambda: (1).to_bytes(byteorder='little'))
t(lambda: (-1).to_bytes(signed=True))
t(lambda: (1).to_bytes(2, 'little', signed=[]))
t(lambda: (1).to_bytes(2, 'little', signed=[0]))
t(lambda: (1).to_bytes(1, 2))
t(lambda: (1).to_bytes(1, None))
t(lambda: (1).to_bytes(-1))
t(lambda: (1).to_bytes(-1, 'x'))
t(lambda: (1).to_bytes(1, 'x'))
t(lambda: (1).to_bytes(1, 'BIG'))
t(lambda: (1).to_bytes(2**63))
t(lambda: (1).to_bytes(-2**63 - 1))
t(lambda: (1).to_bytes(1.5))
t(lambda: (1).to_bytes('1'))
t(lambda: (1).to_bytes(1, 'big', True))
t(lambda: (1).to_bytes(1, 'big', x=True))
t(lambda: (1).to_bytes(1, length=1))
t(lambda: int.to_bytes(1.5))
t(lambda: int.to_bytes(5, 2, 'little'))
t(lambda: True.to_bytes(2, 'little'))
t(lambda: (1000).to_bytes(100, 'little')[:4])
class Ix:
    def __index__(self): return 3
class S(str): pass
t(lambda: (258).to_bytes(Ix(), S('little')))
t(lambda: len((7).to_bytes(100000)))
`},
		{"from_bytes", `class B:
    def __bytes__(self): return b'\x01\x02'
class BadB:
    def __bytes__(self): return 'x'
class I(int):
    def __new__(cls, v):
        print('I.__new__', v)
        return super().__new__(cls, v)
for f in [lambda: int.from_bytes(b'\x01\x02'), lambda: int.from_bytes(b'\x01\x02', 'little'), lambda: int.from_bytes(b''),
          lambda: int.from_bytes(b'', signed=True), lambda: int.from_bytes(b'\xff', signed=True), lambda: int.from_bytes(b'\xff'),
          lambda: int.from_bytes(b'\x80\x00', 'little', signed=True), lambda: int.from_bytes(b'\x00\x80', 'little', signed=True),
          lambda: int.from_bytes(b'\xff' * 20, signed=True), lambda: int.from_bytes(b'\x7f' + b'\xff' * 20, signed=True),
          lambda: int.from_bytes(bytearray(b'\x01\x02')), lambda: int.from_bytes([1, 2, 3]), lambda: int.from_bytes((255, 0)),
          lambda: int.from_bytes(iter([1, 2])), lambda: int.from_bytes(x for x in (3, 4)), lambda: int.from_bytes(B()),
          lambda: int.from_bytes(BadB()), lambda: int.from_bytes('ab'), lambda: int.from_bytes(1), lambda: int.from_bytes([256]),
          lambda: int.from_bytes([-1]), lambda: int.from_bytes(['a']), lambda: int.from_bytes(b'\x01', 'middle'),
          lambda: int.from_bytes(b'\x01', None), lambda: int.from_bytes(b'\x01', byteorder=1), lambda: int.from_bytes(),
          lambda: int.from_bytes(bytes=b'\x01\x00', byteorder='little'), lambda: int.from_bytes(b'\x01', 'big', True),
          lambda: int.from_bytes(b'\x01', signed=1, byteorder='little'), lambda: int.from_bytes(b'\x01', foo=1),
          lambda: I.from_bytes(b'\x05'), lambda: type(I.from_bytes(b'\x05')), lambda: bool.from_bytes(b'\x01'),
          lambda: bool.from_bytes(b'\x00'), lambda: (5).from_bytes(b'\x07'), lambda: int.from_bytes.__self__,
          lambda: type(int.__dict__['from_bytes']).__name__]:
    t(f)
`},
		{"round", `for v in (0, 1, 5, 15, 25, 35, -15, -25, 1234567, 10**30 + 5 * 10**10, -(10**30) - 5 * 10**10, True, 2**100):
    for nd in (None, 0, 1, -1, -2, -5, -11, -31, -100, 2**70, -2**70):
        if nd is not None and abs(nd) > 2**64:
            if nd > 0:
                t(lambda: round(v, nd))
            continue
        t(lambda: round(v, nd))
        if nd is not None:
            t(lambda: v.__round__(nd))
t(lambda: (15).__round__())
t(lambda: (15).__round__(None))
t(lambda: (15).__round__(1.0))
t(lambda: (15).__round__(1, 2))
t(lambda: (15).__round__(ndigits=1))
t(lambda: round(15, ndigits=-1))
t(lambda: round(15, 1.0))
t(lambda: True.__round__())
t(lambda: type(True.__round__(-1)))
class Ix:
    def __index__(self): return -1
t(lambda: round(15, Ix()))
t(lambda: (15).__round__(Ix()))
class I(int): pass
t(lambda: type(round(I(5))))
t(lambda: type(round(I(5), -1)))
t(lambda: type(I(5).__round__(2)))
class R(int):
    def __round__(self, n=None): return 'R'
t(lambda: round(R(1)))
t(lambda: round(R(1), 2))
t(lambda: int.__round__(7, -1))
`},
		{"misc", `import sys
t(lambda: (15).__getnewargs__())
t(lambda: (2**100).__getnewargs__())
t(lambda: True.__getnewargs__())
t(lambda: (15).__getnewargs__(1))
class I(int): pass
t(lambda: I(7).__getnewargs__())
t(lambda: type(I(7).__getnewargs__()[0]))
t(lambda: hasattr(int, 'is_integer'))
t(lambda: (5).is_integer())
t(lambda: int.__add__(1, 2))
t(lambda: int.__radd__(1, 2))
t(lambda: int.__add__(1, 2.5))
t(lambda: int.__index__(5))
t(lambda: int.__int__(True))
t(lambda: int.__float__(3))
t(lambda: int.__abs__(-3))
t(lambda: int.__neg__(3))
t(lambda: int.__invert__(3))
t(lambda: int.__bool__(0))
t(lambda: int.__pow__(2, 10))
t(lambda: int.__pow__(2, 10, 7))
t(lambda: int.__rpow__(2, 10))
t(lambda: int.__lt__(1, 2))
t(lambda: int.__truediv__(1, 2))
t(lambda: bool.__and__(True, False))
t(lambda: int.__add__('a', 1))
t(lambda: int.__sizeof__(5))
t(lambda: (5).__sizeof__(1))
t(lambda: [k for k in vars(int) if 'divmod' not in k])
`},
		{"getsizeof", `import sys
vals = [0, 1, -1, True, False, 2**29, 2**30 - 1, 2**30, -2**30, 2**47, 2**49, 2**50, 2**59, 2**60 - 1, 2**60, 2**62, 2**63 - 1, 2**63,
        -2**63, 2**64, 2**89, 2**90, 2**120, 2**1000, -2**1000, 10**100, 10**1000, 2**10000 - 1]
vals += [2**k for k in range(0, 301, 7)] + [-(2**k) - 1 for k in range(0, 301, 11)]
for v in vals:
    print(sys.getsizeof(v), v.__sizeof__(), int.__sizeof__(v))
class I(int): pass
class J(int):
    __slots__ = ()
for v in (0, 1, 2**30, 2**100):
    print(sys.getsizeof(I(v)), I(v).__sizeof__(), sys.getsizeof(J(v)))
print(sys.getsizeof(1.5), (1.5).__sizeof__(), sys.getsizeof(1j), (1j).__sizeof__())
class F(float): pass
class G(float):
    __slots__ = ()
class C(complex): pass
print(sys.getsizeof(F(1)), F(1).__sizeof__(), sys.getsizeof(G(1)), sys.getsizeof(C(1)), C(1).__sizeof__())
`},
	})
}
