# Conversion builtins: int, float, bool, str, repr, list, tuple, dict, set, frozenset, and their edge cases.

print("int:", int(), int(3.9), int(-3.9), int("42"), int("-0x1f", 16), int("0b101", 0), int(" 7 "), int(True), int(1e3))
print("float:", float(), float(3), float("3.5"), float(" -1e3 "), float("inf"), float(True), float(10 ** 20), float("-0"))
print("bool:", bool(), bool(0), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool(None), bool(-1))
print("str:", str(), str(5), str(-0.0), str(None), str([1, "a"]), str(b"x"), str(str), str(1e100), str(12345678901234567890))
print("repr:", repr(""), repr("it's"), repr(1.0), repr([1.5, "x"]), repr(None), repr(True), repr(b"\x00"))
print("list:", list(), list("ab"), list((1, 2)), list({1: 2}), list(range(3)), list({3}), list(x for x in "xy"))
print("tuple:", tuple(), tuple("ab"), tuple([1, [2]]), tuple({"k": 1}), tuple(range(2)))
print("dict:", dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict({"k": 1}, k=2), dict(zip("ab", "xy")), dict([[1, 2]]))
print("set:", set(), set("banana") == {"a", "b", "n"}, set([3, 1, 3, 2]), set(range(4)), len(set("hello")))
print("frozenset:", frozenset(), frozenset([2, 1]), frozenset(range(3)) == frozenset([0, 1, 2]))
print("str of str subclasses and conversions:", str(3) + str(4), int("3") + int("4"), float("1.5") * 2, list(str(123)))
print("nested conversions:", int(float("2.5")), float(int("7")), str(list("ab")), tuple(sorted(set("cab"))))
print("bytes/str:", bytes("abc", "ascii"), str(b"abc", "ascii"), list(b"AB"), bytes([65, 66]).decode())
print("number strings:", int("1" * 30), float("1" * 30), int("-" + "9" * 25), str(2 ** 100), str(-(2 ** 100)))
errors = [
    (int, ("abc",)), (int, ("1.5",)), (int, ("",)), (int, ([],)), (int, ("12", 1)), (float, ("1,5",)), (float, ([],)),
    (int, (float("nan"),)), (int, (float("inf"),)), (dict, ([1, 2],)), (dict, ([(1, 2, 3)],)), (list, (5,)),
    (tuple, (None,)), (set, ([[1]],)), (frozenset, (1,)), (str, (b"\xff", "utf-8")), (bool, (1, 2)), (float, ("1e",)),
]
for fn, args in errors:
    try:
        fn(*args)
    except (ValueError, TypeError, OverflowError, UnicodeDecodeError) as e:
        print(f"{fn.__name__}{args!r}: {type(e).__name__}: {e}")


class Celsius:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return int(self.v)

    def __bool__(self):
        return self.v != 0

    def __str__(self):
        return f"{self.v} C"

    def __iter__(self):
        return iter([self.v, "C"])


c = Celsius(21.7)
print("custom conversions:", int(c), float(c), bool(c), bool(Celsius(0)), str(c), list(c), tuple(c), hex(Celsius(255)))
print("int() prefers __int__ then __index__; float() accepts __index__ too:", float(Celsius(3)))
print("round-trips:", int(str(-123)) == -123, float(repr(0.1)) == 0.1, list(map(int, "1 2 3".split())))
print("truncation toward zero:", [int(x) for x in (2.7, -2.7, 0.999, -0.999)], [int(s) for s in ("+5", "-0", "0005")])
print("type of result:", type(int("5")).__name__, type(float(5)).__name__, type(str(5)).__name__, type(bool(5)).__name__)
print("int base 36 round trip:", int("python", 36), int("PYTHON", 36) == int("python", 36))
