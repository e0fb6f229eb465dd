# bool and None: truthiness, short-circuit values, bool arithmetic, identity.

values = [0, 1, -1, 0.0, -0.0, 0.1, "", " ", "0", [], [0], (), ((),), {}, {0: 0}, set(), None, True, False,
          range(0), range(1), b"", b"\x00", float("nan")]
for v in values:
    print(repr(v), bool(v), not v, "truthy" if v else "falsy")

print("and/or return operands:", 0 or "x", "" or [] or 0, 1 and 2, 0 and 1 / 0, None or "default",
      [] and "never", "a" and "b" or "c", None and 1 or 2)
print("not:", not None, not 0, not "a", not not [1], type(not 1).__name__)
print("bool arithmetic:", True + True, True * 10, False - True, True / 2, -True, ~False, True ** 5, abs(-True))
print("bool types:", type(True + 1).__name__, type(True & True).__name__, type(True | 0).__name__,
      isinstance(True, int), issubclass(bool, int), bool.__mro__)
print("counting with sum:", sum([True, False, True, True]), sum(x > 2 for x in range(6)))
print("bool():", bool(), bool(None), bool(3.5), bool("False"), bool([None]), bool(0j))
print("str/repr:", str(True), repr(False), f"{True}", f"{False:>6}", "%s %d" % (True, False), int(True))
print("comparisons:", True == 1, False == 0, True == 2, True is True, None is None, None == False)
print("ordering:", True > False, sorted([True, False, True, 0, 1]), max(False, True), min(True, 2))
print("None:", None, repr(None), str(None), type(None).__name__, None is not None, [None] * 3)


def no_return():
    pass


def explicit_none():
    return


print("implicit returns:", no_return(), explicit_none(), no_return() is None)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print(f"  __bool__ called on {self.on}")
        return self.on


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print(f"  __len__ called -> {self.n}")
        return self.n


class Neither:
    pass


for obj in (Flag(True), Flag(False), Sized(0), Sized(3), Neither()):
    print(type(obj).__name__, bool(obj))
print("short-circuit:", (Flag(False) and Flag(True)).on, "|", (Flag(True) or Flag(False)).on)
print("if/while use __bool__:")
if Sized(2):
    print("  sized 2 is true")
count = 0
while Flag(count < 2):
    count += 1
print("  loop ran", count)
print("all/any:", all([]), any([]), all([1, 0]), any([0, "", None, 1]), all(x for x in "abc"))


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
print("conditional expr:", ["no", "yes"][True], "yes" if None is None else "no", (1, 2)[False])
print("None sorting error:", end=" ")
try:
    sorted([None, 1])
except TypeError as e:
    print("TypeError:", e)
print("dict.get default None:", {}.get("k"), {"k": None}.get("k", "d"), [].__len__() == 0)
